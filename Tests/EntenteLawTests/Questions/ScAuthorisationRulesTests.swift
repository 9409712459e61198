import EntenteCore
import EntenteLaw
import Testing

/// Rules of `sc_authorisation`, with the Charter text before and after the 1965 amendment.
struct ScAuthorisationRulesTests {
    static let adopted = """
        votes: {for: 12, against: 2, abstain: 1}
        permanent_members_voting_against: []
        determination_art39: breach_of_peace
        chapter_vii_invoked_expressly: true
        operative_language: all necessary means
        """

    static let cases: [(String, String, String, [String: ConditionStatus], String)] = [
        (
            "authorised", "1990-11-29", adopted,
            [
                "VOTE_THRESHOLD": .met, "NO_PERMANENT_NEGATIVE_VOTE": .met, "ART39_DETERMINATION": .met,
                "CHAPTER_VII": .met,
                "AUTHORISING_LANGUAGE": .met, "CONDITIONS_SATISFIED": .notApplicable,
            ], "authorised"
        ),
        (
            "8 votes fail after 1965", "1990-11-29",
            adopted.replacing("for: 12, against: 2", with: "for: 8, against: 2"),
            ["VOTE_THRESHOLD": .notMet], "not_adopted_votes"
        ),
        (
            "8 votes pass before 1965 (7 of 11)", "1960-01-01",
            adopted.replacing("for: 12, against: 2", with: "for: 8, against: 2"),
            ["VOTE_THRESHOLD": .met], "authorised"
        ),
        (
            "6 votes fail before 1965", "1960-01-01",
            adopted.replacing("for: 12, against: 2, abstain: 1", with: "for: 6, against: 2, abstain: 3"),
            ["VOTE_THRESHOLD": .notMet], "not_adopted_votes"
        ),
        (
            "veto", "1990-11-29",
            adopted.replacing("permanent_members_voting_against: []", with: "permanent_members_voting_against: [CHN]"),
            ["NO_PERMANENT_NEGATIVE_VOTE": .notMet], "not_adopted_veto"
        ),
        (
            "abstention is no veto", "1990-11-29", adopted + "\npermanent_members_abstaining: [CHN]",
            ["NO_PERMANENT_NEGATIVE_VOTE": .met], "authorised"
        ),
        (
            "absence is contested, not a veto", "1950-07-07",
            adopted.replacing("for: 12, against: 2, abstain: 1", with: "for: 7, against: 0, abstain: 3")
                + "\npermanent_member_absent: true",
            ["NO_PERMANENT_NEGATIVE_VOTE": .contested, "VOTE_THRESHOLD": .met], "authorised"
        ),
        (
            "procedural matter: no veto", "1990-11-29",
            adopted.replacing("permanent_members_voting_against: []", with: "permanent_members_voting_against: [CHN]")
                + "\nprocedural_matter: true", ["NO_PERMANENT_NEGATIVE_VOTE": .notApplicable], "authorised"
        ),
        (
            "no Art. 39 determination and no express Chapter VII", "1990-11-29",
            adopted.replacing("breach_of_peace", with: "none").replacing(
                "chapter_vii_invoked_expressly: true", with: "chapter_vii_invoked_expressly: false"),
            ["ART39_DETERMINATION": .notMet, "CHAPTER_VII": .notMet], "adopted_not_authorising"
        ),
        (
            "Chapter VII implied by an Art. 39 determination", "1990-11-29",
            adopted.replacing("chapter_vii_invoked_expressly: true", with: "chapter_vii_invoked_expressly: false"),
            ["CHAPTER_VII": .met], "authorised"
        ),
        (
            "no authorising words", "1990-11-29", adopted.replacing("all necessary means", with: "demands withdrawal"),
            ["AUTHORISING_LANGUAGE": .notMet], "adopted_not_authorising"
        ),
        (
            "conditions not satisfied", "1990-11-29",
            adopted + "\nscope_limits: after a deadline\nconditions_satisfied: false",
            ["CONDITIONS_SATISFIED": .notMet], "adopted_not_authorising"
        ),
        (
            // S/RES/83 (1950): the Council "recommends" — an Art. 39 recommendation, not a decision.
            "a recommendation, not a decision", "1950-06-27",
            "votes: {for: 7}\npermanent_members_voting_against: []\ndetermination_art39: breach_of_peace\n"
                + "operative_language: recommends that Members furnish such assistance as may be necessary",
            ["DECISION_NOT_RECOMMENDATION": .notMet, "AUTHORISING_LANGUAGE": .met], "recommended"
        ),
        (
            // A territorial or functional limit restricts what is authorised; it is not a precondition.
            "a clear authorisation with limits", "1990-11-29",
            adopted + "\nscope_limits: maritime interdiction in the Gulf only",
            ["WITHIN_LIMITS": .met, "CONDITIONS_SATISFIED": .notApplicable, "DECISION_NOT_RECOMMENDATION": .met],
            "authorised"
        ),
        (
            "an action beyond the limits", "1990-11-29",
            adopted + "\nscope_limits: maritime interdiction only\naction_within_limits: false",
            ["WITHIN_LIMITS": .notMet], "outside_limits"
        ),
        (
            "votes unknown", "1990-11-29", "determination_art39: breach_of_peace", ["VOTE_THRESHOLD": .unknown],
            "unknown"
        ),
    ]

    @Test(arguments: cases)
    func rule(_ name: String, _ date: String, _ facts: String, _ statuses: [String: ConditionStatus], _ outcome: String)
        throws
    {
        let a = try assess(.scAuthorisation, asOf: date, "date: \(date)\n" + facts)
        for (code, status) in statuses {
            #expect(a[code] == status, "\(name): \(code)")
        }
        #expect(a.outcomeLabel == outcome, "\(name): outcome")
    }

    @Test func everyConditionIsCovered() {
        let covered = Set(Self.cases.flatMap { $0.3.keys })
        #expect(Set(ScAuthorisationRules.ruleSet.conditions.map(\.code)).subtracting(covered).isEmpty)
    }

    @Test func councilSizeFollowsTheTextInForce() throws {
        let before = try assess(.scAuthorisation, asOf: "1965-08-30", "date: 1965-08-30\nvotes: {for: 7}")
        let after = try assess(.scAuthorisation, asOf: "1965-08-31", "date: 1965-08-31\nvotes: {for: 7}")
        #expect(before.facts[number: ScAuthorisationFacts.councilSize] == 11)
        #expect(after.facts[number: ScAuthorisationFacts.councilSize] == 15)
        #expect(before["VOTE_THRESHOLD"] == .met)
        #expect(after["VOTE_THRESHOLD"] == .notMet)
    }
}
