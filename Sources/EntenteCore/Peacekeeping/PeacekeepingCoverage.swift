/// What a peacekeeping record covers: for each year, the month-ends it holds and how many states
/// each has, so an answer can say which month a year's figure is for.
public struct PeacekeepingCoverage: Hashable, Sendable, Codable {
    /// One month-end the record holds, with the number of states it has a total for.
    public struct Month: Hashable, Sendable, Codable {
        public var asOf: Day
        public var states: Int

        public init(asOf: Day, states: Int) {
            self.asOf = asOf
            self.states = states
        }
    }

    /// The month-ends, oldest first.
    public var months: [Month]
    public var completeness: DatasetCoverage.Completeness

    public init(months: [Month], completeness: DatasetCoverage.Completeness) {
        self.months = months
        self.completeness = completeness
    }

    /// The years with at least one figure, ascending.
    public var years: [Int] {
        var result: [Int] = []
        for month in months where result.last != month.asOf.year { result.append(month.asOf.year) }
        return result
    }

    /// The latest month-end in the record.
    public var dataEnd: Day? { months.last?.asOf }

    /// The month-ends held for one year.
    public func months(in year: Int) -> [Month] { months.filter { $0.asOf.year == year } }

    /// `2016: March (1 state), December (5 states); 2017: …`, then whether the record is partial.
    public var text: String {
        guard !months.isEmpty else { return "no figures" }
        let perYear = years.map { year in
            "\(year): "
                + months(in: year).map { "\($0.asOf.monthName) (\(Self.count($0.states)))" }
                .joined(separator: ", ")
        }
        let tail =
            completeness == .partial
            ? " — partial: only the states and months listed; a missing row is unknown, not zero" : ""
        return perYear.joined(separator: "; ") + tail
    }

    private static func count(_ states: Int) -> String { states == 1 ? "1 state" : "\(states) states" }
}
