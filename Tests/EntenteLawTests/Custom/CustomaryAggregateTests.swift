import EntenteCore
import EntenteLaw
import Testing

/// Evidence in aggregate form (issue 10; legal-facts.md "per state or in aggregate"): ILC 2018
/// Conclusion 2 requires both elements, and an element that is not shown is not presumed — the
/// party relying on the rule bears the burden.
struct CustomaryAggregateTests {
    static func rule(_ aggregate: String, extra: String = "") throws -> CustomRule {
        try CustomRule.parse(
            "rule: r\nscope: general\nas_of: 2000\nstates: [USA, RUS, CHN]\n\(extra)aggregate:\n\(aggregate)",
            file: "rule.yaml")
    }

    /// ILC Conclusions 2, 8, 9: widespread practice accepted as law establishes the rule.
    @Test func bothElementsShownEstablishTheRule() throws {
        let a = CustomaryLaw.assess(try Self.rule("  practice: widespread\n  acceptance: shown\n  since: 1970\n"))
        #expect(a.outcome == "established")
        #expect(a.status("GENERAL_PRACTICE") == .met)
        #expect(a.status("OPINIO_JURIS") == .met)
        #expect(a.crystallisation == 1970)
    }

    /// ILC Conclusion 9: practice without acceptance as law is not custom.
    @Test func acceptanceNotShownDefeatsTheRule() throws {
        let a = CustomaryLaw.assess(try Self.rule("  practice: widespread\n  acceptance: not_shown\n"))
        #expect(a.outcome == "not_established")
        #expect(a.status("OPINIO_JURIS") == .notMet)
    }

    /// The burden lies on the party relying on the rule: a missing element is not presumed, and the
    /// report names that party.
    @Test func missingElementIsTheBurdenOfTheRelyingParty() throws {
        let a = CustomaryLaw.assess(try Self.rule("  practice: widespread\n  party_relying_on_rule: USA\n"))
        #expect(a.outcome == "not_established")
        #expect(a.status("OPINIO_JURIS") == .unknown)
        #expect(a.explanation.contains { $0.contains("USA, which relies on the rule,") }, "\(a.explanation)")
    }

    /// ILC Conclusion 15: a State that objected before the rule crystallised, and maintained it, is not bound.
    @Test func persistentObjectorAgainstAggregateEvidence() throws {
        let a = CustomaryLaw.assess(
            try Self.rule(
                "  practice: widespread\n  acceptance: shown\n  since: 1970\n",
                extra: "state_concerned: CHN\nobjections:\n  - {state: CHN, since: 1965}\n"))
        #expect(a.outcome == "established_not_opposable")
    }

    /// Per-State records, when present, win over the aggregate statement for their element.
    @Test func perStateRecordsWinForTheirElement() throws {
        let a = CustomaryLaw.assess(
            try Self.rule(
                "  practice: widespread\n  acceptance: shown\n",
                extra: "opinio_juris:\n  - {state: USA, year: 1990, form: statement, accepts: false}\n"))
        #expect(a.status("GENERAL_PRACTICE") == .met)
        #expect(a.status("OPINIO_JURIS") == .notMet, "the record of non-acceptance is read, not the aggregate")
    }

    /// The aggregate block is validated like the rest of the file.
    @Test func aggregateValuesAreValidated() {
        #expect(throws: EntenteError.self) { try Self.rule("  practice: common\n") }
        #expect(throws: EntenteError.self) { try Self.rule("  practise: widespread\n") }
    }
}

/// Every condition of `customary_law` names its provision (ILC 2018 Draft Conclusions).
struct CustomaryProvisionTests {
    @Test func everyConditionNamesItsProvision() throws {
        for code in CustomaryLaw.conditionCodes {
            #expect(CustomCondition.provisions[code]?.hasPrefix("ILC 2018 Conclusion") == true, "\(code)")
        }
        let a = CustomaryLaw.assess(try CustomaryAggregateTests.rule("  practice: widespread\n  acceptance: shown\n"))
        #expect(a.conditions.allSatisfy { !$0.provision.isEmpty && $0.provision != "ILC 2018 Draft Conclusions" })
    }
}

/// ILC Conclusion 15: one persistent-objector status, the same in the condition, the evidence
/// table and the outcome.
struct PersistentObjectorConsistencyTests {
    /// An abandoned early objection does not hide a later maintained one, and the table agrees
    /// with the condition.
    @Test func conditionAndTableAgree() {
        var r = CustomRuleTests.rule(practising: 8)
        r.stateConcerned = "S9"
        r.objections = [
            Objection(state: "S9", since: 1950, maintained: false),
            Objection(state: "S9", since: 1960, maintained: true),
        ]
        let a = CustomaryLaw.assess(r)
        #expect(a.status("PERSISTENT_OBJECTOR") == .met, "the maintained objection of 1960 predates 1970")
        #expect(a.table.first { $0.state == "S9" }?.exempt == true)
        #expect(a.outcome == "established_not_opposable")
    }

    /// Without a crystallised rule there is nothing to be exempt from, in the table as in the condition.
    @Test func noRuleNoExemption() {
        var r = CustomRuleTests.rule(practising: 2, accepting: 1)
        r.objections = [Objection(state: "S9", since: 1950, maintained: true)]
        let a = CustomaryLaw.assess(r)
        #expect(a.status("PERSISTENT_OBJECTOR") == .notApplicable)
        #expect(a.table.first { $0.state == "S9" }?.exempt == false)
    }
}
