/// Situations several test targets vary.
public enum LawFixtures {
    /// The facts of a complete, lawful individual self-defence situation (Kuwait, August 1990).
    public static let lawfulSelfDefenceFacts = """
        acting_state: KWT
        self_defence_type: individual
        armed_attack_occurred: true
        attack_gravity: armed_attack
        attacker_is_state: true
        burden_of_proof_met: true
        necessity: true
        proportionality: true
        """

    /// ``lawfulSelfDefenceFacts`` as a whole situation file, on 3 August 1990.
    public static let lawfulSelfDefenceSituation =
        "question: self_defence\nas_of: 1990-08-03\nfacts:\n"
        + lawfulSelfDefenceFacts.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
}
