import EntenteCore
import EntenteLaw
import Testing

/// Consent as the ARSIWA commentary and the ICJ read it: who gave it, the kinds of activity it
/// covers, and its withdrawal.
struct ConsentIssue10Tests {
    /// A valid consent without the three authority facts, which `consent_given_by` must fill.
    static let base = """
        host_state: COD
        foreign_state: UGA
        activity_type: stationing
        consent_given: true
        consent_express: true
        consent_timing: before
        consent_freely_given: true
        activity_within_scope: true
        consent_withdrawn: false
        """

    // ARSIWA commentary to Art. 20, paras. 4–6: who consents decides whether it is the State's consent.
    @Test(arguments: [
        ("recognised_government_in_control", ConditionStatus.met, "valid"),
        ("recognised_government_not_in_control", .contested, "contested"),
        ("government_in_control_not_recognised", .contested, "contested"),
        ("sub_state_authority", .notMet, "invalid"),
        ("armed_group", .notMet, "invalid"),
        ("unidentified", .notMet, "invalid"),
    ])
    func consentGivenByDecidesTheAuthority(_ by: String, _ status: ConditionStatus, _ outcome: String) throws {
        let a = try assess(.consent, Self.base + "\nconsent_given_by: \(by)")
        #expect(a["COMPETENT_AUTHORITY"] == status, "\(by)")
        #expect(a.outcomeLabel == outcome, "\(by)")
        let id = try #require(a.facts.schema.id(named: "authority_is_government"))
        #expect(!a.facts.wasGiven(id) && a.facts.isKnown(id))
    }

    // A stated authority fact overrides what consent_given_by derives.
    @Test func aStatedAuthorityFactOverridesTheDerivation() throws {
        let a = try assess(
            .consent,
            Self.base + "\nconsent_given_by: recognised_government_in_control\ninternationally_recognised: false")
        #expect(a["COMPETENT_AUTHORITY"] == .contested)
    }

    // GA res. 3314 (XXIX) Art. 3(e): an activity of a kind the consent does not list exceeds it.
    @Test func anActivityOfAnotherKindExceedsTheConsent() throws {
        let facts =
            Self.base.replacing("activity_within_scope: true\n", with: "")
            .replacing("activity_type: stationing", with: "activity_type: combat_operations")
            + "\nconsent_given_by: recognised_government_in_control\nconsent_scope:\n  kinds: [stationing, training]"
        let a = try assess(.consent, facts)
        #expect(a["WITHIN_SCOPE"] == .notMet)
        #expect(a.outcomeLabel == "invalid_exceeded")
        let listed = try assess(.consent, facts.replacing("[stationing, training]", with: "[combat_operations]"))
        #expect(listed["WITHIN_SCOPE"] == .unknown)
    }

    @Test func anUnknownKindIsRefusedWithASuggestion() {
        let error = situationError(
            "question: consent\nas_of: 2020-01-01\nfacts:\n  activity_type: exercise\n  consent_scope:\n    kinds: [exercize]"
        )
        #expect(error?.message.contains("Did you mean exercise") == true)
    }

    // ICJ Armed Activities (DRC v Uganda) (2005) §§42–53: consent withdrawn, forces that stay have no basis.
    @Test func presenceAfterWithdrawalIsInvalid() throws {
        let a = try assess(
            .consent, asOf: "1998-09-01",
            Self.base.replacing("consent_withdrawn: false", with: "consent_withdrawn: true")
                + "\nconsent_given_by: recognised_government_in_control\nactivity_after_withdrawal: true")
        #expect(a["NOT_WITHDRAWN"] == .notMet)
        #expect(a.outcomeLabel == "invalid_after_withdrawal")
    }
}
