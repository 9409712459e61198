import ArgumentParser
import EntenteCore
import EntenteSim
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
    var format: SimFormat = .text

    @Option(help: "Also write sweep.json, points.csv and replicates.csv into this folder.")
    var output: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one shard result file.") }
    }

    func run() async throws {
        var parts: [SweepResult] = []
        for file in files {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw EntenteError(
                    .invalidInput, "\(file): cannot read the shard result (\(error.localizedDescription)).")
            }
            parts.append(try SweepResult(jsonText: text, file: file))
        }
        try emit(try SweepResult.merge(parts), format: format, output: output)
    }
}
