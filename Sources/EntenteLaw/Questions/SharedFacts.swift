/// Facts that mean the same thing in several questions, declared once so their name, kind,
/// meaning and polarity cannot drift apart between schemas.
///
/// Facts that share a name but not a meaning stay with their question: `activity_type` (the
/// choices differ between consent and the Vienna Document), `sc_authorisation` (an alternative
/// basis in self-defence, a requirement favouring regional enforcement) and `attacker_is_state`
/// (derived from `attacker` in collective defence only).
enum SharedFacts {
    static let armedAttackOccurred = FactEntry(
        name: "armed_attack_occurred", kind: .truth, summary: "An armed attack occurred or is under way.",
        polarity: .favours)

    static let hostState = FactEntry(
        name: "host_state", kind: .state,
        summary:
            "The territorial (host) State: the State on whose territory the forces are or the activity takes place."
    )

    static let territorialStateConsent = FactEntry(
        name: "territorial_state_consent", kind: .truth,
        summary: "The territorial State's government consents to the force or action on its territory.",
        polarity: .favours)
}
