import EntenteCore

/// The facts of the `regional_enforcement` question (UN Charter Arts. 52–54).
public enum RegionalEnforcementFacts: FactDeclarations {
    /// The schema.
    public static let schema = FactSchema(
        .regionalEnforcement,
        [
            regionalBody, isRegionalArrangement, actionType, scAuthorisation, authorisationTiming,
            withinAuthorisedScope, scInformed, armedAttack, territorialStateConsent,
        ].map(\.entry) + LocationFacts.entries)

    static let regionalBody = fact("regional_body", .text, "The regional arrangement or agency acting.")
    public static let isRegionalArrangement = fact(
        "is_regional_arrangement", .truth, "The body is a regional arrangement or agency within Art. 52(1).")
    public static let actionType = fact(
        "action_type", .choice(["enforcement", "peaceful_settlement", "peacekeeping", "collective_self_defence"]),
        "What the body does: coercive enforcement, peaceful settlement, consensual peacekeeping, or collective self-defence."
    )
    public static let scAuthorisation = fact(
        "sc_authorisation", .truth, "The Security Council authorised the action.", .favours)
    public static let authorisationTiming = fact(
        "authorisation_timing", .choice(["prior", "ex_post"]),
        "Whether the authorisation came before the action or only afterwards.")
    public static let withinAuthorisedScope = fact(
        "within_authorised_scope", .truth, "The action stays within what the Council authorised.", .favours)
    public static let scInformed = fact("sc_informed_art54", .truth, "The Council was kept fully informed (Art. 54).")
    public static let armedAttack = fact(
        "armed_attack_on_acting_states", .truth,
        "An armed attack on the acting States (or a member) opens collective self-defence.", .favours)
    public static let territorialStateConsent = fact(SharedFacts.territorialStateConsent)
}

/// Regional arrangements: UN Charter Arts. 52–54 (legal-sources §1.4).
public enum RegionalEnforcementRules {
    typealias F = RegionalEnforcementFacts

    /// The rule set.
    public static let ruleSet = RuleSet(
        "regional_enforcement", title: "Regional enforcement — UN Charter Arts. 52–54", schema: F.schema,
        outcomes: ["no_charter_basis", "partly_authorised", "contested", "unknown", "lawful"],
        ranking: [["no_charter_basis"], ["partly_authorised"], ["contested", "unknown"], ["lawful"]]
    ) {
        Evidence(
            "REGIONAL_ARRANGEMENT", "UN Charter Art. 52(1)",
            test: fact(F.isRegionalArrangement),
            met: "The body is a regional arrangement or agency, so Chapter VIII governs its action.",
            notMet: "The body is not a regional arrangement; its coercive action needs Council authorisation under "
                + "Chapter VII in any case.",
            unknown: "Whether the body is a regional arrangement is not stated.")
        Exception(
            "TERRITORIAL_CONSENT", "UN Charter Art. 53(1) read with ARSIWA Art. 20", to: "ENFORCEMENT_ACTION",
            test: fact(F.territorialStateConsent),
            met: "The territorial State's government consents, so the action is not enforcement against it.",
            notMet: "The territorial State does not consent.",
            unknown: "Whether the territorial State consents is not established; consent is never presumed.")
        Threshold(
            "ENFORCEMENT_ACTION", "UN Charter Arts. 52(1)–(3), 53(1)",
            test: (choice(F.actionType, is: "enforcement") || choice(F.actionType, is: "collective_self_defence"))
                && unless(F.territorialStateConsent),
            met: "The action is coercive, against the will of the territorial State: enforcement within Art. 53.",
            notMet: "The action is peaceful settlement or consensual, which Art. 52 permits without Council "
                + "authorisation.",
            unknown: "What kind of action the body takes is not stated.")
        Requirement(
            "SC_AUTHORISATION", "UN Charter Art. 53(1)",
            appliesWhen: !notMet("ENFORCEMENT_ACTION"),
            contestedWhen: fact(F.scAuthorisation) && choice(F.authorisationTiming, is: "ex_post"),
            test: fact(F.scAuthorisation),
            met: "The Security Council authorised the enforcement action.",
            notMet: "The Security Council did not authorise it, and no enforcement action may be taken under regional "
                + "arrangements without that authorisation.",
            unknown: "Whether the Security Council authorised the action is not established.",
            notApplicable: "The action is not enforcement, so it needs no Council authorisation.",
            contested: "The Council only commended the action afterwards; whether ex-post approval authorises it is "
                + "disputed.")
        Requirement(
            "WITHIN_AUTHORISED_SCOPE", "UN Charter Art. 53(1) (the authorisation's terms)",
            appliesWhen: status("SC_AUTHORISATION", .met, .contested, .unknown),
            test: fact(F.withinAuthorisedScope),
            met: "The action stays within what the Council authorised.",
            notMet: "The action goes beyond what the Council authorised.",
            unknown: "Whether the action stays within the authorisation is not established.",
            notApplicable: "There is no authorisation whose scope matters.")
        AlternativeBasis(
            "ARMED_ATTACK", "UN Charter Art. 51 (collective self-defence is outside Art. 53)",
            appliesWhen: !notMet("ENFORCEMENT_ACTION"),
            test: fact(F.armedAttack),
            met: "An armed attack on the acting States opens collective self-defence under Art. 51, which needs no "
                + "Council authorisation (assess it with the self_defence question).",
            notMet: "There was no armed attack on the acting States, so Art. 51 gives no basis.",
            unknown: "Whether there was an armed attack on the acting States is not established.",
            notApplicable: "The action is not coercive, so no self-defence basis is needed.")
        Evidence(
            "SC_INFORMED_ART54", "UN Charter Art. 54",
            test: fact(F.scInformed),
            met: "The Security Council was kept fully informed.",
            notMet: "The Security Council was not kept informed: a defect under Art. 54, which does not by itself make "
                + "the action unlawful.",
            unknown: "Whether the Security Council was kept informed is not stated.")

        Outcome(
            "lawful", when: notMet("ENFORCEMENT_ACTION"),
            because: "Peaceful settlement and consensual action by regional bodies need no Council authorisation.")
        Outcome(
            "lawful", when: met("SC_AUTHORISATION") && met("WITHIN_AUTHORISED_SCOPE"),
            because: "The Council authorised the enforcement action and it stays within the authorisation.")
        Outcome(
            "lawful", when: met("ARMED_ATTACK"),
            because: "The action rests on collective self-defence (Art. 51), not on Art. 53.")
        Outcome(
            "partly_authorised",
            when: met("SC_AUTHORISATION") && notMet("WITHIN_AUTHORISED_SCOPE") && notMet("ARMED_ATTACK"),
            because: "The Council authorised enforcement, but the action goes beyond the authorisation and no armed "
                + "attack supplies another basis.")
        Outcome(
            "contested", when: contested("SC_AUTHORISATION"),
            because: "The only authorisation came after the action; its effect is disputed.")
        Outcome(
            "no_charter_basis", when: notMet("SC_AUTHORISATION") && notMet("ARMED_ATTACK"),
            because: "Enforcement by a regional arrangement without Council authorisation, and without an armed attack "
                + "to answer, has no basis in the Charter.")
        Outcome("unknown", when: always, because: "A fact the legal basis depends on is unknown.")
    }
}

enum RegionalEnforcementModule {
    static let module = QuestionModule(
        question: .regionalEnforcement, schema: RegionalEnforcementFacts.schema,
        ruleSets: [RegionalEnforcementRules.ruleSet],
        firstDay: (charterInForce, "the UN Charter entered into force on 24 October 1945"))
}
