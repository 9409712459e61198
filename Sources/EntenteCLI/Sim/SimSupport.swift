import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import EntenteSim
import Foundation

/// Options shared by the commands that run a scenario.
struct ScenarioRunOptions: ParsableArguments {
    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @Option(help: "Override the scenario's seed (any 64-bit unsigned integer).")
    var seed: UInt64?

    @Option(help: "Override the number of replicates.")
    var replicates: Int?

    @Option(help: "Override the horizon (steps, generations or turns, by model).")
    var horizon: Int?

    @Option(help: "Most replicates running at once (default: the number of cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        name: .customLong("set"), parsing: .upToNextOption,
        help: "Override parameters: name=value … (e.g. --set mutation_rate=0.02 agents=40).")
    var overrides: [String] = []

    @Flag(help: "Never show a progress bar.")
    var quiet = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let r = replicates, r < 1 { throw ValidationError("--replicates must be at least 1, got \(r).") }
        if let h = horizon, h < 0 { throw ValidationError("--horizon must be non-negative, got \(h).") }
        if threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads).") }
    }

    /// Reads the scenario file, has the services parse and override it, and attaches the
    /// knowledge-base world its `world:` section names (opening the store only then).
    func loadScenario() async throws -> Scenario {
        try await Self.load(
            scenario, seed: seed, replicates: replicates, horizon: horizon, overrides: overrides, store: store)
    }

    /// Reads one scenario file as ``loadScenario()`` does.
    static func load(
        _ scenario: String, seed: UInt64? = nil, replicates: Int? = nil, horizon: Int? = nil, overrides: [String] = [],
        store: StoreOptions
    ) async throws -> Scenario {
        // Read as the law files and edge lists are: a missing file is not found (exit 66), one that is
        // not UTF-8 is refused input naming its line and byte (exit 65).
        let text = try InputFile.text(scenario) { error in
            EntenteError(
                .notFound, "\(scenario): cannot read the scenario file (\(error.localizedDescription)).",
                underlying: error)
        }
        let overrides = ScenarioOverrides(
            seed: seed, replicates: replicates, horizon: horizon, assignments: overrides)
        let parsed = try Services.scenario(text: text, file: scenario, overrides: overrides)
        guard parsed.worldSelection != nil else { return parsed }
        return try await store.services().attachingWorld(to: parsed)
    }

    /// A progress callback drawing a bar on standard error when it is a terminal.
    func progress(label: String) -> SimulationRunner.Progress? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        return ProgressBar(label: label).callback
    }
}

/// A one-line progress bar on standard error.
struct ProgressBar {
    var label: String

    var callback: SimulationRunner.Progress {
        let label = label
        return { done, total in
            let width = 30
            let filled = total > 0 ? done * width / total : width
            let previous = total > 0 ? (done - 1) * width / total : -1
            let percent = total > 0 ? done * 100 / total : 100
            let previousPercent = total > 0 ? (done - 1) * 100 / total : -1
            guard filled != previous || percent != previousPercent || done == total else { return }
            var line = "\r\(label) [" + String(repeating: "#", count: filled)
            line += String(repeating: " ", count: width - filled) + "] \(done)/\(total) (\(percent)%)"
            if done == total { line += "\n" }
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}

/// Writes named files into a folder, creating it.
func writeFiles(_ files: [(name: String, contents: String)], into folder: String) throws {
    do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in files {
            try file.contents.write(
                toFile: (folder as NSString).appendingPathComponent(file.name), atomically: true, encoding: .utf8)
        }
    } catch {
        throw EntenteError(.invalidInput, "\(folder): cannot write the output files (\(error.localizedDescription)).")
    }
}

/// A statistics table: the first column left-aligned, numbers right-aligned; ends with a newline.
func table(_ header: [String], _ rows: [[String]]) -> String {
    var table = TextTable(header, alignments: [.left] + Array(repeating: .right, count: max(0, header.count - 1)))
    table.rows = rows
    return table.render() + "\n"
}

/// A statistics cell: compact number, or "—" where the value is undefined.
func cell(_ value: Double?) -> String { value.map(NumberText.compact) ?? NumberText.missing }
