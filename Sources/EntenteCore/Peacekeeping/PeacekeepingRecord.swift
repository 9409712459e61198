/// The UN peacekeeping contributions the knowledge base holds, answering per state and year with
/// the month each figure is for.
///
/// Only totals over all missions (rows without a mission) answer the per-year questions; per-mission
/// rows are kept for callers that ask for them.
public struct PeacekeepingRecord: Hashable, Sendable {
    /// Every row, ordered by month-end, then state, then mission, so answers do not depend on the
    /// order of the file.
    public let contributions: [PeacekeepingContribution]
    public let completeness: DatasetCoverage.Completeness

    public init(_ contributions: [PeacekeepingContribution], completeness: DatasetCoverage.Completeness) {
        self.contributions = contributions.sorted { a, b in
            if a.asOf != b.asOf { return a.asOf < b.asOf }
            if a.state != b.state { return a.state < b.state }
            return (a.mission ?? "") < (b.mission ?? "")
        }
        self.completeness = completeness
    }

    /// The totals over all missions, oldest first.
    public var totals: [PeacekeepingContribution] { contributions.filter { $0.mission == nil } }

    /// A state's figure for a year: its latest month-end total that year, else unknown with the
    /// state's data end. Never carried forward from an earlier year.
    public func figure(for state: CowCode, in year: Int) -> PeacekeepingYearFigure {
        let upToYear = totals.filter { $0.state == state && $0.asOf.year <= year }
        let latest = upToYear.last
        return PeacekeepingYearFigure(
            state: state, year: year, contribution: latest?.asOf.year == year ? latest : nil, dataEnd: latest?.asOf)
    }

    /// Every state's figure for a year that the record knows, largest first (ties by COW code).
    public func figures(in year: Int) -> [PeacekeepingYearFigure] {
        let states = Set(totals.filter { $0.asOf.year == year }.map(\.state))
        return states.map { figure(for: $0, in: year) }.sorted { a, b in
            let (x, y) = (a.contribution?.personnel ?? 0, b.contribution?.personnel ?? 0)
            return x != y ? x > y : a.state < b.state
        }
    }

    /// The month-ends held and the states each has a total for.
    public var coverage: PeacekeepingCoverage {
        var months: [PeacekeepingCoverage.Month] = []
        for row in totals {
            if months.last?.asOf == row.asOf {
                months[months.count - 1].states += 1
            } else {
                months.append(PeacekeepingCoverage.Month(asOf: row.asOf, states: 1))
            }
        }
        return PeacekeepingCoverage(months: months, completeness: completeness)
    }
}
