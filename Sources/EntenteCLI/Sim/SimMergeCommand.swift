import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import Foundation

/// `entente sim merge SHARD.json …` or `entente sim merge --results URL --sweep ID`
struct SimMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the outputs of sweep shards (files or a PostgreSQL result set) into the whole sweep.",
        discussion: """
            Checks that every file comes from the same scenario and design (same fingerprint), that no point is \
            given twice and that none is missing; the result equals the unsharded sweep's output bit for bit. \
            With --results and --sweep it reads the points the shards stored with 'sim sweep --results' instead; \
            when points are missing it names them and their shards and merges nothing.
            """
    )

    @Argument(help: "Shard result files written by 'entente sim sweep --shard i/n --format json' or --output.")
    var files: [String] = []

    @Option(
        help: ArgumentHelp(
            "Read the sweep from this PostgreSQL database (postgres://…), as 'sim sweep --results' stored it.",
            valueName: "url"))
    var results: String?

    @Option(help: ArgumentHelp("The sweep's ID (its fingerprint) in --results.", valueName: "id"))
    var sweep: String?

    @Option(help: "Output on standard output: text, json or csv.")
    var format: OutputFormat = .text

    @Option(help: "Also write sweep.json, points.csv and replicates.csv into this folder.")
    var output: String?

    func validate() throws {
        if results != nil {
            if !files.isEmpty { throw ValidationError("give shard files or --results, not both.") }
            if sweep == nil { throw ValidationError("--results needs --sweep ID (printed by 'sim sweep --results').") }
        } else {
            if sweep != nil { throw ValidationError("--sweep is only used with --results.") }
            if files.isEmpty { throw ValidationError("give at least one shard result file, or --results and --sweep.") }
        }
    }

    func run() async throws {
        if let results, let sweep {
            let report = try await Services.storedSweep(sweep, in: try Services.sweepResults(at: results))
            try emit(report, format: format, output: output)
            return
        }
        var shards: [(file: String, report: SweepReport)] = []
        for file in files {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw EntenteError(
                    .invalidInput, "\(file): cannot read the shard result (\(error.localizedDescription)).")
            }
            shards.append((file, try SweepReport(json: data, file: file)))
        }
        try emit(try Services.mergeShards(shards), format: format, output: output)
    }
}
