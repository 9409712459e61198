/// One state's uniformed personnel in UN peacekeeping at a month-end, as the UN's monthly
/// "troop and police contributors" summary gives it.
///
/// The UN counts troops (here with staff officers), police (formed units and individual officers)
/// and military experts on mission; sources often give only the total, so the parts are optional.
/// A row without a mission is the state's total over all missions.
public struct PeacekeepingContribution: Hashable, Sendable, Codable, Sourced {
    public var state: CowCode
    /// The last day of the month the figure is for: the UN reports month-end head counts.
    public var asOf: Day
    /// Troops, police and experts together.
    public var personnel: Int
    /// Contingent troops and staff officers.
    public var troops: Int?
    /// Formed police units and individual police officers.
    public var police: Int?
    /// Military experts on mission (observers, liaison officers).
    public var experts: Int?
    /// The mission acronym for a per-mission row; nil for the total over all missions.
    public var mission: String?
    public var provenance: Provenance

    public init(
        state: CowCode, asOf: Day, personnel: Int, troops: Int? = nil, police: Int? = nil, experts: Int? = nil,
        mission: String? = nil, provenance: Provenance
    ) {
        self.state = state
        self.asOf = asOf
        self.personnel = personnel
        self.troops = troops
        self.police = police
        self.experts = experts
        self.mission = mission
        self.provenance = provenance
    }

    public var year: Int { asOf.year }
    public var month: Int { asOf.month }
    /// Whether the figure is the December one: otherwise a year's figure is for an earlier month.
    public var isYearEnd: Bool { asOf.month == 12 }

    /// The last day of a month, the day a monthly head count is for; nil for a month outside 1…12.
    public static func monthEnd(year: Int, month: Int) -> Day? {
        guard (1...12).contains(month) else { return nil }
        return Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
    }
}
