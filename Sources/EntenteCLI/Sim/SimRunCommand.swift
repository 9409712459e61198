import ArgumentParser
import EntenteRender
import EntenteServices
import EntenteSim

/// `entente sim run SCENARIO`
struct SimRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario's replicates and report the ensemble.",
        discussion: """
            Prints the ensemble statistics of each summary metric (mean, s.d., 2.5/25/50/75/97.5% quantiles and \
            the 95% confidence interval of the mean). With --output DIR writes run.json, series.csv (every \
            replicate's per-step series), replicates.csv, ensemble.csv and ensemble_series.csv.
            """
    )

    @OptionGroup var options: ScenarioRunOptions

    @Option(help: "Output on standard output: text (table), json (the whole run) or csv (ensemble statistics).")
    var format: OutputFormat = .text

    @Option(help: "Also write every output file into this folder.")
    var output: String?

    func run() async throws {
        let scenario = try await options.loadScenario()
        let report = try await Services.runSimulation(
            scenario: scenario, threads: options.threads, progress: options.progress(label: "replicates"))
        let files = report.csvFiles
        if let output { try writeFiles([("run.json", try EntenteJSON.string(report) + "\n")] + files, into: output) }
        switch format {
        case .json: print(try EntenteJSON.string(report))
        case .csv: print(files.first { $0.name == "ensemble.csv" }!.contents, terminator: "")
        case .text:
            print(
                "\(report.scenario) — model \(report.model), seed \(report.seed), "
                    + "\(report.replicates) replicate(s), horizon \(report.horizon) (\(report.horizonMeaning))")
            let rows = report.summaryNames.map { name in
                let s = report.ensemble[name]
                return [name]
                    + [s?.mean, s?.sd, s?.q025, s?.median, s?.q975, s?.meanCiLow, s?.meanCiHigh].map(cell)
            }
            print(
                table(["metric", "mean", "sd", "q2.5%", "median", "q97.5%", "mean 95% CI low", "high"], rows),
                terminator: "")
            if let output {
                print("wrote run.json, series.csv, replicates.csv, ensemble.csv, ensemble_series.csv to \(output)")
            }
        }
    }
}
