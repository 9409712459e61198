/// A defense-diplomacy instrument and what one use of it does to a dyad.
///
/// The multipliers scale the `trust_gain`, `transparency_gain` and `interoperability_gain`
/// parameters; `intrusiveness` scales the sovereignty cost in partner choice. They are modelling
/// choices ordered as the defense-diplomacy literature describes the instruments (Cottey & Forster
/// 2004): dialogue builds transparency, exercises interoperability, intelligence sharing needs and
/// builds the most trust and is the most intrusive.
enum Instrument: Int, CaseIterable, Sendable {
    case exercise, dialogue, education, peacekeeping, capacityBuilding, intelligence

    var trust: Double { Self.table[rawValue].trust }
    var transparency: Double { Self.table[rawValue].transparency }
    var interoperability: Double { Self.table[rawValue].interoperability }
    var intrusiveness: Double { Self.table[rawValue].intrusiveness }

    private static let table: [(trust: Double, transparency: Double, interoperability: Double, intrusiveness: Double)] =
        [
            (1.0, 0.5, 1.0, 0.6),  // joint exercise
            (1.0, 1.0, 0.0, 0.1),  // dialogue
            (0.8, 0.5, 0.3, 0.2),  // exchange and education
            (0.6, 0.3, 0.6, 0.3),  // peacekeeping training
            (0.8, 0.3, 0.3, 0.5),  // capacity building
            (1.2, 0.8, 0.2, 0.8),  // intelligence sharing
        ]

    /// Instrument weights by posture (aligned, hedging, isolationist), cumulative for one draw.
    static let cumulativeWeights: [[Double]] = {
        let weights: [[Double]] = [
            [0.30, 0.20, 0.15, 0.10, 0.10, 0.15],  // aligned: exercises and intelligence with the bloc
            [0.15, 0.35, 0.20, 0.15, 0.10, 0.05],  // hedging: dialogue and exchanges with everyone
            [0.05, 0.60, 0.15, 0.15, 0.05, 0.00],  // isolationist: mostly talk
        ]
        return weights.map { row in
            var sum = 0.0
            return row.map {
                sum += $0; return sum
            }
        }
    }()
}
