import EntenteCore
import EntenteLaw
import Testing

/// Issue 10: "every condition with its provision and the facts it used" in the customary-law answer.
struct CustomaryProvisionFactsTests {
    static let text = """
        question: customary_law
        rule: non_use_of_force
        as_of: 1990
        states: [USA, RUS, CHN, FRA]
        specially_affected_states: [USA, RUS]
        state_concerned: CHN
        practice:
          - {state: USA, year: 1970, conforming: true}
          - {state: RUS, year: 1970, conforming: true}
          - {state: FRA, year: 1971, conforming: false}
        opinio_juris:
          - {state: USA, year: 1970, form: statement}
        objections:
          - {state: CHN, since: 1975}
        """

    /// Every condition of the report names its ILC 2018 conclusion (legal-sources §7).
    @Test func everyConditionNamesItsProvision() throws {
        let report = CustomLawReport(CustomaryLaw.assess(try CustomRule.parse(Self.text, file: "r.yaml")))
        #expect(report.conditions.count == CustomaryLaw.conditionCodes.count)
        for c in report.conditions {
            #expect(c.provision == CustomCondition.provisions[c.code], "\(c.code)")
            #expect(c.provision.hasPrefix("ILC 2018 Conclusion"), "\(c.code): \(c.provision)")
        }
    }

    /// The facts a condition used are the figures and records it counted, not a restatement.
    @Test func conditionsListTheFactsTheyUsed_Conclusion8() throws {
        let report = CustomLawReport(CustomaryLaw.assess(try CustomRule.parse(Self.text, file: "r.yaml")))
        func facts(_ code: String) -> [String: String] {
            Dictionary(
                (report.conditions.first { $0.code == code }?.facts ?? []).map { ($0.name, $0.value) },
                uniquingKeysWith: { a, _ in a })
        }
        #expect(facts("GENERAL_PRACTICE")["states_practising"] == "USA, RUS")
        #expect(facts("GENERAL_PRACTICE")["practice_records"] == "3")
        #expect(facts("GENERAL_PRACTICE")["thresholds.generality"] == "0.6")
        #expect(facts("CONSISTENCY")["contrary_acts"] == "1")
        #expect(facts("SPECIALLY_AFFECTED_STATES")["specially_affected_states"] == "USA, RUS")
        #expect(facts("PERSISTENT_OBJECTOR")["objections"] == "CHN since 1975")
        #expect(facts("OPINIO_JURIS")["states_accepting"] == "USA")
    }

    /// Aggregate evidence (ILC Conclusion 2) still shows what the judgement used.
    @Test func aggregateConditionsListTheStatement_Conclusion2() throws {
        let text = """
            question: customary_law
            rule: r
            as_of: 2024
            states: [USA, CHN]
            aggregate: {practice: widespread, party_relying_on_rule: USA, source: a survey}
            """
        let report = CustomLawReport(CustomaryLaw.assess(try CustomRule.parse(text, file: "r.yaml")))
        let practice = try #require(report.conditions.first { $0.code == "GENERAL_PRACTICE" })
        #expect(practice.facts.contains(CustomFact("aggregate.practice", "widespread")))
        #expect(practice.facts.contains(CustomFact("aggregate.party_relying_on_rule", "USA")))
    }
}
