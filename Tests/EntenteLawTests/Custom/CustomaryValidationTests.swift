import EntenteCore
import EntenteLaw
import Testing

/// Rule files are validated as strictly as situations (issue 10): unknown keys and unknown States
/// are refused with the file, the line and a suggestion; resolutions may give vote totals only.
struct CustomaryValidationTests {
    static let base = """
        question: customary_law
        rule: non_use_of_force
        as_of: 1990
        states: [USA, RUS, CHN]

        """

    /// A misspelt top-level key would silently drop evidence; ILC Conclusion 3 asks for all of it.
    @Test func unknownTopLevelKeyIsRefusedWithLineAndSuggestion() throws {
        let text = Self.base + "opinio_jurs:\n  - {state: USA, year: 1970, form: statement}\n"
        #expect(throws: EntenteError.self) { try CustomRule.parse(text, file: "rule.yaml") }
        do {
            _ = try CustomRule.parse(text, file: "rule.yaml")
        } catch {
            #expect(error.message.contains("rule.yaml:6"), "names the line: \(error.message)")
            #expect(error.message.contains("Did you mean opinio_juris"), "\(error.message)")
        }
    }

    /// ILC Conclusion 6 (forms of practice): a misspelt field of a practice record is refused.
    @Test func unknownKeyInARecordIsRefused() throws {
        let text = Self.base + "practice:\n  - state: USA\n    year: 1970\n    conformng: true\n"
        do {
            _ = try CustomRule.parse(text, file: "rule.yaml")
            Issue.record("a misspelt key was accepted")
        } catch {
            #expect(error.message.contains("rule.yaml:8: practice[0].conformng"), "\(error.message)")
            #expect(error.message.contains("Did you mean conforming"), "\(error.message)")
        }
    }

    /// An evidence file is checked the same way.
    @Test func unknownKeyInAnEvidenceFileIsRefused() throws {
        var rule = try CustomRule.parse(Self.base, file: "rule.yaml")
        #expect(throws: EntenteError.self) {
            try rule.addEvidence("practise:\n  - {state: USA, year: 1970, conforming: true}\n", file: "ev.yaml")
        }
    }

    /// A State the knowledge base does not know is refused with the file and line where it was written.
    @Test func unknownStateIsRefusedWithItsLine() throws {
        let text =
            Self.base + "opinio_juris:\n  - {state: USA, year: 1970, form: statement}\n"
            + "  - {state: Atlantis, year: 1971, form: statement}\n"
        let rule = try CustomRule.parse(text, file: "rule.yaml")
        do {
            try rule.validateStates(knowledge: knowledge)
            Issue.record("an unknown State was accepted")
        } catch {
            #expect(error.code == .unknownState)
            #expect(error.message.contains("rule.yaml:7: opinio_juris[1].state"), "\(error.message)")
        }
        let good = try CustomRule.parse(Self.base, file: "rule.yaml")
        try good.validateStates(knowledge: knowledge)
    }

    /// ILC Conclusion 12: a resolution recorded only by its totals still counts as evidence of
    /// acceptance, without attributing a vote to any State.
    @Test func voteCountsWithoutPerStateVotes() throws {
        let text =
            Self.base + "practice:\n  - {state: USA, year: 1970, conforming: true}\n"
            + "resolutions:\n  - {symbol: A/RES/2625 (XXV), year: 1970, yes: 120, no: 0, abstain: 0}\n"
        let rule = try CustomRule.parse(text, file: "rule.yaml")
        #expect(rule.resolutions.first?.counts?.yes == 120)
        #expect(rule.resolutions.first?.yes.isEmpty == true, "no State's vote is invented")
        let answer = CustomaryLaw.assess(rule)
        #expect(answer.status("RESOLUTION_EVIDENCE") == .met)
        let split = Self.base + "resolutions:\n  - {symbol: A/RES/1, year: 1970, yes: 10, no: [USA]}\n"
        #expect(throws: EntenteError.self) { try CustomRule.parse(split, file: "rule.yaml") }
    }
}
