import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import EntenteSim
import Foundation

/// `entente sim compare A.yaml B.yaml`
struct SimCompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run two scenarios and compare every outcome: B − A and Hedges' g with 95% intervals.",
        discussion: """
            Runs each scenario's replicates (worlds from the knowledge base attached as for 'sim run') and, for \
            every summary outcome both report, prints the means, the difference B − A with its 95% Welch interval \
            and Hedges' g with its 95% interval. --format json prints the whole comparison; --html FILE also \
            writes a report with SVG charts of the mean series.
            """
    )

    @Argument(help: "The reference scenario (A).")
    var first: String

    @Argument(help: "The alternative scenario (B).")
    var second: String

    @Option(help: "Override both scenarios' number of replicates.")
    var replicates: Int?

    @Option(help: "Override both scenarios' horizon.")
    var horizon: Int?

    @Option(help: "Most replicates running at once (default: the number of cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output: text (table) or json.")
    var format: OutputFormat = .text

    @Option(help: "Also write an HTML report with charts to this file.")
    var html: String?

    @Flag(help: "Never show a progress bar.")
    var quiet = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let r = replicates, r < 1 { throw ValidationError("--replicates must be at least 1, got \(r).") }
        if let h = horizon, h < 0 { throw ValidationError("--horizon must be non-negative, got \(h).") }
        if threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads).") }
        if format == .csv { throw ValidationError("--format: expected text or json.") }
    }

    func run() async throws {
        // Both files are read and checked before either runs.
        let a = try await ScenarioRunOptions.load(first, replicates: replicates, horizon: horizon, store: store)
        let b = try await ScenarioRunOptions.load(second, replicates: replicates, horizon: horizon, store: store)
        let progress: SimulationRunner.Progress? =
            quiet || isatty(STDERR_FILENO) == 0 ? nil : ProgressBar(label: "replicates").callback
        let report = try await Services.compareSimulations(
            a, b, files: (first, second), threads: threads, progress: progress)
        if let html {
            do {
                try report.html.write(toFile: html, atomically: true, encoding: .utf8)
            } catch {
                throw EntenteError(
                    .invalidInput, "\(html): cannot write the HTML report (\(error.localizedDescription)).")
            }
        }
        switch format {
        case .json: print(try EntenteJSON.string(report))
        case .text, .csv:
            print("A: \(report.a.scenario) (\(first), \(report.a.replicates) replicates)")
            print("B: \(report.b.scenario) (\(second), \(report.b.replicates) replicates)")
            let rows = report.outcomes.map { o in
                [
                    o.name, cell(o.meanA), cell(o.meanB), cell(o.difference),
                    "[\(cell(o.differenceCiLow)), \(cell(o.differenceCiHigh))]", cell(o.hedgesG),
                    "[\(cell(o.hedgesGCiLow)), \(cell(o.hedgesGCiHigh))]", o.differs ? "*" : "",
                ]
            }
            print(
                table(["outcome", "mean A", "mean B", "B − A", "95% CI", "Hedges' g", "95% CI", "≠"], rows),
                terminator: "")
            print("* the 95% interval of B − A excludes 0.")
            if let html { print("wrote \(html)") }
        }
    }
}
