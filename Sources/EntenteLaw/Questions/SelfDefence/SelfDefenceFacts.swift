/// The facts of the `self_defence` question (UN Charter Art. 51 and customary law).
public enum SelfDefenceFacts {
    /// The schema, in the order of `legal-facts.md`, then Entente's extensions.
    public static let schema = FactSchema(
        .selfDefence,
        [
            FactEntry(name: "acting_state", kind: .state, summary: "The State using force in self-defence."),
            FactEntry(name: "target_state", kind: .state, summary: "The State against which force is used."),
            FactEntry(
                name: "self_defence_type", kind: .choice(["individual", "collective"]),
                summary: "Individual self-defence, or collective self-defence on behalf of another State."),
            FactEntry(
                name: "beneficiary_states", kind: .states,
                summary: "For collective self-defence, the States defended (the victims)."),
            FactEntry(
                name: "beneficiary_is_state", kind: .truth,
                summary: "The beneficiary is a State; derived from beneficiary_states when absent.",
                polarity: .favours, derivedFrom: "beneficiary_states"),
        ] + locationEntries + [
            SharedFacts.armedAttackOccurred,
            FactEntry(
                name: "attack_gravity", kind: .choice(["armed_attack", "below_armed_attack"]),
                summary: "Whether the force used reaches the gravity of an armed attack (scale and effects)."),
            FactEntry(
                name: "attacker_is_state", kind: .truth, summary: "The attacker is a State (its organs or forces).",
                polarity: .favours),
            FactEntry(name: "attacker_identity", kind: .text, summary: "Who attacked, for explanations."),
            FactEntry(
                name: "attribution_to_state", kind: .truth,
                summary: "The attack by non-State actors is attributable to a State (ARSIWA Arts. 4, 8, 11).",
                polarity: .favours),
            FactEntry(
                name: "attack_from_foreign_territory", kind: .truth,
                summary: "A non-State attack came from outside territory the defending State controls.",
                polarity: .favours),
            FactEntry(
                name: "burden_of_proof_met", kind: .truth,
                summary: "The defending State has shown the armed attack and who is responsible for it.",
                polarity: .favours),
            FactEntry(
                name: "victim_declared_attacked", kind: .truth,
                summary: "The victim State declared itself the victim of an armed attack.", polarity: .favours),
            FactEntry(
                name: "victim_request", kind: .truth, summary: "The victim State requested assistance.",
                polarity: .favours),
            FactEntry(
                name: "victim_request_timing", kind: .choice(["before", "after"]),
                summary: "Whether the request was made before the measures were taken or after."),
            FactEntry(
                name: "reported_to_sc", kind: .truth, summary: "The measures were reported to the Security Council.",
                polarity: .favours),
            FactEntry(
                name: "sc_authorisation", kind: .truth,
                summary: "The Security Council authorised the use of force (another basis than Art. 51)."),
            FactEntry(
                name: "sc_measures_taken", kind: .truth,
                summary: "The Security Council has taken measures about the situation.", polarity: .opposes),
            FactEntry(
                name: "sc_measures_sufficient_to_end_right", kind: .truth,
                summary: "The Council's measures actually maintain or restore peace, ending the right.",
                polarity: .opposes),
            FactEntry(
                name: "necessity", kind: .truth, summary: "The force is necessary to repel the attack.",
                polarity: .favours),
            FactEntry(
                name: "proportionality", kind: .truth, summary: "The force is proportionate to repelling the attack.",
                polarity: .favours),
            FactEntry(
                name: "imminence", kind: .truth, summary: "An armed attack is imminent (anticipatory self-defence).",
                polarity: .favours),
            SharedFacts.territorialStateConsent,
            FactEntry(
                name: "occupation_ongoing", kind: .truth,
                summary: "The attacker's military occupation of the victim's territory continues.",
                polarity: .favours),
        ])

    public static let actingState = schema.required("acting_state")
    public static let targetState = schema.required("target_state")
    public static let selfDefenceType = schema.required("self_defence_type")
    public static let beneficiaryStates = schema.required("beneficiary_states")
    public static let beneficiaryIsState = schema.required("beneficiary_is_state")
    public static let armedAttackOccurred = schema.required(SharedFacts.armedAttackOccurred)
    public static let attackGravity = schema.required("attack_gravity")
    public static let attackerIsState = schema.required("attacker_is_state")
    public static let attributionToState = schema.required("attribution_to_state")
    public static let attackFromForeignTerritory = schema.required("attack_from_foreign_territory")
    public static let burdenOfProofMet = schema.required("burden_of_proof_met")
    public static let victimDeclaredAttacked = schema.required("victim_declared_attacked")
    public static let victimRequest = schema.required("victim_request")
    public static let victimRequestTiming = schema.required("victim_request_timing")
    public static let reportedToSC = schema.required("reported_to_sc")
    public static let scAuthorisation = schema.required("sc_authorisation")
    public static let scMeasuresTaken = schema.required("sc_measures_taken")
    public static let scMeasuresSufficient = schema.required("sc_measures_sufficient_to_end_right")
    public static let necessity = schema.required("necessity")
    public static let proportionality = schema.required("proportionality")
    public static let imminence = schema.required("imminence")
    public static let territorialStateConsent = schema.required(SharedFacts.territorialStateConsent)
    public static let occupationOngoing = schema.required("occupation_ongoing")
}
