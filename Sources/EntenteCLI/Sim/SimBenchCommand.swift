import ArgumentParser
import EntenteCore
import EntenteSim
import Foundation

/// `entente sim bench WORKLOAD`: the timed workloads of docs/benchmarks/sim.md.
///
/// Timing lives here, in the CLI, never in tests; the library stays clock-free.
struct SimBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the benchmark workloads compared with the peers (build with -c release).",
        discussion: """
            norms / metanorms: Axelrod's game, --agents agents, --generations generations, one run per seed \
            (--seeds), single-threaded; prints seconds per run and per generation. ipd: the round robin of the 8 \
            deterministic strategies, --turns turns, --repetitions repetitions, every match played, on --threads \
            threads. scaling: --replicates norms replicates on 1 thread and on --threads threads. Output is JSON.
            """
    )

    enum Workload: String, ExpressibleByArgument, CaseIterable { case norms, metanorms, ipd, scaling }

    @Argument(help: "norms, metanorms, ipd or scaling.")
    var workload: Workload

    @Option(help: "Generations per norms run.") var generations: Int = 10_000
    @Option(help: "Agents in the norms game.") var agents: Int = 20
    @Option(help: "Number of seeds (1…N) for norms runs.") var seeds: Int = 5
    @Option(help: "Turns per IPD match.") var turns: Int = 200
    @Option(help: "IPD tournament repetitions.") var repetitions: Int = 500
    @Option(help: "Replicates for the scaling workload.") var replicates: Int = 8
    @Option(help: "Threads for ipd and scaling.") var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if generations < 1 || agents < 2 || seeds < 1 || turns < 1 || repetitions < 1 || replicates < 1 || threads < 1 {
            throw ValidationError("all counts must be positive (agents at least 2).")
        }
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    private func median(_ xs: [Double]) -> Double { Statistics.quantile(sorted: xs.sorted(), 0.5) }

    func run() async throws {
        let clock = ContinuousClock()
        switch workload {
        case .norms, .metanorms:
            var p = NormsGame.Parameters()
            p.agents = agents
            p.metanorms = workload == .metanorms
            let game = NormsGame(parameters: p)
            var runs: [JSONText] = []
            var times: [Double] = []
            for seed in 1...seeds {
                var random = Xoshiro256StarStar(seed: UInt64(seed))
                var population = game.initialPopulation(random: &random)
                let elapsed = clock.measure {
                    game.evolve(&population, generations: generations, random: &random)
                }
                let t = seconds(elapsed)
                times.append(t)
                runs.append(
                    .object([
                        ("seed", .integer(seed)), ("seconds", .number(t)),
                        ("mean_boldness", .number(population.meanBoldness)),
                        ("mean_vengefulness", .number(population.meanVengefulness)),
                    ]))
            }
            let perAgentBytes =
                MemoryLayout<UInt8>.stride * 3 + MemoryLayout<Int32>.stride + MemoryLayout<Double>.stride * 3
            print(
                JSONText.object([
                    ("workload", .string(workload.rawValue)), ("agents", .integer(agents)),
                    ("generations", .integer(generations)),
                    ("median_seconds", .number(median(times))),
                    ("median_seconds_per_generation", .number(median(times) / Double(generations))),
                    ("state_bytes_per_agent", .integer(perAgentBytes)),
                    ("max_rss_bytes", .integer(maxResidentBytes())),
                    ("runs", .array(runs)),
                ]).rendered())
        case .ipd:
            let t = IPDTournament(players: IPDStrategy.deterministicEight, turns: turns, repetitions: repetitions)
            var result = t.play()
            let single = seconds(clock.measure { result = t.play() })
            var parallel = result
            let start = clock.now
            parallel = await t.play(concurrency: threads)
            let multi = seconds(clock.now - start)
            precondition(parallel == result, "parallel tournament differs from the sequential one")
            let means = result.meanTotalScores
            print(
                JSONText.object([
                    ("workload", .string("ipd")), ("turns", .integer(turns)), ("repetitions", .integer(repetitions)),
                    ("moves", .integer(repetitions * 36 * turns * 2)),
                    ("seconds_1_thread", .number(single)), ("seconds_\(threads)_threads", .number(multi)),
                    ("mean_total_scores", .object(zip(result.players, means).map { ($0.rawValue, .number($1)) })),
                ]).rendered())
        case .scaling:
            var scenario = Scenario(
                name: "scaling", model: .norms, seed: 1, replicates: replicates, horizon: generations)
            try scenario.set("agents", to: Double(agents))
            let start1 = clock.now
            let one = await SimulationRunner.run(scenario, threads: 1)
            let t1 = seconds(clock.now - start1)
            let startN = clock.now
            let many = await SimulationRunner.run(scenario, threads: threads)
            let tN = seconds(clock.now - startN)
            // Compare the rendered outputs: NaN statistics (one replicate) are unequal to themselves.
            let identical =
                one.json.rendered() == many.json.rendered()
                && one.csvFiles.map(\.contents) == many.csvFiles.map(\.contents)
            precondition(identical, "results differ between thread counts")
            print(
                JSONText.object([
                    ("workload", .string("scaling")), ("replicates", .integer(replicates)),
                    ("generations", .integer(generations)),
                    ("agents", .integer(agents)), ("seconds_1_thread", .number(t1)), ("threads", .integer(threads)),
                    ("seconds_n_threads", .number(tN)), ("speedup", .number(t1 / tN)),
                    ("identical_results", .bool(identical)),
                ]).rendered())
        }
    }

    private func maxResidentBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
    }
}
