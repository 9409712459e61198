import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
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

            --results postgres://… stores each design point with its replicates in a PostgreSQL database \
            instead, one transaction per point, keyed by the sweep's ID (its fingerprint, the same in every \
            shard): the shards of a Kubernetes indexed Job or a Slurm array fill one result set, a killed shard \
            leaves only whole points, and running it again skips what is stored and completes the rest. \
            'entente sim merge --results … --sweep ID' then reads the whole sweep back.
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
    var format: OutputFormat = .text

    @Option(help: "Also write sweep.json (or shard-I-of-N.json), points.csv and replicates.csv into this folder.")
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Store each point's results in this PostgreSQL database (postgres://user@host:port/database).",
            valueName: "url"))
    var results: String?

    func validate() throws {
        if results != nil && output != nil {
            throw ValidationError("--results stores the points in the database; give --results or --output, not both.")
        }
        if results != nil && format == .csv {
            throw ValidationError("--results prints what it stored as text or json; read the points with 'sim merge'.")
        }
        if grid.isEmpty == (lhs == nil) { throw ValidationError("give either --grid axes or --lhs N (one of them).") }
        if let lhs, lhs < 1 { throw ValidationError("--lhs must be at least 1, got \(lhs).") }
        if !range.isEmpty && lhs == nil { throw ValidationError("--range is only used with --lhs.") }
    }

    func run() async throws {
        let scenario = try await options.loadScenario()
        let design: SweepDesign
        if let lhs {
            design = .latinHypercube(samples: lhs, ranges: try range.map { try Scenario.ParameterRange(parsing: $0) })
        } else {
            design = .grid(try grid.map { try SweepDesign.GridAxis(parsing: $0) })
        }
        let shard = try shard.map { try Shard(parsing: $0) }
        if let results {
            let report = try await Services.runSweep(
                scenario: scenario, design: design, shard: shard, into: try Services.sweepResults(at: results),
                threads: options.threads, progress: options.progress(label: "sweep"))
            try emit(report, format: format)
            return
        }
        let report = try await Services.runSweep(
            scenario: scenario, design: design, shard: shard, threads: options.threads,
            progress: options.progress(label: "sweep"))
        try emit(report, format: format, output: output)
    }
}

/// Prints what a shard run stored.
func emit(_ report: SweepStoreRunReport, format: OutputFormat) throws {
    guard format == .text else {
        print(try EntenteJSON.string(report))
        return
    }
    print(
        "\(report.scenario) — sweep \(report.sweep), shard \(report.shard.index)/\(report.shard.count): "
            + "\(report.written) point(s) computed and stored, \(report.alreadyStored) already stored"
            + (report.storedMeanwhile > 0 ? ", \(report.storedMeanwhile) stored meanwhile by another run" : "") + ".")
    print("\(report.results) holds \(report.storedPoints) of \(report.totalPoints) point(s) of this sweep.")
    if report.sweepComplete {
        print("Complete: entente sim merge --results URL --sweep \(report.sweep)")
    }
}

/// Prints and writes a sweep report (shared by sweep and merge).
func emit(_ report: SweepReport, format: OutputFormat, output: String?) throws {
    let jsonName = report.shard.map { "shard-\($0.index)-of-\($0.count).json" } ?? "sweep.json"
    let files = report.csvFiles
    if let output { try writeFiles([(jsonName, try EntenteJSON.string(report) + "\n")] + files, into: output) }
    switch format {
    case .json: print(try EntenteJSON.string(report))
    case .csv: print(files[0].contents, terminator: "")
    case .text:
        let shardText = report.shard.map { ", shard \($0.index)/\($0.count)" } ?? ""
        print(
            "\(report.scenario) — \(report.points.count) of \(report.totalPoints) point(s)\(shardText), "
                + "\(report.replicates) replicate(s) each; fingerprint \(report.fingerprint)")
        let columns = report.varied.compactMap { report.parameterNames.firstIndex(of: $0) }
        let metrics = Array(report.summaryNames.prefix(4))
        let header = ["point"] + report.varied + metrics.map { "\($0) mean" }
        let rows = report.points.map { p in
            [String(p.index)] + columns.map { NumberText.compact(p.parameters[$0]) }
                + metrics.map { cell(p.ensemble[$0]?.mean ?? nil) }
        }
        print(table(header, rows), terminator: "")
        if let output { print("wrote \(jsonName), points.csv, replicates.csv to \(output)") }
    }
}
