import EntenteCore
import EntenteLaw
import Testing

/// The Council's authorising language as it has actually been written, read from the catalogue
/// (`council-language.json`), with determinations carried over and deadlines kept apart from limits.
struct ScAuthorisationLanguageTests {
    static let adopted = """
        votes: {for: 12, against: 0, abstain: 3}
        permanent_members_voting_against: []
        determination_art39: threat_to_peace
        """

    /// Every catalogued formula names its resolution and a URL, and the words it quotes match it.
    @Test func everyFormulaIsSourced() {
        let catalogue = CouncilLanguage.shipped
        #expect(catalogue.formulas.count >= 6)
        for formula in catalogue.formulas {
            #expect(!formula.resolution.isEmpty && formula.url.hasPrefix("https://"), "\(formula.id)")
            #expect(!formula.match.isEmpty, "\(formula.id)")
        }
        for id in ["all_necessary_means", "by_the_use_of_force_if_necessary", "such_measures_as_may_be_necessary"] {
            #expect(catalogue.formulas.contains { $0.id == id }, "\(id) catalogued")
        }
    }

    // S/RES/221 (1966), S/RES/665 (1990), S/RES/678 (1990), S/RES/1973 (2011): each wording authorises force.
    @Test(arguments: [
        ("to prevent, by the use of force if necessary, the arrival at Beira of vessels", "S/RES/221 (1966)"),
        ("to use such measures commensurate to the specific circumstances as may be necessary", "S/RES/665 (1990)"),
        ("to use all necessary means to uphold and implement resolution 660", "S/RES/678 (1990)"),
        ("to take all necessary measures to protect civilians", "S/RES/1973 (2011)"),
    ])
    func authorisingWordsAreRecognised(_ words: String, _ resolution: String) throws {
        let a = try assess(
            .scAuthorisation, asOf: "1991-01-01",
            "date: 1990-11-29\n" + Self.adopted
                + "\noperative_language: \(words)")
        #expect(a["AUTHORISING_LANGUAGE"] == .met, "\(resolution)")
        #expect(a.outcomeLabel == "authorised", "\(resolution)")
        let id = try #require(a.facts.schema.id(named: "authorising_language"))
        #expect(!a.facts.wasGiven(id))
        #expect(a.facts[note: id]?.contains(resolution) == true)
    }

    // Words that match no catalogued formula stay unknown, never a confident "not authorising".
    @Test func uncataloguedWordsStayUnknown() throws {
        let a = try assess(
            .scAuthorisation, asOf: "1991-01-01",
            "date: 1990-11-29\n" + Self.adopted
                + "\noperative_language: requests the Secretary-General to report")
        #expect(a["AUTHORISING_LANGUAGE"] == .unknown)
        #expect(a.outcomeLabel == "unknown")
    }

    // UN Charter Art. 39: a determination made in an earlier resolution, recalled, is carried over.
    @Test func aDeterminationInAnEarlierResolutionIsCarriedOver() throws {
        let facts = """
            date: 1990-11-29
            votes: {for: 12, against: 2, abstain: 1}
            permanent_members_voting_against: []
            resolutions_recalled: [S/RES/660 (1990), S/RES/661 (1990)]
            operative_language: all necessary means
            """
        let a = try assess(.scAuthorisation, asOf: "1991-01-17", facts)
        #expect(a["ART39_DETERMINATION"] == .met)
        #expect(a["CHAPTER_VII"] == .met)
        #expect(a.facts[choice: ScAuthorisationFacts.earlierDetermination] == "breach_of_peace")
        let none = try assess(
            .scAuthorisation, asOf: "1991-01-17", facts.replacing("S/RES/660 (1990), ", with: ""))
        #expect(none["ART39_DETERMINATION"] == .unknown)
    }

    // S/RES/678 (1990) para. 2: the deadline is a condition precedent; before it passes, or if the
    // State addressed complies, the authorisation does not operate.
    @Test(arguments: [
        ("1991-01-10", "false", ConditionStatus.notMet, "adopted_not_authorising"),
        ("1991-01-17", "false", ConditionStatus.met, "authorised"),
        ("1991-01-17", "true", ConditionStatus.notMet, "adopted_not_authorising"),
    ])
    func aDeadlineIsAConditionPrecedent(
        _ action: String, _ complied: String, _ status: ConditionStatus, _ outcome: String
    )
        throws
    {
        let a = try assess(
            .scAuthorisation, asOf: "1991-01-17",
            "date: 1990-11-29\n" + Self.adopted
                + "\noperative_language: all necessary means\ndeadline: 1991-01-15\naction_date: \(action)"
                + "\ntarget_complied_by_deadline: \(complied)")
        #expect(a["CONDITIONS_SATISFIED"] == status)
        #expect(a.outcomeLabel == outcome)
    }

    // A limit is not a precondition: before the fix, scope_limits alone made a clear authorisation unknown.
    @Test func limitsAloneLeaveAClearAuthorisationMet() throws {
        let a = try assess(
            .scAuthorisation, asOf: "1990-09-01",
            "date: 1990-08-25\n" + Self.adopted
                + "\noperative_language: such measures commensurate to the specific circumstances as may be "
                + "necessary\nscope_limits: to halt maritime shipping in order to inspect and verify cargoes")
        #expect(a["CONDITIONS_SATISFIED"] == .notApplicable)
        #expect(a["WITHIN_LIMITS"] == .met)
        #expect(a.outcomeLabel == "authorised")
        let report = AssessmentReport(a)
        #expect(report.condition("WITHIN_LIMITS")?.factsUsed.contains { $0.fact == "action_within_limits" } == true)
        #expect(report.fact(named: "scope_limits")?.display.contains("halt maritime shipping") == true)
    }
}
