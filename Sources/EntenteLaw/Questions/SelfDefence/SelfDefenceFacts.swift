/// The facts of the `self_defence` question (UN Charter Art. 51 and customary law).
public enum SelfDefenceFacts: FactDeclarations {
    /// The schema, in the order of `legal-facts.md`, then Entente's extensions.
    public static let schema = FactSchema(
        .selfDefence,
        [actingState, targetState, selfDefenceType, beneficiaryStates, beneficiaryIsState].map(\.entry)
            + LocationFacts.entries
            + [
                armedAttackOccurred, attackGravity, attackerIsState, attackerIdentity, attributionToState,
                attackFromForeignTerritory, burdenOfProofMet, victimDeclaredAttacked, victimRequest,
                victimRequestTiming, reportedToSC, scAuthorisation, scMeasuresTaken, scMeasuresSufficient, necessity,
                proportionality, imminence, territorialStateConsent, occupationOngoing, attackingState,
                attackImputableToTarget, attackAimedAtDefender, scAffirmedRight, territorialStateUnwillingOrUnable,
            ].map(\.entry))

    public static let actingState = fact("acting_state", .state, "The State using force in self-defence.")
    public static let targetState = fact("target_state", .state, "The State against which force is used.")
    public static let selfDefenceType = fact(
        "self_defence_type", .choice(["individual", "collective"]),
        "Individual self-defence, or collective self-defence on behalf of another State.")
    public static let beneficiaryStates = fact(
        "beneficiary_states", .states, "For collective self-defence, the States defended (the victims).")
    public static let beneficiaryIsState = fact(
        "beneficiary_is_state", .truth, "The beneficiary is a State; derived from beneficiary_states when absent.",
        .favours, derivedFrom: "beneficiary_states")
    public static let armedAttackOccurred = fact(SharedFacts.armedAttackOccurred)
    public static let attackGravity = fact(
        "attack_gravity", .choice(["armed_attack", "below_armed_attack"]),
        "Whether the force used reaches the gravity of an armed attack (scale and effects).")
    // Neutral, not favouring: once imputability to the target is read, a State attacker other than
    // the target fails ATTRIBUTION where a non-State one is merely disputed ('unwilling or unable').
    public static let attackerIsState = fact(
        "attacker_is_state", .truth, "The attacker is a State (its organs or forces).")
    static let attackerIdentity = fact("attacker_identity", .text, "Who attacked, for explanations.")
    public static let attributionToState = fact(
        "attribution_to_state", .truth,
        "The attack by non-State actors is attributable to a State (ARSIWA Arts. 4, 8, 11); neutral for the "
            + "reason attacker_is_state is.")
    public static let attackFromForeignTerritory = fact(
        "attack_from_foreign_territory", .truth,
        "A non-State attack came from outside territory the defending State controls.", .favours)
    public static let burdenOfProofMet = fact(
        "burden_of_proof_met", .truth, "The defending State has shown the armed attack and who is responsible for it.",
        .favours,
        derivedFrom: "armed_attack_occurred and attacker_is_state or attribution_to_state, unless "
            + "attack_imputable_to_target or attack_aimed_at_defender is false (ICJ Oil Platforms (2003) §§57, 61)")
    public static let victimDeclaredAttacked = fact(
        "victim_declared_attacked", .truth, "The victim State declared itself the victim of an armed attack.", .favours)
    public static let victimRequest = fact("victim_request", .truth, "The victim State requested assistance.", .favours)
    public static let victimRequestTiming = fact(
        "victim_request_timing", .choice(["before", "after"]),
        "Whether the request was made before the measures were taken or after.")
    public static let reportedToSC = fact(
        "reported_to_sc", .truth, "The measures were reported to the Security Council.", .favours)
    public static let scAuthorisation = fact(
        "sc_authorisation", .truth, "The Security Council authorised the use of force (another basis than Art. 51).")
    public static let scMeasuresTaken = fact(
        "sc_measures_taken", .truth, "The Security Council has taken measures about the situation.", .opposes)
    public static let scMeasuresSufficient = fact(
        "sc_measures_sufficient_to_end_right", .truth,
        "The Council's measures actually maintain or restore peace, ending the right.", .opposes)
    public static let necessity = fact("necessity", .truth, "The force is necessary to repel the attack.", .favours)
    public static let proportionality = fact(
        "proportionality", .truth, "The force is proportionate to repelling the attack.", .favours)
    public static let imminence = fact(
        "imminence", .truth, "An armed attack is imminent (anticipatory self-defence).", .favours)
    public static let territorialStateConsent = fact(SharedFacts.territorialStateConsent)
    public static let occupationOngoing = fact(
        "occupation_ongoing", .truth, "The attacker's military occupation of the victim's territory continues.",
        .favours)

    // Entente's extensions for issue 10: imputability, the target of the attack, the Council's word.
    public static let attackingState = fact(
        "attacking_state", .state,
        "The State whose forces attacked, or to which a non-State attack is attributed.")
    public static let attackImputableToTarget = fact(
        "attack_imputable_to_target", .truth,
        "The armed attack is imputable to the State against which force is used (ICJ Oil Platforms (2003) §§51, 61, 64).",
        .favours, derivedFrom: "attacking_state = target_state")
    public static let attackAimedAtDefender = fact(
        "attack_aimed_at_defender", .truth,
        "The attack was specifically aimed at the defending (or, collectively, the defended) State "
            + "(ICJ Oil Platforms (2003) §64).", .favours)
    public static let scAffirmedRight = fact(
        "sc_affirmed_right", .truth,
        "A Security Council resolution affirmed or recognised the inherent right of self-defence in this situation.",
        .favours)
    public static let territorialStateUnwillingOrUnable = fact(
        "territorial_state_unwilling_or_unable", .truth,
        "The State where the non-State attackers are is unwilling or unable to stop them (the contested test).",
        .favours)
}
