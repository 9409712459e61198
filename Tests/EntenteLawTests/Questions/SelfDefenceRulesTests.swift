import EntenteCore
import EntenteLaw
import EntenteTestSupport
import Testing

/// One case per rule and exception of `self_defence`: the facts, then the statuses that must follow.
struct SelfDefenceRulesTests {
    /// A complete lawful individual self-defence situation to vary.
    static let base = LawFixtures.lawfulSelfDefenceFacts

    static let cases: [(String, String, [String: ConditionStatus], String)] = [
        (
            "base", base,
            [
                "ARMED_ATTACK": .met, "ATTRIBUTION": .met, "NECESSITY": .met, "SC_AUTHORISATION": .unknown,
                "SC_MEASURES_TERMINATE_RIGHT": .unknown, "VICTIM_REQUEST": .notApplicable,
            ], "lawful"
        ),
        (
            "SC_AUTHORISATION met beside lawful self-defence: two bases", base + "\nsc_authorisation: true",
            ["SC_AUTHORISATION": .met, "ARMED_ATTACK": .met], "lawful"
        ),
        (
            "ARMED_ATTACK not met: no attack",
            base.replacing("armed_attack_occurred: true", with: "armed_attack_occurred: false"),
            ["ARMED_ATTACK": .notMet], "unlawful"
        ),
        (
            "ARMED_ATTACK not met: below the gravity",
            base.replacing("attack_gravity: armed_attack", with: "attack_gravity: below_armed_attack"),
            ["ARMED_ATTACK": .notMet], "unlawful"
        ),
        (
            "ARMED_ATTACK met: ongoing occupation",
            base.replacing("armed_attack_occurred: true", with: "armed_attack_occurred: false")
                + "\noccupation_ongoing: true", ["ARMED_ATTACK": .met], "lawful"
        ),
        (
            "ARMED_ATTACK contested: imminent only",
            base.replacing("armed_attack_occurred: true", with: "armed_attack_occurred: false")
                + "\nimminence: true", ["ARMED_ATTACK": .contested], "contested"
        ),
        (
            "ARMED_ATTACK unknown", base.replacing("armed_attack_occurred: true", with: "armed_attack_occurred: null"),
            ["ARMED_ATTACK": .unknown], "unknown"
        ),
        (
            "ATTRIBUTION met by attribution",
            base.replacing("attacker_is_state: true", with: "attacker_is_state: false")
                + "\nattribution_to_state: true\nattack_from_foreign_territory: true",
            ["ATTRIBUTION": .met, "ATTACK_FROM_FOREIGN_TERRITORY": .met, "TERRITORIAL_CONSENT": .unknown], "lawful"
        ),
        (
            "ATTRIBUTION contested: non-State, no consent",
            base.replacing("attacker_is_state: true", with: "attacker_is_state: false")
                + "\nattribution_to_state: false\nattack_from_foreign_territory: true\nterritorial_state_consent: false",
            ["ATTRIBUTION": .contested, "TERRITORIAL_CONSENT": .notMet], "contested"
        ),
        (
            "TERRITORIAL_CONSENT exception met",
            base.replacing("attacker_is_state: true", with: "attacker_is_state: false")
                + "\nattribution_to_state: false\nattack_from_foreign_territory: true\nterritorial_state_consent: true",
            ["ATTRIBUTION": .notApplicable, "TERRITORIAL_CONSENT": .met], "lawful"
        ),
        (
            "ATTACK_FROM_FOREIGN_TERRITORY not met",
            base.replacing("attacker_is_state: true", with: "attacker_is_state: false")
                + "\nattribution_to_state: true\nattack_from_foreign_territory: false",
            ["ATTACK_FROM_FOREIGN_TERRITORY": .notMet], "not_engaged"
        ),
        (
            // ICJ Oil Platforms (2003) para. 64.
            "AIMED_AT_DEFENDER not met", base + "\nattack_aimed_at_defender: false", ["AIMED_AT_DEFENDER": .notMet],
            "unlawful"
        ),
        (
            // S/RES/661 (1990) and S/RES/1368 (2001) preambles: evidence only.
            "SC_AFFIRMED_RIGHT met is evidence only", base + "\nsc_affirmed_right: true",
            ["SC_AFFIRMED_RIGHT": .met, "AIMED_AT_DEFENDER": .met], "lawful"
        ),
        (
            "BURDEN_OF_PROOF not met", base.replacing("burden_of_proof_met: true", with: "burden_of_proof_met: false"),
            ["BURDEN_OF_PROOF": .notMet], "unlawful"
        ),
        (
            "collective: declaration, request before, beneficiary",
            base.replacing("self_defence_type: individual", with: "self_defence_type: collective")
                + "\nbeneficiary_states: [KWT]\nvictim_declared_attacked: true\nvictim_request: true\nvictim_request_timing: before",
            ["VICTIM_DECLARATION": .met, "VICTIM_REQUEST": .met, "BENEFICIARY_IS_STATE": .met], "lawful"
        ),
        (
            "VICTIM_DECLARATION not met",
            base.replacing("self_defence_type: individual", with: "self_defence_type: collective")
                + "\nbeneficiary_is_state: true\nvictim_declared_attacked: false\nvictim_request: true",
            ["VICTIM_DECLARATION": .notMet, "VICTIM_REQUEST": .met], "unlawful"
        ),
        (
            "VICTIM_REQUEST not met: request came after",
            base.replacing("self_defence_type: individual", with: "self_defence_type: collective")
                + "\nbeneficiary_is_state: true\nvictim_declared_attacked: true\nvictim_request: true\nvictim_request_timing: after",
            ["VICTIM_REQUEST": .notMet], "unlawful"
        ),
        (
            "BENEFICIARY_IS_STATE not met",
            base.replacing("self_defence_type: individual", with: "self_defence_type: collective")
                + "\nbeneficiary_is_state: false\nvictim_declared_attacked: true\nvictim_request: true",
            ["BENEFICIARY_IS_STATE": .notMet], "unlawful"
        ),
        (
            "REPORTED_TO_SC not met is evidence only", base + "\nreported_to_sc: false", ["REPORTED_TO_SC": .notMet],
            "lawful"
        ),
        (
            "NECESSITY not met", base.replacing("necessity: true", with: "necessity: false"), ["NECESSITY": .notMet],
            "unlawful"
        ),
        (
            "PROPORTIONALITY not met", base.replacing("proportionality: true", with: "proportionality: false"),
            ["PROPORTIONALITY": .notMet], "unlawful"
        ),
        (
            "PROPORTIONALITY unknown: basis available",
            base.replacing("proportionality: true", with: "proportionality: null"),
            ["PROPORTIONALITY": .unknown, "ARMED_ATTACK": .met], "lawful_basis_available"
        ),
        (
            "SC_MEASURES_TERMINATE_RIGHT exception met",
            base + "\nsc_measures_taken: true\nsc_measures_sufficient_to_end_right: true",
            ["SC_MEASURES_TERMINATE_RIGHT": .met, "ARMED_ATTACK": .met], "unlawful"
        ),
        (
            "SC_MEASURES_TERMINATE_RIGHT not met: measures insufficient",
            base + "\nsc_measures_taken: true\nsc_measures_sufficient_to_end_right: false",
            ["SC_MEASURES_TERMINATE_RIGHT": .notMet], "lawful"
        ),
        (
            "SC_MEASURES_TERMINATE_RIGHT not applicable: no measures", base + "\nsc_measures_taken: false",
            ["SC_MEASURES_TERMINATE_RIGHT": .notApplicable], "lawful"
        ),
    ]

    @Test(arguments: cases)
    func rule(_ name: String, _ facts: String, _ statuses: [String: ConditionStatus], _ outcome: String) throws {
        let a = try assess(.selfDefence, facts)
        for (code, status) in statuses {
            #expect(a[code] == status, "\(name): \(code)")
        }
        #expect(a.outcomeLabel == outcome, "\(name): outcome")
    }

    @Test func everyConditionOfTheRuleSetIsCovered() {
        let covered = Set(Self.cases.flatMap { $0.2.keys })
        let declared = Set(SelfDefenceRules.ruleSet.conditions.map(\.code))
        #expect(declared.subtracting(covered).isEmpty, "untested: \(declared.subtracting(covered))")
    }

    @Test func legalFactsCodesAreAllDeclared() {
        let codes = [
            "ARMED_ATTACK", "ATTRIBUTION", "ATTACK_FROM_FOREIGN_TERRITORY", "BURDEN_OF_PROOF", "VICTIM_DECLARATION",
            "VICTIM_REQUEST", "BENEFICIARY_IS_STATE", "REPORTED_TO_SC", "NECESSITY", "PROPORTIONALITY",
            "SC_AUTHORISATION", "SC_MEASURES_TERMINATE_RIGHT", "TERRITORIAL_CONSENT",
        ]
        #expect(Set(codes).isSubset(of: Set(SelfDefenceRules.ruleSet.conditions.map(\.code))))
    }
}
