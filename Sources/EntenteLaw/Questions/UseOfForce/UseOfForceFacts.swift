import EntenteCore

/// The facts of the `use_of_force` question: is an act a threat or use of force (UN Charter
/// Art. 2(4)) or a coercive intervention (the customary principle of non-intervention)?
///
/// Polarity is stated from the acting State's side: facts that make the act a threat, a use of
/// force or an intervention `oppose`; consent and a lawful threatened response `favour`.
public enum UseOfForceFacts: FactDeclarations {
    /// The schema.
    public static let schema = FactSchema(
        .useOfForce,
        [
            actingState, targetState, actType, physicalForceUsed, onTargetTerritoryOrForces, territorialStateConsent,
            consentWithinScope, gravity, forceSignalled, coerciveDemand, threatenedForceLawful,
            armsAndTrainingToIrregulars, fundsOnly, coercionOnReservedMatters, ownTerritoryRoutine, notified,
        ].map(\.entry) + LocationFacts.entries)

    static let actingState = fact("acting_state", .state, "The State whose act is judged.")
    static let targetState = fact("target_state", .state, "The State the act is directed at.")
    public static let actType = fact(
        "act_type",
        .choice([
            "exercise_near_border", "troop_build_up", "blockade", "demonstration_of_force", "incursion",
            "arming_training_irregulars", "naval_operation", "ultimatum", "other",
        ]),
        "What the act is: an exercise near a border, a troop build-up, a blockade of ports or coasts, a "
            + "demonstration of force, an incursion, arming and training irregulars, a naval operation (e.g. "
            + "minesweeping), an ultimatum, or another act.")
    public static let physicalForceUsed = fact(
        "physical_force_used", .truth,
        "Armed force was physically employed (fire, boarding, forcible removal, minesweeping by warships, crossing "
            + "with armed units).", .opposes)
    public static let onTargetTerritoryOrForces = fact(
        "on_target_territory_or_forces", .truth,
        "The force was employed on the target State's territory, territorial sea or airspace, or against its "
            + "forces, vessels or aircraft.", .opposes)
    public static let territorialStateConsent = fact(SharedFacts.territorialStateConsent)
    public static let consentWithinScope = fact(
        "consent_within_scope", .truth, "The act stays within what the target State consented to.", .favours)
    public static let gravity = fact(
        "gravity", .choice(["armed_attack_scale", "below_armed_attack", "minimal"]),
        "The scale and effects of the force: enough for an armed attack, a less grave use of force, or minimal.")
    public static let forceSignalled = fact(
        "force_signalled", .truth,
        "The act signals, expressly or by its circumstances, readiness to use force against the target State.",
        .opposes)
    public static let coerciveDemand = fact(
        "coercive_demand", .truth,
        "The signal is tied to a demand on the target State (to leave, to yield, to change a decision).", .opposes)
    public static let threatenedForceLawful = fact(
        "threatened_force_lawful", .truth,
        "The force threatened would itself be lawful (e.g. self-defence against an armed attack, Council "
            + "authorisation).", .favours)
    public static let armsAndTrainingToIrregulars = fact(
        "arms_and_training_to_irregulars", .truth,
        "The acting State arms and trains armed bands operating against the target State.", .opposes)
    public static let fundsOnly = fact(
        "funds_only", .truth, "The support to irregulars is money alone, without arms or training.")
    public static let coercionOnReservedMatters = fact(
        "coercion_on_reserved_matters", .truth,
        "The act coerces the target State on a matter it may decide freely (its political, economic, social or "
            + "cultural system, its foreign policy).", .opposes)
    public static let ownTerritoryRoutine = fact(
        "own_territory_routine", .truth,
        "The activity takes place on the acting State's own territory or on the high seas as routine training.")
    public static let notified = fact(
        "notified", .truth, "The activity was announced or notified beforehand (e.g. under the Vienna Document).")
}
