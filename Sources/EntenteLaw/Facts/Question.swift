/// A legal question the engine answers about a situation.
///
/// Each question has its own facts (``FactSchema``), its own rule set and its own outcome labels;
/// the raw value is the name used in situation files (`question: self_defence`).
public enum Question: String, CaseIterable, Sendable, Hashable {
    /// UN Charter Art. 51 and the customary conditions of self-defence.
    case selfDefence = "self_defence"
    /// An alliance clause: NATO Arts. 4–6, ANZUS IV–V, Rio 3, CSTO 4, or an ATOP defense pact.
    case collectiveDefence = "collective_defence"
    /// Whether a Security Council resolution was adopted and authorises force (Arts. 23, 27, 39–42).
    case scAuthorisation = "sc_authorisation"
    /// Enforcement by a regional arrangement (Arts. 52–54).
    case regionalEnforcement = "regional_enforcement"
    /// Consent of the host State to foreign forces, exercises, transit or intervention.
    case consent = "consent"
    /// OSCE Vienna Document 2011, Chapters V–VIII (notification, observation, calendars, constraints).
    case viennaDocument = "vienna_document"
    /// UN Charter Art. 2(4) and non-intervention: is an act a threat or use of force?
    case useOfForce = "use_of_force"
    /// Which peaceful-settlement routes are open between two States on a day.
    case disputeSettlement = "dispute_settlement"

    /// The question's name as written in situation files.
    public var name: String { rawValue }
}
