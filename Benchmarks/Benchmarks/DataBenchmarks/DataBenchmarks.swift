import Benchmark
import EntenteCore
import EntenteStore
import Foundation

/// Knowledge-base hot paths: building the store from every bundled file, and loading a `World`
/// snapshot with every layer. Run: `cd Benchmarks && swift package benchmark --target DataBenchmarks`.
let benchmarks: @Sendable () -> Void = {
    let folder = FileManager.default.temporaryDirectory.appending(
        path: "entente-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let buildPath = folder.appending(path: "build.sqlite").path
    let readPath = folder.appending(path: "read.sqlite").path

    Benchmark(
        "Store build from all bundled data",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .peakMemoryResident], maxDuration: .seconds(60), maxIterations: 5)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            let report = try StoreBuilder().build(at: buildPath)
            precondition(report.totalRows > 1_300_000, "the build lost rows")
            blackHole(report)
        }
    }

    Benchmark(
        "World snapshot 2010 (every layer)",
        configuration: .init(
            metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(20), maxIterations: 50,
            setup: { _ = try? SQLiteStore(path: readPath) })
    ) { benchmark in
        let store = try SQLiteStore(path: readPath)
        let day = Day.endOfYear(2010)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let world = try await store.world(asOf: day)
            precondition(world.stateCount > 190 && world.alliancesKnown && world.activities.count > 100)
            blackHole(world)
        }
    }

    Benchmark(
        "World snapshot 2024 (every layer)",
        configuration: .init(
            metrics: [.wallClock], maxDuration: .seconds(20), maxIterations: 50,
            setup: { _ = try? SQLiteStore(path: readPath) })
    ) { benchmark in
        let store = try SQLiteStore(path: readPath)
        let day = Day.endOfYear(2024)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let world = try await store.world(asOf: day)
            precondition(world.stateCount == 195)
            blackHole(world)
        }
    }
}
