import ArgumentParser
import EntenteRender
import EntenteServices
import EntenteSim

/// `entente sim sensitivity SCENARIO --method oat|morris`
struct SimSensitivityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "One-at-a-time or Morris elementary-effects sensitivity over the scenario's parameter ranges.",
        discussion: """
            Uses the scenario's 'ranges' (or --range name=lower:upper). oat moves each parameter across its range \
            (--levels values) with the others fixed and reports the spread of each metric's ensemble mean; morris \
            runs --trajectories elementary-effects trajectories and reports μ, μ* and σ per parameter and metric.
            """
    )

    enum Method: String, ExpressibleByArgument, CaseIterable {
        case oat, morris

        var service: SensitivityMethod { self == .oat ? .oneAtATime : .morris }
    }

    @OptionGroup var options: ScenarioRunOptions

    @Option(help: "oat or morris.")
    var method: Method = .morris

    @Option(help: "Levels per parameter (oat: values across the range; morris: grid levels, even).")
    var levels: Int?

    @Option(help: "Morris trajectories.")
    var trajectories: Int = 10

    @Option(parsing: .upToNextOption, help: "Ranges: name=lower:upper … (override the scenario's).")
    var range: [String] = []

    @Option(help: "Output on standard output: text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let scenario = try await options.loadScenario()
        let report = try await Services.sensitivity(
            scenario: scenario, method: method.service,
            ranges: try range.map { try Scenario.ParameterRange(parsing: $0) },
            levels: levels, trajectories: trajectories, threads: options.threads,
            progress: options.progress(label: method.rawValue))
        if format == .json { return print(try EntenteJSON.string(report)) }
        switch report {
        case .oneAtATime(let r):
            print("One-at-a-time: spread (max − min) of each metric's ensemble mean over the parameter's range")
            let rows = zip(r.parameters, r.effects).map { [$0] + $1.map(cell) }
            print(table(["parameter"] + r.metrics, rows), terminator: "")
        case .morris(let r):
            print("Morris elementary effects (\(r.trajectories) trajectories, \(r.levels) levels)")
            for (m, metric) in r.metrics.enumerated() {
                print("\n\(metric)")
                let rows = r.parameters.indices.map { p in
                    [r.parameters[p], cell(r.muStar[p][m]), cell(r.mu[p][m]), cell(r.sigma[p][m])]
                }
                print(table(["parameter", "mu*", "mu", "sigma"], rows), terminator: "")
            }
        }
    }
}
