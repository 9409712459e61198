/// What one row of a research panel is.
public enum PanelUnit: String, Sendable, Codable, CaseIterable {
    /// One row per state in the system per year.
    case stateYear = "state-year"
    /// One row per unordered pair of states both in the system in the year (`ccode1 < ccode2`).
    case dyadYear = "dyad-year"
    /// One row per ordered pair: (A, B) and (B, A) are two rows.
    case directedDyadYear = "directed-dyad-year"
    /// One row per state in the system per day, for the day-precise groups only
    /// (``PanelGroup/isDayPrecise``).
    case stateDay = "state-day"

    public var isDyadic: Bool { self == .dyadYear || self == .directedDyadYear }
}
