public import EntenteCore

/// Recorded UN peacekeeping contributions — one state's or every state's — with what the record
/// covers, so a front end never shows a missing month as zero.
///
/// The record is partial: the curators hold the month-end totals some public source states, not
/// the UN's monthly series. A month (or year) without a row is unknown, and a figure is never
/// carried into a later year.
public struct PeacekeepingReport: Codable, Sendable {
    /// One recorded month-end figure with the state it is for.
    public struct Entry: Codable, Sendable, Hashable {
        public var state: StateInfo
        public var contribution: PeacekeepingContribution
    }

    /// The state asked about; nil when the report lists every state.
    public var state: StateInfo?
    /// The year the rows are limited to, if one was asked for.
    public var year: Int?
    /// The last day the rows may be for (a profile's day), if limited.
    public var through: Day?
    /// Totals over all missions, oldest month first, then by state.
    public var totals: [Entry]
    /// Per-mission rows, apart from the totals (the record holds few).
    public var missions: [Entry]
    /// For one state and a year: the year's latest recorded total, or unknown with the state's
    /// data end. Nil when no state or year is asked about.
    public var figure: PeacekeepingYearFigure?
    /// Distinct month-ends among ``totals``.
    public var monthsKnown: Int
    /// The month-ends the whole record holds and how many states each has, so the reader sees
    /// which months could have answered.
    public var coverage: PeacekeepingCoverage
    /// Always true today: the record holds stated figures, not the UN series.
    public var partial: Bool
    /// The flag that goes with every count, in words.
    public var caveat: String
}
