/// The period a dataset observes, as typed fields: the first and last year with observations, the
/// last day observed, and whether the record within that span is complete.
///
/// Every "unknown after …" message and every carried-forward flag reads these fields, so a source's
/// coverage is written once, in the dataset catalogue.
public struct DatasetCoverage: Hashable, Sendable, Codable {
    /// How much of the world the dataset records inside its span.
    public enum Completeness: String, Hashable, Sendable, Codable {
        /// Meant to record every case (COW, ATOP, MME).
        case complete
        /// A curated or sampled record: absence of a row is not evidence of absence.
        case partial
    }

    public var firstYear: Int
    public var lastYear: Int
    /// The last day the source observed; spells open then are carried forward, not known.
    public var observedUntil: Day
    public var completeness: Completeness

    public init(firstYear: Int, lastYear: Int, observedUntil: Day? = nil, completeness: Completeness = .complete) {
        precondition(firstYear <= lastYear, "coverage \(firstYear)–\(lastYear) is reversed")
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.observedUntil = observedUntil ?? Day.endOfYear(lastYear)
        self.completeness = completeness
    }

    /// The years with observations.
    public var years: ClosedRange<Int> { firstYear...lastYear }

    public func contains(year: Int) -> Bool { years.contains(year) }

    /// `1816–2024`.
    public var text: String { "\(firstYear)–\(lastYear)" }
}
