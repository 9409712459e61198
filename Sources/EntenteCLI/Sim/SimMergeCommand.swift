import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import Foundation

/// `entente sim merge SHARD.json …`
struct SimMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the JSON outputs of sweep shards into the whole sweep.",
        discussion: """
            Checks that every file comes from the same scenario and design (same fingerprint), that no point is \
            given twice and that none is missing; the result equals the unsharded sweep's output bit for bit.
            """
    )

    @Argument(help: "Shard result files written by 'entente sim sweep --shard i/n --format json' or --output.")
    var files: [String]

    @Option(help: "Output on standard output: text, json or csv.")
    var format: OutputFormat = .text

    @Option(help: "Also write sweep.json, points.csv and replicates.csv into this folder.")
    var output: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one shard result file.") }
    }

    func run() async throws {
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
