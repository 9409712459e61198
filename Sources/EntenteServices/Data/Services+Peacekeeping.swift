public import EntenteCore
import EntenteData
import EntenteStore

/// UN peacekeeping contributions: the curated month-end totals, never a full series.
extension Services {
    /// The recorded UN peacekeeping contributions of a state (by any code or name) or of every
    /// state, optionally limited to one year. With a state and a year the report also carries that
    /// year's figure, or says it is unknown; a year is never filled from an earlier one.
    public func peacekeeping(state reference: String?, year: Int? = nil) async throws(EntenteError)
        -> PeacekeepingReport
    {
        if let year, !(1948...9999).contains(year) {
            throw EntenteError(.invalidInput, "UN peacekeeping began in 1948; got the year \(year).")
        }
        let info: StateInfo?
        if let reference { info = try await state(reference) } else { info = nil }
        return try await peacekeeping(of: info, year: year, through: nil)
    }

    /// The report behind both the listing and a profile's section: rows in `year` (if given) and
    /// on or before `through` (if given).
    func peacekeeping(of info: StateInfo?, year: Int?, through: Day?) async throws(EntenteError)
        -> PeacekeepingReport
    {
        let directory = try await store.directory()
        let all = try await store.peacekeepingContributions(of: nil)
        let completeness = DatasetCatalog.span(DatasetCatalog.curatedID).completeness
        let record = PeacekeepingRecord(all, completeness: completeness)
        let selected = record.contributions.filter { row in
            (info.map { row.state == $0.cow } ?? true) && (year.map { row.year == $0 } ?? true)
                && (through.map { row.asOf <= $0 } ?? true)
        }
        let entries = selected.compactMap { row in
            directory.state(row.state).map { PeacekeepingReport.Entry(state: $0, contribution: row) }
        }
        let totals = entries.filter { $0.contribution.mission == nil }
        let missions = entries.filter { $0.contribution.mission != nil }
        let figureYear = year ?? through?.year
        // A profile's figure must not come from a month after its day.
        let known = through.map { day in PeacekeepingRecord(all.filter { $0.asOf <= day }, completeness: completeness) }
        let figure = info.flatMap { state in figureYear.map { (known ?? record).figure(for: state.cow, in: $0) } }
        let monthsKnown = Set(totals.map(\.contribution.asOf)).count
        let statesKnown = Set(totals.map(\.state.cow)).count
        let months = monthsKnown == 1 ? "1 month" : "\(monthsKnown) months"
        let scope = info == nil ? " across \(statesKnown == 1 ? "1 state" : "\(statesKnown) states")" : ""
        return PeacekeepingReport(
            state: info, year: year, through: through, totals: totals, missions: missions, figure: figure,
            monthsKnown: monthsKnown, coverage: record.coverage, partial: completeness == .partial,
            caveat: "partial — \(months) known\(scope), no UN series: a month without a figure is unknown, not zero")
    }
}
