import Benchmark
import EntenteCore
import EntenteLaw

// Assessments per second, as the simulation's crisis step calls the engine: facts built in code,
// the knowledge base asked for memberships, every condition evaluated, would_change searched.

/// Knowledge with a handful of NATO spells held in an array, standing in for the store's snapshot.
struct BenchKnowledge: LawKnowledge {
    let nato: [(cow: Int, from: Day)] = [
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

func selfDefenceFacts() -> FactTable {
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

func natoFacts() -> FactTable {
    typealias F = CollectiveDefenceFacts
    var facts = LawEngine.shared.newFacts(for: .collectiveDefence)
    facts[text: F.treaty] = "NATO"
    facts[state: F.attackedParty] = CowCode(366)
    facts[truth: F.attackerIsState] = .yes
    facts[truth: F.armedAttackOccurred] = .yes
    facts[day: F.attackDate] = Day(year: 2024, month: 5, day: 1)!
    facts[choice: F.targetType] = "territory"
    facts[truth: F.inEurope] = .yes
    return facts
}

let benchmarks: @Sendable () -> Void = {
    let knowledge = BenchKnowledge()
    let day = Day(year: 2024, month: 5, day: 1)!
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal], scalingFactor: .kilo, maxDuration: .seconds(5))

    Benchmark("self_defence assess + would_change + explanation tree", configuration: configuration) { benchmark in
        let facts = selfDefenceFacts()
        for _ in benchmark.scaledIterations {
            let a = try LawEngine.shared.assess(.selfDefence, facts: facts, asOf: day, knowledge: knowledge)
            precondition(a.outcomeLabel == "lawful")
            blackHole(a.explanation())
            blackHole(a)
        }
    }

    Benchmark("collective_defence NATO assess + would_change + explanation tree", configuration: configuration) {
        benchmark in
        let facts = natoFacts()
        for _ in benchmark.scaledIterations {
            let a = try LawEngine.shared.assess(.collectiveDefence, facts: facts, asOf: day, knowledge: knowledge)
            precondition(a.outcomeLabel == "triggered")
            blackHole(a.explanation())
            blackHole(a)
        }
    }

    Benchmark("self_defence outcome only (no would_change)", configuration: configuration) { benchmark in
        let facts = selfDefenceFacts()
        for _ in benchmark.scaledIterations {
            let a = try LawEngine.shared.assess(
                .selfDefence, facts: facts, asOf: day, knowledge: knowledge, searchWouldChange: false)
            blackHole(a)
        }
    }

    Benchmark(
        "self_defence assess + rendered text report",
        configuration: .init(
            metrics: [.wallClock, .throughput, .mallocCountTotal], scalingFactor: .one, maxDuration: .seconds(5))
    ) { benchmark in
        let facts = selfDefenceFacts()
        for _ in benchmark.scaledIterations {
            let a = try LawEngine.shared.assess(.selfDefence, facts: facts, asOf: day, knowledge: knowledge)
            blackHole(AssessmentReport(a).text())
        }
    }

    customLawBenchmarks()
}
