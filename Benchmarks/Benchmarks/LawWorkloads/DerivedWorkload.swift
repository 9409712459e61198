public import EntenteCore
public import EntenteLaw

/// Situations whose facts the engine derives (issue 10): geography from coordinates, the burden
/// of proof and imputability from established facts, memberships from the knowledge base, and
/// several acts judged in one situation. Built from the engine's public API only.
public enum DerivedWorkload {
    public static let day = Day(year: 2024, month: 5, day: 1)!

    /// Self-defence with only the attack and its author stated: `burden_of_proof_met` and
    /// `attack_imputable_to_target` are derived (ICJ Oil Platforms (2003) §§51, 57, 61).
    public static func selfDefenceDerived() -> FactTable {
        typealias F = SelfDefenceFacts
        var facts = LawEngine.shared.newFacts(for: .selfDefence)
        facts[state: F.actingState] = CowCode(690)
        facts[state: F.targetState] = CowCode(645)
        facts[state: F.attackingState] = CowCode(645)
        facts[choice: F.selfDefenceType] = "individual"
        facts[truth: F.armedAttackOccurred] = .yes
        facts[choice: F.attackGravity] = "armed_attack"
        facts[truth: F.attackerIsState] = .yes
        facts[truth: F.reportedToSC] = .yes
        facts[truth: F.necessity] = .yes
        facts[truth: F.proportionality] = .yes
        return facts
    }

    /// NATO Art. 5 with the place given only by coordinates: the Art. 6 area flags are derived
    /// from the Natural Earth map and the treaty areas, the membership from the knowledge base.
    public static func natoAt(lat: Double, lon: Double, party: Int) -> FactTable {
        typealias F = CollectiveDefenceFacts
        var facts = LawEngine.shared.newFacts(for: .collectiveDefence)
        facts[text: F.treaty] = "NATO"
        facts[state: F.attackedParty] = CowCode(party)
        facts[truth: F.attackerIsState] = .yes
        facts[truth: F.armedAttackOccurred] = .yes
        facts[day: F.attackDate] = day
        facts[choice: F.targetType] = "territory"
        facts[number: F.lat] = lat
        facts[number: F.lon] = lon
        return facts
    }

    /// Places a simulation returns to (capitals and border towns of NATO parties), with the party.
    public static let familiarPlaces: [(lat: Double, lon: Double, party: Int)] = [
        (59.38, 28.19, 366),  // Narva, Estonia (on the boundary river)
        (54.69, 25.28, 368),  // Vilnius
        (56.95, 24.11, 367),  // Riga
        (52.23, 21.01, 290),  // Warsaw
        (38.90, -77.04, 2),  // Washington
        (39.93, 32.86, 640),  // Ankara
        (69.73, 30.05, 385),  // Kirkenes, Norway
        (51.51, -0.13, 200),  // London
    ]

    /// `count` distinct points over Europe and North America (a fixed pseudo-random sequence), each
    /// with the party whose capital is nearest in the list above: every point is a new place.
    public static func newPlaces(_ count: Int) -> [(lat: Double, lon: Double, party: Int)] {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(seed >> 11) / Double(1 << 53)
        }
        return (0..<count).map { i in
            if i % 4 == 3 { return (30 + next() * 30, -120 + next() * 45, 2) }
            return (36 + next() * 33, -9 + next() * 40, familiarPlaces[i % 4].party)
        }
    }

    /// Three strikes answering one armed attack, one disproportionate (as `examples/law/ma-03`):
    /// each act judged, the situation combined by `every`.
    public static let severalActs = """
        question: self_defence
        as_of: 2020-06-01
        facts:
          acting_state: EST
          target_state: RUS
          attacking_state: RUS
          self_defence_type: individual
          armed_attack_occurred: true
          attack_gravity: armed_attack
          attacker_is_state: true
          necessity: true
        acts:
          - label: strike on the launch site
            facts:
              proportionality: true
          - label: strike on the supply depot
            facts:
              proportionality: true
          - label: strike on unrelated infrastructure
            facts:
              necessity: false
              proportionality: false
        """

    /// A knowledge base in arrays: ISO codes to COW codes for the workload's States, and NATO spells.
    public struct Knowledge: LawKnowledge {
        public init() {}

        private static let codes: [String: Int] = [
            "USA": 2, "CAN": 20, "GBR": 200, "FRA": 220, "DEU": 255, "POL": 290, "RUS": 365, "EST": 366,
            "LVA": 367, "LTU": 368, "NOR": 385, "TUR": 640, "IRQ": 645, "KWT": 690,
        ]
        private static let nato: [Int: Day] = [
            2: Day(year: 1949, month: 8, day: 24)!, 20: Day(year: 1949, month: 8, day: 24)!,
            200: Day(year: 1949, month: 8, day: 24)!, 220: Day(year: 1949, month: 8, day: 24)!,
            385: Day(year: 1949, month: 8, day: 24)!, 640: Day(year: 1952, month: 2, day: 18)!,
            255: Day(year: 1955, month: 5, day: 6)!, 290: Day(year: 1999, month: 3, day: 12)!,
            366: Day(year: 2004, month: 3, day: 29)!, 367: Day(year: 2004, month: 3, day: 29)!,
            368: Day(year: 2004, month: 3, day: 29)!,
        ]

        public func resolveState(_ reference: String) throws(EntenteError) -> CowCode {
            if let code = Self.codes[reference] { return CowCode(code) }
            if let code = Int(reference) { return CowCode(code) }
            throw EntenteError(.unknownState, "unknown State \(reference)")
        }

        public func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth {
            guard organisation == "NATO" else { return .unknown }
            guard let from = Self.nato[state.rawValue] else { return .no }
            return day >= from ? .yes : .no
        }
    }
}
