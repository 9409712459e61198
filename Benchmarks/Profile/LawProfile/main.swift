import EntenteCore
import EntenteLaw
import Foundation
import LawWorkloads

// Assesses NATO Art. 5 at places given only by coordinates, as the `derived: NATO area` benchmarks
// do, and prints the CPU time of the loop alone (the map's load and the fact tables are outside
// it), so that a profiler or a before/after comparison sees the assessments and nothing else.
//
//   LawProfile new [count]    every place never seen before (default 200,000)
//   LawProfile seen [count]   the same eight places over and over

let arguments = CommandLine.arguments.dropFirst()
let mode = arguments.first ?? "new"
let count = arguments.dropFirst().first.map { Int($0) ?? 0 } ?? 200_000
guard ["new", "seen"].contains(mode), count > 0 else {
    FileHandle.standardError.write(Data("usage: LawProfile new|seen [count]\n".utf8))
    exit(64)
}
let knowledge = DerivedWorkload.Knowledge()
let day = DerivedWorkload.day
let places =
    mode == "seen"
    ? (0..<count).map { DerivedWorkload.familiarPlaces[$0 % DerivedWorkload.familiarPlaces.count] }
    : DerivedWorkload.newPlaces(count)
let tables = places.map { DerivedWorkload.natoAt(lat: $0.lat, lon: $0.lon, party: $0.party) }
// Loads the map and compiles the rules before the clock starts.
_ = try LawEngine.shared.assess(
    .collectiveDefence, facts: DerivedWorkload.natoAt(lat: 1, lon: 1, party: 2), asOf: day, knowledge: knowledge)

func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
let wallStart = Date()
let cpuStart = threadCPUSeconds()
var nodes = 0
for table in tables {
    let assessment = try LawEngine.shared.assess(.collectiveDefence, facts: table, asOf: day, knowledge: knowledge)
    nodes &+= assessment.explanation().children.count
}
let cpu = threadCPUSeconds() - cpuStart
let wall = Date().timeIntervalSince(wallStart)
print(
    "\(mode): \(count) assessments, \(String(format: "%.3f", cpu)) s CPU (\(String(format: "%.3f", wall)) s wall): "
        + "\(Int(Double(count) / cpu)) per CPU second; \(nodes) explanation nodes")
