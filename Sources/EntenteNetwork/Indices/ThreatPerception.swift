public import EntenteCore
import RealModule

/// What an exercise is for, as a third state reads it.
public enum ExercisePurpose: String, Sendable, Hashable, CaseIterable, Codable {
    /// Combat training: amphibious assault, air defence, anti-submarine warfare, live fire.
    case warfighting
    /// Both combat and non-combat serials.
    case mixed
    /// Humanitarian assistance and disaster relief, search and rescue, medical, peacekeeping training.
    case humanitarian
}

/// The facts about one exercise that matter to an observing third state.
public struct ExerciseObservation: Sendable, Hashable {
    /// Troops taking part (all participants).
    public var troops: Int
    /// What the exercise trains for.
    public var purpose: ExercisePurpose
    /// Distance from the exercise area to the observer's territory, in kilometres.
    public var distanceKilometres: Double
    /// Combined capability of the participants (for example the sum of their COW CINC scores).
    public var participantCapability: Double
    /// The observer's own capability, on the same scale.
    public var observerCapability: Double
    /// The observer's distrust of the participants, in [0, 1] (0 = full trust, 1 = open hostility).
    public var observerDistrust: Double
    /// Whether the exercise was notified in advance (Vienna Document 2011 Chapter V style).
    public var priorNotification: Bool
    /// Whether the observer, or observers from third states, were invited (Vienna Document Chapter VI style).
    public var invitedObservers: Bool

    public init(
        troops: Int, purpose: ExercisePurpose, distanceKilometres: Double, participantCapability: Double,
        observerCapability: Double, observerDistrust: Double, priorNotification: Bool = false,
        invitedObservers: Bool = false
    ) {
        self.troops = troops
        self.purpose = purpose
        self.distanceKilometres = distanceKilometres
        self.participantCapability = participantCapability
        self.observerCapability = observerCapability
        self.observerDistrust = observerDistrust
        self.priorNotification = priorNotification
        self.invitedObservers = invitedObservers
    }
}

/// The named parameters of the threat-perception formula; every one is a modelling choice.
public struct ThreatParameters: Sendable, Hashable, Codable {
    /// Troop count at which the scale factor reaches 1 − 1/e ≈ 0.63. Default 9,000: the Vienna
    /// Document 2011 (§40.1.1) threshold above which an exercise must be notified in advance.
    public var troopScale = 9_000.0
    /// Purpose weight of warfighting exercises. Default 1: the reference case (Walt 1987, offensive intentions).
    public var warfightingWeight = 1.0
    /// Purpose weight of mixed exercises. Default 0.6: combat serials present but diluted.
    public var mixedWeight = 0.6
    /// Purpose weight of humanitarian exercises. Default 0.15: HADR signals little offensive intent,
    /// but still trains deployment and logistics.
    public var humanitarianWeight = 0.15
    /// Distance, in km, over which the proximity factor falls to 1/e. Default 1,000 km: Boulding's
    /// (1962) loss-of-strength gradient; roughly the combat radius of tactical aircraft.
    public var distanceScale = 1_000.0
    /// Proximity never falls below this share. Default 0.05: power projection by major navies keeps
    /// a distant exercise from being wholly ignored.
    public var proximityFloor = 0.05
    /// The distrust factor for a fully trusting observer. Default 0.2: even allies note large
    /// exercises near them (security dilemma, Jervis 1978), while hostility multiplies the effect by 5.
    public var distrustFloor = 0.2
    /// Share of perceived threat removed by prior notification. Default 0.25: a confidence-building
    /// measure whose value is transparency, not disarmament (Vienna Document Chapter V).
    public var notificationReduction = 0.25
    /// Share removed by inviting observers. Default 0.3: observation verifies the notified scale and
    /// purpose (Vienna Document Chapter VI), so it weighs a little more than notification alone.
    public var observerReduction = 0.3

    public init() {}
}

/// The perceived threat and each factor of the product, for explanation.
public struct ThreatAssessment: Sendable, Hashable, Codable {
    /// The perceived threat, in [0, 1).
    public var threat: Double
    /// 1 − exp(−troops / troopScale).
    public var scale: Double
    /// The purpose weight.
    public var purpose: Double
    /// max(proximityFloor, exp(−distance / distanceScale)).
    public var proximity: Double
    /// Participants' share of combined capability, C_p / (C_p + C_o).
    public var capability: Double
    /// distrustFloor + (1 − distrustFloor) × distrust.
    public var distrust: Double
    /// (1 − notificationReduction if notified) × (1 − observerReduction if observers invited).
    public var transparency: Double
}

/// The threat that an exercise creates for a third state, in the terms of Walt's balance of threat
/// (aggregate power, proximity, offensive capability and intentions) moderated by CSBM transparency.
///
/// threat = scale × purpose × proximity × capability × distrust × transparency, each factor in
/// [0, 1] (purpose weights may be set above 1), so the threat is in [0, 1) with the defaults. The
/// factors and their defaults are listed in ``ThreatParameters``; the "Indices" article gives the
/// reasoning. The product form means any one factor near 0 (a tiny drill, a humanitarian purpose,
/// far away, a weak participant, a trusting observer) keeps the perceived threat low.
public enum ThreatPerception {
    /// Assesses one exercise from one observer's point of view.
    ///
    /// - Throws: ``EntenteError`` `.invalidInput` for negative troops, distances or capabilities, a
    ///   distrust outside [0, 1], or zero combined capability.
    public static func assess(_ exercise: ExerciseObservation, parameters: ThreatParameters = ThreatParameters())
        throws(EntenteError) -> ThreatAssessment
    {
        guard exercise.troops >= 0 else {
            throw EntenteError(.invalidInput, "Troops must be at least 0; got \(exercise.troops).")
        }
        guard exercise.distanceKilometres >= 0, exercise.distanceKilometres.isFinite else {
            throw EntenteError(
                .invalidInput, "Distance must be a finite number of km, at least 0; got \(exercise.distanceKilometres)."
            )
        }
        guard exercise.participantCapability >= 0, exercise.observerCapability >= 0,
            exercise.participantCapability + exercise.observerCapability > 0
        else {
            throw EntenteError(.invalidInput, "Capabilities must be at least 0 and not both 0.")
        }
        guard exercise.observerDistrust >= 0, exercise.observerDistrust <= 1 else {
            throw EntenteError(.invalidInput, "Observer distrust must be in [0, 1]; got \(exercise.observerDistrust).")
        }
        let p = parameters
        let scale = 1 - Double.exp(-Double(exercise.troops) / p.troopScale)
        let purpose: Double
        switch exercise.purpose {
        case .warfighting: purpose = p.warfightingWeight
        case .mixed: purpose = p.mixedWeight
        case .humanitarian: purpose = p.humanitarianWeight
        }
        let proximity = max(p.proximityFloor, Double.exp(-exercise.distanceKilometres / p.distanceScale))
        let capability = exercise.participantCapability / (exercise.participantCapability + exercise.observerCapability)
        let distrust = p.distrustFloor + (1 - p.distrustFloor) * exercise.observerDistrust
        let transparency =
            (exercise.priorNotification ? 1 - p.notificationReduction : 1)
            * (exercise.invitedObservers ? 1 - p.observerReduction : 1)
        return ThreatAssessment(
            threat: scale * purpose * proximity * capability * distrust * transparency, scale: scale, purpose: purpose,
            proximity: proximity, capability: capability, distrust: distrust, transparency: transparency)
    }
}
