import EntenteCore
import EntenteLaw

/// The fixed workload the legal-engine benchmarks time — a self-defence situation and a NATO
/// Art. 5 situation with their knowledge base — built from the engine's public API only.
enum LawWorkload {
    /// The day both situations are assessed on.
    static let day = Day(year: 2024, month: 5, day: 1)!

    /// Kuwait's individual self-defence against Iraq, every condition met: `lawful`.
    static func selfDefence() -> FactTable {
        typealias F = SelfDefenceFacts
        var facts = LawEngine.shared.newFacts(for: .selfDefence)
        facts[state: F.actingState] = CowCode(690)
        facts[state: F.targetState] = CowCode(645)
        facts[choice: F.selfDefenceType] = "individual"
        facts[truth: F.armedAttackOccurred] = .yes
        facts[choice: F.attackGravity] = "armed_attack"
        facts[truth: F.attackerIsState] = .yes
        facts[truth: F.burdenOfProofMet] = .yes
        facts[truth: F.reportedToSC] = .yes
        facts[truth: F.necessity] = .yes
        facts[truth: F.proportionality] = .yes
        return facts
    }

    /// An armed attack on Estonia's territory, NATO membership read from the knowledge base: `triggered`.
    static func nato() -> FactTable {
        typealias F = CollectiveDefenceFacts
        var facts = LawEngine.shared.newFacts(for: .collectiveDefence)
        facts[text: F.treaty] = "NATO"
        facts[state: F.attackedParty] = CowCode(366)
        facts[truth: F.attackerIsState] = .yes
        facts[truth: F.armedAttackOccurred] = .yes
        facts[day: F.attackDate] = day
        facts[choice: F.targetType] = "territory"
        facts[truth: F.inEurope] = .yes
        return facts
    }

    /// NATO spells for the workload's states held in an array, standing in for the store's snapshot
    /// so the benchmark times the engine, not the store.
    struct Knowledge: LawKnowledge {
        private let nato: [(cow: Int, from: Day)] = [
            (2, Day(year: 1949, month: 8, day: 24)!), (211, Day(year: 1949, month: 8, day: 24)!),
            (366, Day(year: 2004, month: 3, day: 29)!),
        ]

        func resolveState(_ reference: String) throws(EntenteError) -> CowCode { CowCode(Int(reference) ?? 0) }

        func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth {
            guard organisation == "NATO" else { return .unknown }
            for spell in nato where spell.cow == state.rawValue { return day >= spell.from ? .yes : .no }
            return .no
        }
    }
}
