import EntenteCore
import Testing

@testable import EntenteLaw

/// The crystallisation year skips runs of years without new evidence (issue 14: a rule judged in
/// 9999 with evidence from year 1 walked ~10 000 years for each of the sensitivity scan's
/// judgements, found by fuzzing `entente law custom`). The skip must give the year-by-year walk's
/// answer for every rule and threshold.
struct CustomaryCrystallisationTests {
    static let states = (0..<8).map { ("S\($0)", $0 < 4 ? "north" : "south") }

    /// A rule drawn from `seed`: practice, contrary acts and acceptance scattered over a few decades,
    /// judged up to three thousand years later, with thresholds drawn too.
    static func rule(seed: UInt64) -> CustomRule {
        var random = EntenteCore.SplitMix64(seed: seed)
        func draw(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        let first = draw(1...2000)
        var rule = CustomRule(id: "drawn", asOf: first + draw(0...3000), states: Self.states)
        for _ in 0..<draw(0...12) {
            let state = "S\(draw(0...7))"
            rule.practice.append(
                PracticeRecord(state: state, year: first + draw(0...60), conforming: draw(0...4) > 0))
        }
        for _ in 0..<draw(0...8) {
            rule.opinio.append(OpinioRecord(state: "S\(draw(0...7))", year: first + draw(0...60), form: .statement))
        }
        rule.thresholds["duration_years"] = Double(draw(0...80))
        rule.thresholds["generality"] = Double(draw(1...9)) / 10
        rule.thresholds["opinio_juris"] = Double(draw(1...9)) / 10
        return rule
    }

    @Test(arguments: 0..<60)
    func skippingUnchangedYearsGivesTheYearByYearAnswer(seed: UInt64) {
        let rule = Self.rule(seed: seed)
        let measures = CustomMeasures(rule)
        for years in [0.0, 1, 5, 30, 100] {
            var thresholds = rule.thresholds
            thresholds["duration_years"] = years
            let judge = Judge(rule: rule, m: measures, t: thresholds)
            #expect(judge.crystallisation() == judge.crystallisationYearByYear(), "seed \(seed), \(years) years")
        }
    }

    @Test func aRuleJudgedInTheYear9999WithEvidenceFromYear1IsJudged() {
        var rule = CustomRule(id: "long", asOf: 9999, states: Self.states)
        for (state, _) in Self.states {
            rule.practice.append(PracticeRecord(state: state, year: 1, conforming: true))
            rule.opinio.append(OpinioRecord(state: state, year: 1, form: .statement))
        }
        rule.thresholds["duration_years"] = 40
        let assessment = CustomaryLaw.assess(rule)
        let judge = Judge(rule: rule, m: CustomMeasures(rule), t: rule.thresholds)
        #expect(assessment.outcome == "established")
        #expect(assessment.crystallisation == judge.crystallisationYearByYear())
        #expect(assessment.crystallisation == 41)
        #expect(CustomMeasures(rule).points.count == 9999)
    }

    @Test func runsStartWhereTheMeasuresChange() {
        var rule = CustomRule(id: "runs", asOf: 2010, states: Self.states)
        rule.practice.append(PracticeRecord(state: "S0", year: 2000, conforming: true))
        rule.practice.append(PracticeRecord(state: "S4", year: 2005, conforming: true))
        let measures = CustomMeasures(rule)
        #expect(measures.points.map(\.year) == Array(2000...2010))
        #expect(measures.runStarts == [0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5])
    }
}
