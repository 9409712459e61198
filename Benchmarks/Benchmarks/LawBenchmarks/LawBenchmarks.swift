import Benchmark
import EntenteCore
import EntenteLaw
import EntenteRender

// Assessments per second, as the simulation's crisis step calls the engine: facts built in code,
// the knowledge base asked for memberships, every condition evaluated, would_change searched.

let benchmarks: @Sendable () -> Void = {
    let knowledge = LawWorkload.Knowledge()
    let day = LawWorkload.day
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal], scalingFactor: .kilo, maxDuration: .seconds(5))

    Benchmark("self_defence assess + would_change + explanation tree", configuration: configuration) { benchmark in
        let facts = LawWorkload.selfDefence()
        for _ in benchmark.scaledIterations {
            let a = try LawEngine.shared.assess(.selfDefence, facts: facts, asOf: day, knowledge: knowledge)
            precondition(a.outcomeLabel == "lawful")
            blackHole(a.explanation())
            blackHole(a)
        }
    }

    Benchmark("collective_defence NATO assess + would_change + explanation tree", configuration: configuration) {
        benchmark in
        let facts = LawWorkload.nato()
        for _ in benchmark.scaledIterations {
            let a = try LawEngine.shared.assess(.collectiveDefence, facts: facts, asOf: day, knowledge: knowledge)
            precondition(a.outcomeLabel == "triggered")
            blackHole(a.explanation())
            blackHole(a)
        }
    }

    Benchmark("self_defence outcome only (no would_change)", configuration: configuration) { benchmark in
        let facts = LawWorkload.selfDefence()
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
        let facts = LawWorkload.selfDefence()
        for _ in benchmark.scaledIterations {
            let a = try LawEngine.shared.assess(.selfDefence, facts: facts, asOf: day, knowledge: knowledge)
            blackHole(AssessmentReport(a).text())
        }
    }

    customLawBenchmarks()
    derivedLawBenchmarks()
}
