// A minimal release driver for the world model's scaling table: runs the synthetic world of
// `states` states for `months` monthly steps and `replicates` replicates on `threads` threads through
// the same `SimulationRunner` that `entente sim run` calls, and prints one JSON line. Built against
// the release `EntenteSim` module by scripts/peers/world/scaling.sh, so it can be measured while the
// full CLI (HTTP stack included) is still compiling on a busy machine.
//
//     sim_scaling_driver STATES REPLICATES [MONTHS] [THREADS] [SEED] [name=value …] [--outcomes]
//
// `name=value` sets a model parameter (e.g. norm_learning=0 for the Mesa comparison); --outcomes
// also prints every summary outcome's mean and 95% interval, one JSON line each.
import EntenteSim
import Foundation

let words = CommandLine.arguments.dropFirst()
let arguments = words.filter { !$0.contains("=") && !$0.hasPrefix("--") }.map { Int($0) ?? -1 }
let assignments = words.filter { $0.contains("=") }.map { $0.split(separator: "=").map(String.init) }
guard arguments.count >= 2, arguments.allSatisfy({ $0 > 0 }) else {
    FileHandle.standardError.write(Data("usage: sim_scaling_driver STATES REPLICATES [MONTHS] [THREADS] [SEED]\n".utf8))
    exit(2)
}
let states = arguments[0]
let replicates = arguments[1]
let months = arguments.count > 2 ? arguments[2] : 600
let threads = arguments.count > 3 ? arguments[3] : 2
let seed = arguments.count > 4 ? UInt64(arguments[4]) : 7
var scenario = Scenario(
    name: "scaling", model: .defenseDiplomacy, seed: seed, replicates: replicates, horizon: months, recordEvery: 12)
try scenario.set("synthetic_states", to: Double(states))
for pair in assignments where pair.count == 2 { try scenario.set(pair[0], to: Double(pair[1]) ?? .nan) }
let clock = ContinuousClock()
let started = clock.now
let result = await SimulationRunner.run(scenario, threads: threads)
let elapsed = clock.now - started
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
// A digest of every replicate's summary bits, to check that thread counts give the same run.
var digest: UInt64 = 0xcbf2_9ce4_8422_2325
for row in result.point.replicateSummaries {
    for value in row {
        digest ^= value.bitPattern
        digest = digest &* 0x100_0000_01b3
    }
}
let names = scenario.summaryNames
let means = result.point.summaries
func mean(_ name: String) -> Double { names.firstIndex(of: name).map { means[$0].mean } ?? .nan }
print(
    "{\"states\": \(states), \"replicates\": \(replicates), \"months\": \(months), \"threads\": \(threads), "
        + "\"wall_s\": \(seconds), \"digest\": \"\(String(digest, radix: 16))\", "
        + "\"mean_trust\": \(mean("mean_trust")), \"crises\": \(mean("crises"))}")
if words.contains("--outcomes") {
    for (name, summary) in zip(names, means) {
        print(
            "{\"outcome\": \"\(name)\", \"mean\": \(summary.mean), \"low\": \(summary.meanLower), \"high\": \(summary.meanUpper)}"
        )
    }
}
