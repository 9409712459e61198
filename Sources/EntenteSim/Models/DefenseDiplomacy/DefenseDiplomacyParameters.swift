/// The defense-diplomacy model's parameters: specs for scenario files and one design point's values,
/// read once when the model is built (never in the step loop).
///
/// Time is in months. Every default is either taken from a source named in its help text or marked
/// "modelling choice"; `docs/model.md` gives the reasoning for each.
struct DefenseDiplomacyParameters: Sendable {
    static let specs: [ParameterSpec] = [
        // World
        ParameterSpec(
            "synthetic_states", 50, 2...2000, integer: true,
            "states in a synthetic world, used when the scenario names no knowledge-base world (count; modelling choice)"
        ),
        ParameterSpec(
            "world_seed", 1, 0...1e15, integer: true,
            "seed of the synthetic world's layout, shared by every replicate (modelling choice)"),
        // 1 Engagement
        ParameterSpec(
            "engagement_rate", 0.5, 0...1,
            "probability per month that a state runs one defense-diplomacy activity (1/month; modelling choice)"),
        ParameterSpec(
            "choice_sharpness", 3, 0...50,
            "softmax sharpness of partner choice over partner scores (dimensionless; modelling choice)"),
        ParameterSpec(
            "weight_trust", 1, 0...10, "weight of existing trust in partner choice (dimensionless; modelling choice)"),
        ParameterSpec(
            "weight_membership", 0.5, 0...10,
            "weight of shared organisation memberships in partner choice (per shared organisation, max 3; modelling choice)"
        ),
        ParameterSpec(
            "weight_value", 1, 0...10,
            "weight of the partner's capability share (strategic value) in partner choice (modelling choice)"),
        ParameterSpec(
            "weight_sovereignty", 0.5, 0...10,
            "weight of the sovereignty cost of intrusive instruments in partner choice (modelling choice)"),
        ParameterSpec(
            "regime_exercise_rate", 1, 0...24,
            "multilateral exercises of the regime's members per year (1/year; ADMM-Plus held about one field exercise a year 2011–2016)"
        ),
        ParameterSpec(
            "great_power_exercise_rate", 0.1, 0...1,
            "probability per month that each major power exercises with a partner near third states (1/month; modelling choice)"
        ),
        // 2 Dyadic effects
        ParameterSpec(
            "trust_gain", 0.03, 0...1,
            "fraction of the remaining distance to full trust closed by one activity (saturating; modelling choice)"),
        ParameterSpec(
            "transparency_gain", 0.05, 0...1,
            "fraction of the remaining distance to full transparency closed by one dialogue-type activity (modelling choice)"
        ),
        ParameterSpec(
            "interoperability_gain", 0.05, 0...1,
            "fraction of the remaining distance to full interoperability closed by one exercise (modelling choice)"),
        ParameterSpec(
            "trust_decay", 0.005, 0...1,
            "monthly relaxation of trust towards its initial level (1/month; modelling choice)"),
        ParameterSpec(
            "capacity_gain", 0.002, 0...0.1,
            "recipient spending added per capacity-building activity, as a share of the donor's spending (modelling choice)"
        ),
        // 3 Third-party threat
        ParameterSpec(
            "threat_scale", 0.05, 0...1,
            "threat added to a nearby non-participant by a bilateral warfighting exercise of a full-capability participant (modelling choice)"
        ),
        ParameterSpec(
            "warfighting_share", 0.5, 0...1,
            "share of exercises with a warfighting rather than humanitarian focus (modelling choice)"),
        ParameterSpec(
            "humanitarian_factor", 0.3, 0...1,
            "threat of a humanitarian exercise relative to a warfighting one (modelling choice)"),
        ParameterSpec(
            "notification_mitigation", 0.5, 0...1,
            "share of third-party threat removed by prior notification (modelling choice; Vienna Document logic)"),
        ParameterSpec(
            "observer_mitigation", 0.3, 0...1,
            "share of third-party threat removed by inviting observers (modelling choice)"),
        ParameterSpec(
            "observer_rate", 0.1, 0...1,
            "probability that an exercise outside a binding regime invites observers (modelling choice)"),
        ParameterSpec(
            "great_power_notification", 0.5, 0...1,
            "probability that a major power's exercise is notified outside a binding regime (modelling choice)"),
        ParameterSpec(
            "threat_decay", 0.02, 0...1, "monthly decay of perceived threat (1/month; modelling choice)"),
        // 4 Arms dynamics
        ParameterSpec(
            "arms_reaction", 0.02, 0...1,
            "Richardson reaction: spending response, relative to own initial level, to threat-weighted world spending (1/month; Richardson 1960 form, modelling choice)"
        ),
        ParameterSpec(
            "arms_fatigue", 0.01, 0...1,
            "Richardson fatigue: monthly pull of spending back to its initial level (1/month; Richardson 1960 form, modelling choice)"
        ),
        ParameterSpec(
            "economy_ceiling", 3, 1...100,
            "spending ceiling as a multiple of the initial spending: the economy's bound (× initial; modelling choice)"),
        // 5 Norms
        ParameterSpec(
            "norm_act_rate", 0.2, 0...1,
            "probability per month that a state acts on each norm (1/month; modelling choice)"),
        ParameterSpec(
            "initial_adherence", 0.5, 0...1, "initial probability of conforming to each norm (modelling choice)"),
        ParameterSpec(
            "norm_visibility", 0.5, 0...1,
            "probability that a contrary act is seen (Axelrod 1986's 'seen' probability, as a population mean)"),
        ParameterSpec(
            "vengefulness", 0.5, 0...1, "mean probability that a witness sanctions a contrary act (Axelrod 1986)"),
        ParameterSpec(
            "metanorm_pressure", 0.5, 0...1,
            "extra sanction probability among members of a monitored regime (Axelrod 1986 metanorms)"),
        ParameterSpec(
            "norm_learning", 0.02, 0...1, "adherence change per sanctioned or unsanctioned act (modelling choice)"),
        ParameterSpec(
            "statement_rate", 0.05, 0...1,
            "probability per month that a conforming state states the norm as law (opinio juris; modelling choice)"),
        // 6 Regimes
        ParameterSpec(
            "regime_binding", 0, 0...1, integer: true,
            "1 = the regime is a binding confidence-building treaty: members notify and invite observers"),
        ParameterSpec(
            "regime_monitoring", 0, 0...1, integer: true, "1 = the regime monitors compliance (metanorm pressure)"),
        ParameterSpec(
            "dispute_settlement", 0, 0...1, integer: true,
            "1 = the regime has a dispute-settlement mechanism (lowers escalation between members)"),
        ParameterSpec(
            "dispute_settlement_effect", 0.5, 0...1,
            "share of escalation probability removed between members by dispute settlement (modelling choice)"),
        ParameterSpec(
            "decision_rule", 0, 0...1, integer: true,
            "regime decision-making: 0 = equal (one state, one vote), 1 = weighted by capability"),
        ParameterSpec(
            "sovereignty_cost", 0.3, 0...5,
            "membership cost of a binding, monitored regime for a fully sovereignty-sensitive state (modelling choice)"),
        ParameterSpec(
            "regime_review_months", 12, 1...600, integer: true,
            "months between a state's reconsiderations of membership (months; modelling choice)"),
        // 7 Crises and attacks
        ParameterSpec(
            "crisis_base", 0.0005, 0...1,
            "monthly crisis probability of a politically relevant dyad at zero threat, distrust and rivalry (1/month; MID base rates are of this order)"
        ),
        ParameterSpec("crisis_threat_effect", 2, 0...20, "log-hazard per unit of mutual threat (modelling choice)"),
        ParameterSpec(
            "crisis_rivalry_effect", 1.5, 0...20,
            "log-hazard of a strategic rivalry (modelling choice; rivals dispute far more often, Thompson 2001)"),
        ParameterSpec("crisis_distrust_effect", 1, 0...20, "log-hazard per unit of distrust (modelling choice)"),
        ParameterSpec(
            "crisis_regime_effect", 0.5, 0...20,
            "log-hazard removed when both states are regime members (modelling choice)"),
        ParameterSpec(
            "crisis_interoperability_effect", 0.5, 0...20,
            "log-hazard removed per unit of interoperability (joint exercises do not escalate disputes: Kuo & Blankenship 2022)"
        ),
        ParameterSpec(
            "escalation_base", 0.1, 0...1,
            "probability that a crisis between equals without allies becomes an armed attack (modelling choice)"),
        ParameterSpec(
            "deterrence_effect", 2, 0...20,
            "how strongly credible allied capability deters escalation (per unit of capability ratio; modelling choice)"
        ),
        ParameterSpec(
            "initial_credibility", 0.7, 0...1,
            "initial probability that an ally bound by a defense obligation honours it (modelling choice; Leeds 2003 finds ~75%)"
        ),
        ParameterSpec(
            "honour_gain", 0.2, 0...1,
            "trust of the victim in an ally that honours its obligation, gained (modelling choice)"),
        ParameterSpec(
            "betrayal_loss", 0.3, 0...1,
            "trust lost in an ally that breaks its obligation, by all its partners (modelling choice)"),
        ParameterSpec(
            "attack_month", 0, 0...1200, integer: true,
            "month of a scheduled armed attack (0 = none; set from 'world: attack' in scenario files)"),
        ParameterSpec(
            "attacker", -1, -1...100000, integer: true,
            "dense id of the scheduled attacker (-1 = none; set from 'world: attack' by state code)"),
        ParameterSpec(
            "attack_target", -1, -1...100000, integer: true,
            "dense id of the scheduled attack's target (-1 = none; set from 'world: attack' by state code)"),
        // Postures
        ParameterSpec(
            "focal_state", -1, -1...100000, integer: true,
            "dense id of a state whose posture the scenario sets (-1 = none; set from 'world: posture')"),
        ParameterSpec(
            "focal_posture", -1, -1...2, integer: true,
            "posture of the focal state: 0 aligned, 1 hedging (free and active), 2 isolationist, -1 from data"),
    ]

    var syntheticStates: Int
    var worldSeed: UInt64
    var engagementRate: Double
    var choiceSharpness: Double
    var weightTrust: Double
    var weightMembership: Double
    var weightValue: Double
    var weightSovereignty: Double
    var regimeExerciseRate: Double
    var greatPowerExerciseRate: Double
    var trustGain: Double
    var transparencyGain: Double
    var interoperabilityGain: Double
    var trustDecay: Double
    var capacityGain: Double
    var threatScale: Double
    var warfightingShare: Double
    var humanitarianFactor: Double
    var notificationMitigation: Double
    var observerMitigation: Double
    var observerRate: Double
    var greatPowerNotification: Double
    var threatDecay: Double
    var armsReaction: Double
    var armsFatigue: Double
    var economyCeiling: Double
    var normActRate: Double
    var initialAdherence: Double
    var normVisibility: Double
    var vengefulness: Double
    var metanormPressure: Double
    var normLearning: Double
    var statementRate: Double
    var regimeBinding: Bool
    var regimeMonitoring: Bool
    var disputeSettlement: Bool
    var disputeSettlementEffect: Double
    var powerWeighted: Bool
    var sovereigntyCost: Double
    var regimeReviewMonths: Int
    var crisisBase: Double
    var crisisThreatEffect: Double
    var crisisRivalryEffect: Double
    var crisisDistrustEffect: Double
    var crisisRegimeEffect: Double
    var crisisInteroperabilityEffect: Double
    var escalationBase: Double
    var deterrenceEffect: Double
    var initialCredibility: Double
    var honourGain: Double
    var betrayalLoss: Double
    var attackMonth: Int
    var attacker: Int
    var attackTarget: Int
    var focalState: Int
    var focalPosture: Int

    init(_ v: ModelParameters) {
        syntheticStates = v.integer("synthetic_states")
        worldSeed = UInt64(v["world_seed"])
        engagementRate = v["engagement_rate"]
        choiceSharpness = v["choice_sharpness"]
        weightTrust = v["weight_trust"]
        weightMembership = v["weight_membership"]
        weightValue = v["weight_value"]
        weightSovereignty = v["weight_sovereignty"]
        regimeExerciseRate = v["regime_exercise_rate"]
        greatPowerExerciseRate = v["great_power_exercise_rate"]
        trustGain = v["trust_gain"]
        transparencyGain = v["transparency_gain"]
        interoperabilityGain = v["interoperability_gain"]
        trustDecay = v["trust_decay"]
        capacityGain = v["capacity_gain"]
        threatScale = v["threat_scale"]
        warfightingShare = v["warfighting_share"]
        humanitarianFactor = v["humanitarian_factor"]
        notificationMitigation = v["notification_mitigation"]
        observerMitigation = v["observer_mitigation"]
        observerRate = v["observer_rate"]
        greatPowerNotification = v["great_power_notification"]
        threatDecay = v["threat_decay"]
        armsReaction = v["arms_reaction"]
        armsFatigue = v["arms_fatigue"]
        economyCeiling = v["economy_ceiling"]
        normActRate = v["norm_act_rate"]
        initialAdherence = v["initial_adherence"]
        normVisibility = v["norm_visibility"]
        vengefulness = v["vengefulness"]
        metanormPressure = v["metanorm_pressure"]
        normLearning = v["norm_learning"]
        statementRate = v["statement_rate"]
        regimeBinding = v.flag("regime_binding")
        regimeMonitoring = v.flag("regime_monitoring")
        disputeSettlement = v.flag("dispute_settlement")
        disputeSettlementEffect = v["dispute_settlement_effect"]
        powerWeighted = v.flag("decision_rule")
        sovereigntyCost = v["sovereignty_cost"]
        regimeReviewMonths = v.integer("regime_review_months")
        crisisBase = v["crisis_base"]
        crisisThreatEffect = v["crisis_threat_effect"]
        crisisRivalryEffect = v["crisis_rivalry_effect"]
        crisisDistrustEffect = v["crisis_distrust_effect"]
        crisisRegimeEffect = v["crisis_regime_effect"]
        crisisInteroperabilityEffect = v["crisis_interoperability_effect"]
        escalationBase = v["escalation_base"]
        deterrenceEffect = v["deterrence_effect"]
        initialCredibility = v["initial_credibility"]
        honourGain = v["honour_gain"]
        betrayalLoss = v["betrayal_loss"]
        attackMonth = v.integer("attack_month")
        attacker = v.integer("attacker")
        attackTarget = v.integer("attack_target")
        focalState = v.integer("focal_state")
        focalPosture = v.integer("focal_posture")
    }
}
