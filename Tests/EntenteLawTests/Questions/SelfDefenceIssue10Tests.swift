import EntenteCore
import EntenteLaw
import EntenteTestSupport
import Testing

/// Self-defence as the ICJ and the Council have read it: the burden of proof derived from
/// established facts, imputability to the target State, an attack aimed at the defender, the
/// Council affirming the right, "unwilling or unable" with its positions, Art. 51 not engaged,
/// and self-defence still answered beside a Council authorisation.
struct SelfDefenceIssue10Tests {
    /// The lawful base without `burden_of_proof_met`, so the engine must derive it.
    static let base = LawFixtures.lawfulSelfDefenceFacts.replacing("burden_of_proof_met: true\n", with: "")

    // ICJ Oil Platforms (2003) §§57, 61: the burden is on the State claiming self-defence; when the
    // attack and its author are established facts it is discharged, and the engine says so.
    @Test func burdenOfProofIsDerivedFromTheEstablishedAttackAndAttribution() throws {
        #expect(!Self.base.contains("burden_of_proof_met"))
        let a = try assess(.selfDefence, Self.base)
        #expect(a["BURDEN_OF_PROOF"] == .met)
        #expect(a.outcomeLabel == "lawful")
        let id = try #require(a.facts.schema.id(named: "burden_of_proof_met"))
        #expect(!a.facts.wasGiven(id) && a.facts[truth: id] == .yes)
        let fact = try #require(AssessmentReport(a).fact(named: "burden_of_proof_met"))
        #expect(fact.source == .derived)
        #expect(fact.derivedFrom?.contains("Oil Platforms") == true)
    }

    // The situation's own statement overrides the derivation.
    @Test func aStatedBurdenOverridesTheDerivation() throws {
        let a = try assess(.selfDefence, Self.base + "\nburden_of_proof_met: false")
        #expect(a["BURDEN_OF_PROOF"] == .notMet)
        #expect(a.outcomeLabel == "unlawful")
    }

    // Without an established attacker the burden stays unknown rather than presumed.
    @Test func burdenStaysUnknownWhenTheAttackerIsNotEstablished() throws {
        let a = try assess(
            .selfDefence, Self.base.replacing("attacker_is_state: true", with: "attacker_is_state: null"))
        #expect(a["BURDEN_OF_PROOF"] == .unknown)
        #expect(a.outcomeLabel == "unknown")
    }

    // ICJ Oil Platforms (2003) §§51, 61, 64; Armed Activities (2005) §146: an attack not imputable
    // to the State against which force is used fails ATTRIBUTION, and the burden with it.
    @Test func attributionIsNotMetWhenTheAttackerIsAnotherState() throws {
        let a = try assess(.selfDefence, Self.base + "\ntarget_state: IRN\nattacking_state: IRQ")
        #expect(a["ATTRIBUTION"] == .notMet)
        #expect(a["BURDEN_OF_PROOF"] == .notMet)
        #expect(a.outcomeLabel == "unlawful")
        let id = try #require(a.facts.schema.id(named: "attack_imputable_to_target"))
        #expect(!a.facts.wasGiven(id) && a.facts[truth: id] == .no)
    }

    @Test func attributionIsMetWhenTheAttackerIsTheTarget() throws {
        let a = try assess(.selfDefence, Self.base + "\ntarget_state: IRQ\nattacking_state: IRQ")
        #expect(a["ATTRIBUTION"] == .met)
        #expect(a.outcomeLabel == "lawful")
    }

    @Test func imputabilityStatedFalseDefeatsTheClaim() throws {
        let a = try assess(.selfDefence, Self.base + "\nattack_imputable_to_target: false")
        #expect(a["ATTRIBUTION"] == .notMet)
        #expect(a.outcomeLabel == "unlawful")
    }

    // ICJ Oil Platforms (2003) §64: an attack not specifically aimed at the defending State.
    @Test func anAttackNotAimedAtTheDefenderIsNoArmedAttackOnIt() throws {
        let a = try assess(.selfDefence, Self.base + "\nattack_aimed_at_defender: false")
        #expect(a["AIMED_AT_DEFENDER"] == .notMet)
        #expect(a["BURDEN_OF_PROOF"] == .notMet)
        #expect(a.outcomeLabel == "unlawful")
        let aimed = try assess(.selfDefence, Self.base + "\nattack_aimed_at_defender: true")
        #expect(aimed["AIMED_AT_DEFENDER"] == .met)
    }

    // UN Charter Art. 51; S/RES/661 (1990) and S/RES/1368 (2001) preambles: evidence, never decisive.
    @Test func theCouncilAffirmingTheRightIsEvidence() throws {
        let a = try assess(.selfDefence, Self.base + "\nsc_affirmed_right: true")
        #expect(a["SC_AFFIRMED_RIGHT"] == .met)
        let without = try assess(.selfDefence, Self.base + "\nsc_affirmed_right: false")
        #expect(without["SC_AFFIRMED_RIGHT"] == .notMet)
        #expect(a.outcomeLabel == without.outcomeLabel)
    }

    static let nonState =
        base.replacing("attacker_is_state: true", with: "attacker_is_state: false")
        + "\nattribution_to_state: false\nattack_from_foreign_territory: true\nterritorial_state_consent: false"

    // ICJ Wall AO (2004) §139; Armed Activities (2005) §147; res. 1368 and 1373 (2001): the
    // "unwilling or unable" claim is reported as contested, with both positions.
    @Test func unwillingOrUnableIsContestedWithThePositions() throws {
        let a = try assess(.selfDefence, Self.nonState + "\nterritorial_state_unwilling_or_unable: true")
        #expect(a["ATTRIBUTION"] == .contested)
        #expect(a.outcomeLabel == "contested")
        let reasoning = try #require(AssessmentReport(a).condition("ATTRIBUTION")?.reasoning)
        #expect(reasoning.contains("For:") && reasoning.contains("Against:"))
        #expect(reasoning.contains("para. 139") && reasoning.contains("1368"))
    }

    // The doctrine's own supporters require the territorial State to be unwilling or unable.
    @Test func aWillingAndAbleTerritorialStateDefeatsTheClaim() throws {
        let a = try assess(.selfDefence, Self.nonState + "\nterritorial_state_unwilling_or_unable: false")
        #expect(a["ATTRIBUTION"] == .notMet)
        #expect(a.outcomeLabel == "unlawful")
    }

    // ICJ Wall AO (2004) §139: an attack from territory the State controls does not engage Art. 51.
    @Test func artFiftyOneIsNotEngagedByAnAttackFromControlledTerritory() throws {
        let a = try assess(
            .selfDefence,
            Self.base.replacing("attacker_is_state: true", with: "attacker_is_state: false")
                + "\nattribution_to_state: false\nattack_from_foreign_territory: false")
        #expect(a["ATTACK_FROM_FOREIGN_TERRITORY"] == .notMet)
        #expect(a.outcomeLabel == "not_engaged")
    }

    // UN Charter Arts. 42, 48 and 51: self-defence is still judged beside a Council authorisation.
    @Test func selfDefenceIsStillAnsweredBesideAnAuthorisation() throws {
        let both = try assess(.selfDefence, Self.base + "\nsc_authorisation: true")
        #expect(both.outcomeLabel == "lawful")
        #expect(both["SC_AUTHORISATION"] == .met && both["NECESSITY"] == .met)
        let onlyCouncil = try assess(
            .selfDefence, Self.base.replacing("necessity: true", with: "necessity: false") + "\nsc_authorisation: true")
        #expect(onlyCouncil.outcomeLabel == "authorised")
        #expect(onlyCouncil["NECESSITY"] == .notMet)
        let unknownSelfDefence = try assess(
            .selfDefence,
            Self.base.replacing("armed_attack_occurred: true", with: "armed_attack_occurred: null")
                + "\nsc_authorisation: true")
        #expect(unknownSelfDefence.outcomeLabel == "authorised")
        #expect(unknownSelfDefence["ARMED_ATTACK"] == .unknown)
    }
}
