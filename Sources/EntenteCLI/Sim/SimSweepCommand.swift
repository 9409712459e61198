import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteSim
import Foundation

/// `entente sim sweep SCENARIO --grid … | --lhs N`
struct SimSweepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a parameter sweep (grid or Latin hypercube), whole or one shard of it.",
        discussion: """
            --grid takes axes name=v1,v2,… or name=lower:upper:count (count values, both ends included); the \
            design is their cartesian product, the first axis varying slowest. --lhs N samples N points of a Latin \
            hypercube over the scenario's 'ranges' (or --range name=lower:upper). --shard i/n (0-based) runs the \
            i-th of n contiguous blocks of design points; 'entente sim merge' combines the shard JSON files into \
            exactly the output of the unsharded sweep. Replicate r of design point p always uses the random \
            stream (seed, p, r), so shards and thread counts never change results.
            """
    )

    @OptionGroup var options: ScenarioRunOptions

    @Option(parsing: .upToNextOption, help: "Grid axes: name=v1,v2,… or name=lower:upper:count.")
    var grid: [String] = []

    @Option(help: "Latin hypercube sample size (uses the scenario's ranges or --range).")
    var lhs: Int?

    @Option(parsing: .upToNextOption, help: "Ranges for --lhs: name=lower:upper … (override the scenario's).")
    var range: [String] = []

    @Option(help: "Run only shard i of n (0 ≤ i < n), e.g. --shard 2/8.")
    var shard: String?

    @Option(help: "Output on standard output: text (table of points), json (mergeable) or csv (points).")
    var format: SimFormat = .text

    @Option(help: "Also write sweep.json (or shard-I-of-N.json), points.csv and replicates.csv into this folder.")
    var output: String?

    func validate() throws {
        if grid.isEmpty == (lhs == nil) { throw ValidationError("give either --grid axes or --lhs N (one of them).") }
        if let lhs, lhs < 1 { throw ValidationError("--lhs must be at least 1, got \(lhs).") }
        if !range.isEmpty && lhs == nil { throw ValidationError("--range is only used with --lhs.") }
    }

    func run() async throws {
        let scenario = try options.loadScenario()
        let design: SweepDesign
        if let lhs {
            var ranges = scenario.ranges
            for item in range {
                let parts = item.split(separator: "=", maxSplits: 1)
                let bounds = parts.count == 2 ? parts[1].split(separator: ":").compactMap { Double($0) } : []
                guard bounds.count == 2, bounds[0] <= bounds[1] else {
                    throw ValidationError("--range expects name=lower:upper with lower ≤ upper, got '\(item)'.")
                }
                let name = String(parts[0])
                ranges.removeAll { $0.name == name }
                ranges.append(.init(name: name, lower: bounds[0], upper: bounds[1]))
            }
            guard !ranges.isEmpty else {
                throw ValidationError(
                    "--lhs needs ranges: add 'ranges:' to the scenario or pass --range name=lower:upper.")
            }
            design = .latinHypercube(samples: lhs, ranges: ranges)
        } else {
            design = .grid(try grid.map { try SweepDesign.GridAxis(parsing: $0) })
        }
        let shardSpec = try shard.map { try Shard(parsing: $0) }
        let result = try await SweepResult.run(
            scenario, design: design, shard: shardSpec, threads: options.threads,
            progress: options.progress(label: "sweep"))
        try emit(result, format: format, output: output)
    }
}

/// Prints and writes a sweep result (shared by sweep and merge).
func emit(_ result: SweepResult, format: SimFormat, output: String?) throws {
    let jsonName = result.shard.map { "shard-\($0.index)-of-\($0.count).json" } ?? "sweep.json"
    if let output { try writeFiles([(jsonName, result.json.rendered() + "\n")] + result.csvFiles, into: output) }
    switch format {
    case .json: print(result.json.rendered())
    case .csv: print(result.csvFiles[0].contents, terminator: "")
    case .text:
        let shardText = result.shard.map { ", shard \($0.index)/\($0.count)" } ?? ""
        print(
            "\(result.scenarioName) — \(result.points.count) of \(result.totalPoints) point(s)\(shardText), "
                + "\(result.replicates) replicate(s) each; fingerprint \(result.fingerprint)")
        let varied = result.variedNames.compactMap { result.parameterNames.firstIndex(of: $0) }
        let metrics = Array(result.summaryNames.prefix(4))
        let header = ["point"] + result.variedNames + metrics.map { "\($0) mean" }
        let rows = result.points.map { p in
            [String(p.index)] + varied.map { NumberText.compact(p.parameters[$0]) } + p.summaries.prefix(4).map { NumberText.compact($0.mean) }
        }
        print(table(header, rows), terminator: "")
        if let output { print("wrote \(jsonName), points.csv, replicates.csv to \(output)") }
    }
}
