import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteSim
import Foundation

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
    var format: SimFormat = .text

    @Option(help: "Also write every output file into this folder.")
    var output: String?

    func run() async throws {
        let scenario = try options.loadScenario()
        let result = await SimulationRunner.run(
            scenario, threads: options.threads, progress: options.progress(label: "replicates"))
        if let output {
            try writeFiles([("run.json", result.json.rendered() + "\n")] + result.csvFiles, into: output)
        }
        switch format {
        case .json: print(result.json.rendered())
        case .csv: print(result.csvFiles.first { $0.name == "ensemble.csv" }!.contents, terminator: "")
        case .text:
            print(
                "\(scenario.name) — model \(scenario.model.rawValue), seed \(scenario.seed), "
                    + "\(scenario.replicates) replicate(s), horizon \(scenario.horizon) (\(scenario.model.horizonMeaning))"
            )
            let rows = zip(result.summaryNames, result.point.summaries).map { name, s in
                [name] + [s.mean, s.standardDeviation, s.lower, s.median, s.upper, s.meanLower, s.meanUpper].map(NumberText.compact)
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
