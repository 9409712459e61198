/// A state's UN peacekeeping contribution for a year: the latest month-end figure the record holds
/// for that year, or unknown.
///
/// Contributions change month by month, so a year the record does not observe is unknown: the
/// state's last figure is never carried forward into it (and a missing row is not a zero, since
/// the record is partial). ``dataEnd`` says where the state's record stops.
public struct PeacekeepingYearFigure: Hashable, Sendable, Codable {
    public var state: CowCode
    public var year: Int
    /// The total over all missions at the year's latest observed month-end; nil when unknown.
    public var contribution: PeacekeepingContribution?
    /// The state's latest month-end in the record on or before the end of `year`; nil when the
    /// record holds nothing for the state up to then.
    public var dataEnd: Day?

    public init(state: CowCode, year: Int, contribution: PeacekeepingContribution?, dataEnd: Day?) {
        self.state = state
        self.year = year
        self.contribution = contribution
        self.dataEnd = dataEnd
    }

    public var isKnown: Bool { contribution != nil }
}
