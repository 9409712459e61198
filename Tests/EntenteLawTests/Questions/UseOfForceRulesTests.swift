import EntenteCore
import EntenteLaw
import Testing

/// Rules of `use_of_force`: UN Charter Art. 2(4), GA res. 2625 (XXV) and 3314 (XXIX), and the
/// ICJ's reading of them. Each case names the provision or paragraph it checks.
struct UseOfForceRulesTests {
    static let cases: [(String, String, [String: ConditionStatus], String)] = [
        (
            "Guyana v Suriname (2007) §445: an order to leave or bear the consequences is a threat",
            "act_type: naval_operation\nphysical_force_used: false\nforce_signalled: true\ncoercive_demand: true",
            ["THREAT_OF_FORCE": .met, "THREATENED_FORCE_UNLAWFUL": .met, "USE_OF_FORCE": .notMet], "threat_of_force"
        ),
        (
            "Nuclear Weapons AO (1996) §47: threatening force that would be lawful is not prohibited",
            "act_type: ultimatum\nphysical_force_used: false\non_target_territory_or_forces: false\n"
                + "force_signalled: true\ncoercive_demand: true\nthreatened_force_lawful: true",
            ["THREAT_OF_FORCE": .met, "THREATENED_FORCE_UNLAWFUL": .notMet, "TERRITORIAL_SOVEREIGNTY": .notMet],
            "no_threat_or_use_of_force"
        ),
        (
            "Nicaragua (1986) §228: arming and training armed bands is a use of force; §191 less grave form",
            "act_type: arming_training_irregulars\narms_and_training_to_irregulars: true\ngravity: below_armed_attack",
            ["USE_OF_FORCE": .met, "GRAVITY": .notMet], "use_of_force"
        ),
        (
            "Nicaragua (1986) §228: money alone is intervention, not force",
            "act_type: other\nfunds_only: true\narms_and_training_to_irregulars: false\nphysical_force_used: false\n"
                + "on_target_territory_or_forces: false\nforce_signalled: false",
            ["USE_OF_FORCE": .notMet, "COERCIVE_INTERVENTION": .met], "intervention"
        ),
        (
            "GA res. 3314 (XXIX) Art. 3(c): a blockade of ports by armed forces",
            "act_type: blockade\nphysical_force_used: true\non_target_territory_or_forces: false\n"
                + "gravity: armed_attack_scale",
            ["USE_OF_FORCE": .met, "GRAVITY": .met], "use_of_force"
        ),
        (
            "Corfu Channel (1949): minesweeping in another State's waters without consent",
            "act_type: naval_operation\nphysical_force_used: false\non_target_territory_or_forces: true\n"
                + "territorial_state_consent: false\nforce_signalled: true\ncoercive_demand: false",
            ["TERRITORIAL_SOVEREIGNTY": .met, "THREAT_OF_FORCE": .notMet, "USE_OF_FORCE": .notMet],
            "violation_of_sovereignty"
        ),
        (
            "Art. 2(4): a routine, notified exercise at home that signals nothing",
            "act_type: exercise_near_border\nphysical_force_used: false\non_target_territory_or_forces: false\n"
                + "force_signalled: false\nown_territory_routine: true\nnotified: true",
            ["ROUTINE_ACTIVITY": .met, "THREAT_OF_FORCE": .notMet], "no_threat_or_use_of_force"
        ),
        (
            "Art. 2(4): a build-up that signals force without a demand is disputed",
            "act_type: troop_build_up\nphysical_force_used: false\non_target_territory_or_forces: false\n"
                + "force_signalled: true\ncoercive_demand: false\nnotified: false",
            ["THREAT_OF_FORCE": .contested, "ROUTINE_ACTIVITY": .notMet], "contested"
        ),
        (
            "ARSIWA Art. 20: force within the host's consent is not used against it",
            "act_type: incursion\nphysical_force_used: true\non_target_territory_or_forces: true\n"
                + "territorial_state_consent: true\nconsent_within_scope: true\nforce_signalled: false",
            ["CONSENT": .met, "USE_OF_FORCE": .met, "TERRITORIAL_SOVEREIGNTY": .notMet], "no_threat_or_use_of_force"
        ),
        (
            "ARSIWA Art. 20: consent not shown to cover the act does not excuse it",
            "act_type: incursion\nphysical_force_used: true\non_target_territory_or_forces: true\n"
                + "territorial_state_consent: true",
            ["CONSENT": .unknown, "USE_OF_FORCE": .met], "use_of_force"
        ),
        (
            "Guyana v Suriname (2007) §445: minimal force is disputed under Art. 2(4), the intrusion is not",
            "act_type: other\nphysical_force_used: true\non_target_territory_or_forces: true\ngravity: minimal\n"
                + "territorial_state_consent: false\nforce_signalled: false",
            ["USE_OF_FORCE": .contested, "TERRITORIAL_SOVEREIGNTY": .met], "violation_of_sovereignty"
        ),
        ("nothing known", "act_type: other", ["USE_OF_FORCE": .unknown], "unknown"),
    ]

    @Test(arguments: cases)
    func rule(_ name: String, _ facts: String, _ statuses: [String: ConditionStatus], _ outcome: String) throws {
        let a = try assess(.useOfForce, facts)
        for (code, status) in statuses { #expect(a[code] == status, "\(name): \(code)") }
        #expect(a.outcomeLabel == outcome, "\(name): outcome")
    }

    /// Every condition of the rule set cites a provision or a judgment paragraph.
    @Test func everyConditionCitesItsSource() throws {
        let book = try #require(LawEngine.shared.ruleBooks(for: .useOfForce).first)
        for rule in book.ruleSet.conditions {
            #expect(!rule.provision.isEmpty, "\(rule.code)")
        }
    }
}
