import Benchmark
import EntenteCore
import EntenteSim

// The simulation hot paths, called from outside EntenteSim as users call them (STYLE §11).
// The "Peer:" workloads (PeerWorkloads.swift) are the ones scripts/peers/sim/bench_peers.sh sets
// beside the C loop, Mesa and axelrod; results in docs/benchmarks/sim.md.
let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal]

    Benchmark(
        "Norms game, 20 agents, 1,000 generations", configuration: .init(metrics: metrics, maxDuration: .seconds(3))
    ) {
        benchmark in
        let game = NormsGame()
        for _ in benchmark.scaledIterations {
            var random = Xoshiro256StarStar(seed: 1)
            var population = game.initialPopulation(random: &random)
            game.evolve(&population, generations: 1_000, random: &random)
            precondition(population.strategies.count == 20)
            blackHole(population)
        }
    }

    Benchmark(
        "Metanorms game, 20 agents, 1,000 generations", configuration: .init(metrics: metrics, maxDuration: .seconds(3))
    ) {
        benchmark in
        var p = NormsGame.Parameters()
        p.metanorms = true
        let game = NormsGame(parameters: p)
        for _ in benchmark.scaledIterations {
            var random = Xoshiro256StarStar(seed: 1)
            var population = game.initialPopulation(random: &random)
            game.evolve(&population, generations: 1_000, random: &random)
            precondition(population.meanVengefulness > 0.5, "metanorms should establish the norm")
            blackHole(population)
        }
    }

    Benchmark(
        "IPD round robin, 8 strategies, 200 turns, 50 repetitions",
        configuration: .init(metrics: metrics, maxDuration: .seconds(3))
    ) {
        benchmark in
        let tournament = IPDTournament(players: IPDStrategy.deterministicEight, turns: 200, repetitions: 50)
        for _ in benchmark.scaledIterations {
            let result = tournament.play()
            precondition(result.meanTotalScores[2] == 3597, "Tit For Tat scores 3597 over 200 turns (axelrod)")
            blackHole(result)
        }
    }

    Benchmark("Richardson RK4, 100,000 steps", configuration: .init(metrics: metrics, maxDuration: .seconds(3))) {
        benchmark in
        let model = RichardsonArmsRace(k: 0.5, l: 0.5, a: 0.75, b: 0.75, g: 1, h: 1)
        for _ in benchmark.scaledIterations {
            var random = Xoshiro256StarStar(seed: 1)
            let t = model.integrate(x0: 0, y0: 0, steps: 100_000, dt: 0.01, random: &random)
            precondition(abs(t.x.last! - 4) < 1e-9)
            blackHole(t)
        }
    }

    Benchmark(
        "Ensemble, 8 norms replicates x 1,000 generations",
        configuration: .init(metrics: metrics, maxDuration: .seconds(3))
    ) {
        benchmark in
        let scenario = Scenario(name: "bench", model: .norms, seed: 1, replicates: 8, horizon: 1_000, recordEvery: 100)
        for _ in benchmark.scaledIterations {
            let result = await SimulationRunner.run(scenario, threads: 2)
            precondition(result.point.replicateSummaries.count == 8)
            blackHole(result)
        }
    }

    Benchmark(
        "Event queue, 100,000 events scheduled and taken out",
        configuration: .init(metrics: metrics, maxDuration: .seconds(3))
    ) {
        benchmark in
        for _ in benchmark.scaledIterations {
            var queue = EventQueue<Int>()
            var random = Xoshiro256StarStar(seed: 1)
            for i in 0..<100_000 { queue.schedule(i, at: Double(random.nextInt(below: 1_000))) }
            var last = -Double.infinity
            while let next = queue.popNext() {
                precondition(next.time >= last, "events must come out in time order")
                last = next.time
            }
            blackHole(queue)
        }
    }

    registerPeerWorkloads()
}
