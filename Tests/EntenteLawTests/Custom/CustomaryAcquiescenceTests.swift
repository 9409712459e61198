import EntenteCore
import EntenteLaw
import Testing

/// Acquiescence (issue 10), ILC 2018 Draft Conclusions on identification of customary
/// international law, Conclusion 10(3): "failure to react over time to a practice may serve as
/// evidence of acceptance as law (opinio juris), provided that States were in a position to react
/// and the circumstances called for some reaction" (legal-sources §7, row 10).
struct CustomaryAcquiescenceTests {
    static let base = """
        question: customary_law
        rule: straight_baselines
        as_of: 1951
        states: [NOR, GBR, FRA, NLD]
        state_concerned: GBR
        practice:
          - {state: NOR, year: 1869, conforming: true}
          - {state: NOR, year: 1889, conforming: true}

        """

    static func reaction(_ fields: String) -> String {
        base + "reactions:\n  - {state: GBR, to: NOR, year: 1869, practice: conforming, \(fields)}\n"
    }

    /// Conclusion 10(3): silence counts only when the State knew, could react and a reaction was called for.
    @Test func silenceWithEveryConditionShownIsAcquiescence_Conclusion10_3() throws {
        let rule = try CustomRule.parse(
            Self.reaction("aware: true, could_react: true, reaction_called_for: true"), file: "r.yaml")
        #expect(rule.reactions.count == 1)
        #expect(rule.reactions[0].countsAsAcquiescence)
        let a = CustomaryLaw.assess(rule)
        #expect(a.status("ACQUIESCENCE") == .met)
        let row = try #require(a.table.first { $0.state == "GBR" })
        #expect(row.forms.contains("acquiescence"), "the silence is counted as acceptance: \(row.forms)")
        #expect(row.acceptance == 1)
        #expect(
            a.explanation.contains {
                $0.contains("GBR silent on NOR's conforming practice (1869): acquiescence counted")
            })
    }

    /// Conclusion 10(3): a condition not shown is not presumed; the silence is reported, not counted.
    @Test(arguments: [
        "could_react: true, reaction_called_for: true",
        "aware: true, reaction_called_for: true",
        "aware: true, could_react: true, reaction_called_for: false",
    ])
    func silenceWithoutItsConditionsDoesNotCount_Conclusion10_3(_ fields: String) throws {
        let rule = try CustomRule.parse(Self.reaction(fields), file: "r.yaml")
        let a = CustomaryLaw.assess(rule)
        #expect(a.status("ACQUIESCENCE") == .unknown)
        let row = try #require(a.table.first { $0.state == "GBR" })
        #expect(row.acceptance == 0, "uncounted silence is no acceptance")
        let facts = try #require(a.conditions.first { $0.code == "ACQUIESCENCE" }?.facts)
        #expect(facts.contains { $0.name == "silence_not_counted" && $0.value.contains("GBR on NOR (1869)") })
    }

    /// Acquiescence in a State's contrary practice (Conclusion 10(3)) is acceptance of the departure,
    /// so evidence against the candidate rule for the silent State.
    @Test func acquiescenceInContraryPracticeTellsAgainstTheRule_Conclusion10_3() throws {
        let text = """
            question: customary_law
            rule: ten_mile_rule_for_bays
            as_of: 1951
            states: [NOR, GBR, FRA]
            state_concerned: GBR
            practice:
              - {state: GBR, year: 1900, conforming: true}
              - {state: NOR, year: 1869, conforming: false}
            reactions:
              - {state: GBR, to: NOR, year: 1869, practice: contrary, aware: true, could_react: true, reaction_called_for: true}
              - {state: FRA, to: NOR, year: 1869, practice: contrary, protested: true}
            """
        let a = CustomaryLaw.assess(try CustomRule.parse(text, file: "r.yaml"))
        #expect(a.status("ACQUIESCENCE") == .notMet)
        #expect(a.table.first { $0.state == "GBR" }?.acceptance == 0)
        // A protest against contrary practice asserts the rule (Conclusion 10(2), diplomatic correspondence).
        #expect(a.table.first { $0.state == "FRA" }?.forms.contains("diplomatic_correspondence") == true)
        let detail = try #require(a.conditions.first { $0.code == "ACQUIESCENCE" }?.detail)
        #expect(detail.contains("GBR silent on NOR's contrary practice (1869): acquiescence counted"), "\(detail)")
    }

    /// Others' acquiescence in the State concerned's contrary practice is reported under ACQUIESCENCE.
    @Test func othersToleratingTheStateConcernedAreReported_Conclusion10_3() throws {
        let text = """
            question: customary_law
            rule: ten_mile_rule_for_bays
            as_of: 1951
            states: [NOR, GBR]
            state_concerned: NOR
            practice:
              - {state: NOR, year: 1869, conforming: false}
            objections:
              - {state: NOR, since: 1869}
            reactions:
              - {state: GBR, to: NOR, year: 1869, aware: true, could_react: true, reaction_called_for: true}
            """
        let a = CustomaryLaw.assess(try CustomRule.parse(text, file: "r.yaml"))
        let detail = try #require(a.conditions.first { $0.code == "ACQUIESCENCE" }?.detail)
        #expect(detail.contains("on NOR's own practice: GBR silent on NOR's contrary practice"), "\(detail)")
    }

    /// A misspelt field of a reaction is refused with its line, as every other record is.
    @Test func misspeltReactionFieldIsRefused() throws {
        do {
            _ = try CustomRule.parse(Self.reaction("awre: true"), file: "r.yaml")
            Issue.record("a misspelt key was accepted")
        } catch {
            #expect(error.message.contains("r.yaml:10: reactions[0].awre"), "\(error.message)")
            #expect(error.message.contains("Did you mean aware"), "\(error.message)")
        }
    }
}
