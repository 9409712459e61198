import Benchmark
import EntenteCore
import EntenteSim

// The workloads `entente sim bench` timed before benchmarks left the shipped CLI, at the sizes the
// peer script compares with the C loop, Mesa and axelrod (docs/benchmarks/sim.md). Each checks its
// result, so a wrong answer fails rather than reports a time.
func registerPeerWorkloads() {
    let metrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal, .peakMemoryResident]
    let long = Benchmark.Configuration(metrics: metrics, maxDuration: .seconds(10), maxIterations: 35)

    for metanorms in [false, true] {
        Benchmark(
            "Peer: \(metanorms ? "Metanorms" : "Norms") game, 20 agents, 10,000 generations, seeds 1–5",
            configuration: long
        ) {
            benchmark in
            var p = NormsGame.Parameters()
            p.metanorms = metanorms
            let game = NormsGame(parameters: p)
            for iteration in benchmark.scaledIterations {
                // Seeds 1…5 in turn, as the C loop runs them.
                var random = Xoshiro256StarStar(seed: UInt64(iteration % 5 + 1))
                var population = game.initialPopulation(random: &random)
                game.evolve(&population, generations: 10_000, random: &random)
                precondition(population.strategies.count == 20)
                blackHole(population)
            }
        }
    }

    let tournament = IPDTournament(players: IPDStrategy.deterministicEight, turns: 200, repetitions: 500)
    Benchmark("Peer: IPD round robin, 8 strategies, 200 turns, 500 repetitions, 1 thread", configuration: long) {
        benchmark in
        for _ in benchmark.scaledIterations {
            let result = tournament.play()
            precondition(result.meanTotalScores[2] == 3597, "Tit For Tat scores 3597 over 200 turns (axelrod)")
            blackHole(result)
        }
    }
    Benchmark("Peer: IPD round robin, 8 strategies, 200 turns, 500 repetitions, 2 threads", configuration: long) {
        benchmark in
        let sequential = tournament.play()
        for _ in benchmark.scaledIterations {
            let result = await tournament.play(concurrency: 2)
            precondition(result == sequential, "the parallel tournament differs from the sequential one")
            blackHole(result)
        }
    }

    for threads in [1, 2] {
        Benchmark(
            "Peer: Ensemble, 8 norms replicates x 10,000 generations, \(threads) thread\(threads == 1 ? "" : "s")",
            configuration: .init(metrics: metrics, maxDuration: .seconds(20), maxIterations: 5)
        ) {
            benchmark in
            let scenario = Scenario(
                name: "scaling", model: .norms, seed: 1, replicates: 8, horizon: 10_000, recordEvery: 1_000)
            for _ in benchmark.scaledIterations {
                let result = await SimulationRunner.run(scenario, threads: threads)
                precondition(result.point.replicateSummaries.count == 8)
                blackHole(result)
            }
        }
    }

    Benchmark(
        "Peer: Norms game, 10,000 agents, 3 generations",
        configuration: .init(metrics: metrics, maxDuration: .seconds(30), maxIterations: 3)
    ) {
        benchmark in
        var p = NormsGame.Parameters()
        p.agents = 10_000
        let game = NormsGame(parameters: p)
        for _ in benchmark.scaledIterations {
            var random = Xoshiro256StarStar(seed: 1)
            var population = game.initialPopulation(random: &random)
            game.evolve(&population, generations: 3, random: &random)
            precondition(population.strategies.count == 10_000)
            blackHole(population)
        }
    }
}
