import EntenteCore

/// The prohibition of the threat or use of force and the principle of non-intervention: UN Charter
/// Art. 2(4), GA res. 2625 (XXV) and 3314 (XXIX), and the ICJ's reading of them.
///
/// Whether an act *is* force comes first; whether force is justified (self-defence, Council
/// authorisation) is the business of the `self_defence` and `sc_authorisation` questions, and the
/// reasons here point to them.
public enum UseOfForceRules {
    typealias F = UseOfForceFacts

    static let showOfForce =
        choice(F.actType, is: "exercise_near_border") || choice(F.actType, is: "troop_build_up")
        || choice(F.actType, is: "demonstration_of_force")

    /// The rule set.
    public static let ruleSet = RuleSet(
        "use_of_force", title: "Threat or use of force — UN Charter Art. 2(4) and non-intervention",
        schema: F.schema,
        outcomes: [
            "use_of_force", "threat_of_force", "violation_of_sovereignty", "intervention", "contested", "unknown",
            "no_threat_or_use_of_force",
        ],
        ranking: [
            ["use_of_force"], ["threat_of_force"], ["violation_of_sovereignty", "intervention"],
            ["contested", "unknown"], ["no_threat_or_use_of_force"],
        ]
    ) {
        Exception(
            "CONSENT", "UN Charter Art. 2(4) ('against' a State) read with ARSIWA Art. 20", to: "USE_OF_FORCE",
            test: fact(F.territorialStateConsent) && fact(F.consentWithinScope),
            met: "The target State's government consented and the act stays within the consent, so the force is "
                + "not used against it.",
            notMet: "There is no consent covering the act.",
            unknown: "Consent or its scope is not established; consent is never presumed.")
        Requirement(
            "USE_OF_FORCE",
            "UN Charter Art. 2(4); ICJ Nicaragua (1986) §§191, 228; GA res. 3314 (XXIX) Art. 3(c)",
            contestedWhen: fact(F.physicalForceUsed) && fact(F.onTargetTerritoryOrForces)
                && choice(F.gravity, is: "minimal") && !choice(F.actType, is: "blockade")
                && !choice(F.actType, is: "arming_training_irregulars"),
            test: (fact(F.physicalForceUsed) && fact(F.onTargetTerritoryOrForces))
                || (choice(F.actType, is: "blockade") && fact(F.physicalForceUsed))
                || (choice(F.actType, is: "arming_training_irregulars") && fact(F.armsAndTrainingToIrregulars)),
            met: "Armed force is used against the target State: force employed on its territory or against its "
                + "forces, a blockade of its ports or coasts by armed forces (res. 3314 Art. 3(c)), or arming and "
                + "training armed bands against it (Nicaragua §228).",
            notMet: "No armed force is employed against the target State; the mere supply of funds to rebels is not "
                + "itself a use of force (Nicaragua §228).",
            unknown: "Whether armed force was employed against the target State is not established.",
            contested: "The force employed is minimal; whether a gravity threshold keeps such incidents outside Art. "
                + "2(4) is disputed (cf. Guyana v Suriname (2007) §445 on law enforcement).")
        Evidence(
            "GRAVITY", "ICJ Nicaragua (1986) §§191, 195",
            appliesWhen: met("USE_OF_FORCE"),
            test: choice(F.gravity, is: "armed_attack_scale"),
            met: "The force is of the gravest form, an armed attack by its scale and effects: the target State may "
                + "answer in self-defence (assess the self_defence question).",
            notMet: "A less grave form of force: a breach of Art. 2(4) that does not amount to an armed attack "
                + "(Nicaragua §191), so it does not by itself open Art. 51.",
            unknown: "Whether the force reaches the scale and effects of an armed attack is not stated.",
            notApplicable: "No use of force, so its gravity does not arise.")
        Requirement(
            "THREAT_OF_FORCE", "UN Charter Art. 2(4); ICJ Nuclear Weapons AO (1996) §47; Guyana v Suriname (2007) §445",
            contestedWhen: fact(F.forceSignalled) && !fact(F.coerciveDemand) && showOfForce,
            test: fact(F.forceSignalled) && fact(F.coerciveDemand),
            met: "The act signals readiness to use force if the target State does not comply with a demand: a "
                + "threat of force (Nuclear Weapons §47; the order to a rig to leave 'or the consequences will be "
                + "yours' was a threat, Guyana v Suriname §445).",
            notMet: "The act signals no readiness to use force tied to a demand on the target State.",
            unknown: "Whether the act signals readiness to use force tied to a demand is not established.",
            contested: "Force is displayed near the target State without a demand; whether a show of force alone "
                + "is a threat is disputed.")
        Requirement(
            "THREATENED_FORCE_UNLAWFUL", "ICJ Nuclear Weapons AO (1996) §47",
            appliesWhen: status("THREAT_OF_FORCE", .met, .contested),
            test: unless(F.threatenedForceLawful),
            met: "The force threatened would itself be unlawful, so the threat is unlawful (Nuclear Weapons §47); "
                + "the State relying on a lawful response has not established it.",
            notMet: "The force threatened would be lawful (e.g. self-defence), so the threat is not prohibited "
                + "(Nuclear Weapons §47).",
            notApplicable: "No threat of force, so the lawfulness of the force threatened does not arise.")
        Requirement(
            "TERRITORIAL_SOVEREIGNTY", "ICJ Corfu Channel (1949), merits, p. 35",
            test: fact(F.onTargetTerritoryOrForces)
                && (unless(F.territorialStateConsent)
                    || !established(F.consentWithinScope)),
            met: "Armed forces act in the target State's territory or waters without its consent: a violation of "
                + "its sovereignty even when no one is harmed (Corfu Channel, Operation Retail).",
            notMet: "The act does not take place in the target State's territory or waters, or it consented.",
            unknown: "Whether the act takes place in the target State's territory or waters is not established.")
        Requirement(
            "COERCIVE_INTERVENTION", "GA res. 2625 (XXV); ICJ Nicaragua (1986) §§205, 228",
            test: established(F.coercionOnReservedMatters) || established(F.fundsOnly),
            met: "The act coerces the target State on matters it may decide freely (or finances armed opposition "
                + "to it): a wrongful intervention (Nicaragua §§205, 228).",
            notMet: "No coercion on a matter within the target State's free choice is established; the State "
                + "alleging intervention must show it.")
        Evidence(
            "ROUTINE_ACTIVITY", "UN Charter Art. 2(4); Vienna Document 2011 Ch. V (prior notification)",
            appliesWhen: showOfForce,
            test: fact(F.ownTerritoryRoutine) && fact(F.notified),
            met: "A routine, notified activity on the acting State's own territory points against a threat.",
            notMet: "The activity is not routine or was not notified, which weighs toward a signal of force.",
            unknown: "Whether the activity is routine and notified is not stated.",
            notApplicable: "The act is not an exercise, build-up or demonstration.")

        Outcome(
            "use_of_force", when: met("USE_OF_FORCE") && !met("CONSENT"),
            because: "Armed force is used against the target State: prohibited by Art. 2(4) unless self-defence or "
                + "Council authorisation justifies it (assess those questions).")
        Outcome(
            "threat_of_force", when: met("THREAT_OF_FORCE") && met("THREATENED_FORCE_UNLAWFUL"),
            because: "The act threatens force that would itself be unlawful: prohibited by Art. 2(4).")
        Outcome(
            "violation_of_sovereignty", when: met("TERRITORIAL_SOVEREIGNTY"),
            because: "Armed forces acted in the target State's territory without its consent.")
        Outcome(
            "intervention", when: met("COERCIVE_INTERVENTION"),
            because: "The act coerces the target State on matters within its free choice: a breach of the "
                + "principle of non-intervention.")
        Outcome(
            "contested", when: contested("USE_OF_FORCE") && !met("CONSENT"),
            because: "Minimal force was used; whether it falls under Art. 2(4) is disputed.")
        Outcome(
            "contested", when: contested("THREAT_OF_FORCE") && met("THREATENED_FORCE_UNLAWFUL"),
            because: "Force is displayed without a demand; whether that is a threat is disputed.")
        Outcome(
            "no_threat_or_use_of_force",
            when: (notMet("USE_OF_FORCE") || met("CONSENT"))
                && (notMet("THREAT_OF_FORCE") || notMet("THREATENED_FORCE_UNLAWFUL"))
                && notMet("TERRITORIAL_SOVEREIGNTY") && notMet("COERCIVE_INTERVENTION"),
            because: "The act is neither a threat nor a use of force against the target State, nor a coercive "
                + "intervention.")
        Outcome("unknown", when: always, because: "A fact the answer depends on is unknown.")
    }
}

enum UseOfForceModule {
    static let module = QuestionModule(
        question: .useOfForce, schema: UseOfForceFacts.schema, ruleSets: [UseOfForceRules.ruleSet],
        firstDay: (charterInForce, "the UN Charter entered into force on 24 October 1945"))
}
