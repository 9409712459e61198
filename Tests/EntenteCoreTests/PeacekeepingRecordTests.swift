import EntenteCore
import Testing

/// Per-state, per-year UN peacekeeping figures: which month a year's figure is for, and that a year
/// the record does not observe stays unknown.
struct PeacekeepingRecordTests {
    let nepal = CowCode(790)
    let ghana = CowCode(452)

    func row(
        _ state: CowCode, _ year: Int, _ month: Int, _ personnel: Int, mission: String? = nil
    ) -> PeacekeepingContribution {
        PeacekeepingContribution(
            state: state, asOf: PeacekeepingContribution.monthEnd(year: year, month: month)!, personnel: personnel,
            mission: mission, provenance: Provenance(source: "test", confidence: .medium))
    }

    var record: PeacekeepingRecord {
        // Deliberately out of order: answers must not depend on the file's order.
        PeacekeepingRecord(
            [
                row(nepal, 2023, 11, 6247), row(ghana, 2023, 3, 2762), row(nepal, 2023, 5, 6231),
                row(nepal, 2020, 8, 5682), row(nepal, 2023, 11, 900, mission: "UNIFIL"),
            ], completeness: .partial)
    }

    @Test func aMonthEndIsTheLastDayOfTheMonth() {
        #expect(PeacekeepingContribution.monthEnd(year: 2016, month: 2)?.iso == "2016-02-29")
        #expect(PeacekeepingContribution.monthEnd(year: 2023, month: 11)?.iso == "2023-11-30")
        #expect(PeacekeepingContribution.monthEnd(year: 2023, month: 13) == nil)
        #expect(PeacekeepingContribution.monthEnd(year: 2023, month: 0) == nil)
    }

    @Test func aYearsFigureIsItsLatestMonthOverAllMissions() throws {
        let figure = record.figure(for: nepal, in: 2023)
        let contribution = try #require(figure.contribution)
        #expect(contribution.asOf.iso == "2023-11-30")
        #expect(contribution.personnel == 6247)
        #expect(contribution.mission == nil)
        #expect(!contribution.isYearEnd)
        #expect(figure.dataEnd == contribution.asOf)
    }

    @Test func aYearWithoutARowIsUnknownAndNotCarriedForward() {
        let figure = record.figure(for: nepal, in: 2021)
        #expect(!figure.isKnown)
        #expect(figure.dataEnd?.iso == "2020-08-31")
        let before = record.figure(for: ghana, in: 2020)
        #expect(!before.isKnown && before.dataEnd == nil)
    }

    @Test func aYearsFiguresAreOrderedLargestFirst() {
        let figures = record.figures(in: 2023)
        #expect(figures.map(\.state) == [nepal, ghana])
        #expect(figures.map { $0.contribution?.asOf.month } == [11, 3])
        #expect(record.figures(in: 2022).isEmpty)
    }

    @Test func coverageNamesTheMonthOfEachYearAndSaysPartial() {
        let coverage = record.coverage
        #expect(coverage.years == [2020, 2023])
        #expect(coverage.months(in: 2023).map(\.asOf.month) == [3, 5, 11])
        #expect(coverage.months(in: 2023).map(\.states) == [1, 1, 1])
        #expect(coverage.dataEnd?.iso == "2023-11-30")
        #expect(
            coverage.text.hasPrefix("2020: August (1 state); 2023: March (1 state), May (1 state), November (1 state)"))
        #expect(coverage.text.contains("partial"))
        let complete = PeacekeepingRecord([row(nepal, 2020, 8, 1), row(ghana, 2020, 8, 2)], completeness: .complete)
        #expect(complete.coverage.text == "2020: August (2 states)")
        #expect(PeacekeepingRecord([], completeness: .partial).coverage.text == "no figures")
    }
}
