import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteSim
import Foundation

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

    enum Method: String, ExpressibleByArgument, CaseIterable { case oat, morris }

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
    var format: SimFormat = .text

    func run() async throws {
        let scenario = try options.loadScenario()
        var ranges = scenario.ranges
        for item in range {
            let parts = item.split(separator: "=", maxSplits: 1)
            let bounds = parts.count == 2 ? parts[1].split(separator: ":").compactMap { Double($0) } : []
            guard bounds.count == 2, bounds[0] <= bounds[1] else {
                throw ValidationError("--range expects name=lower:upper with lower ≤ upper, got '\(item)'.")
            }
            ranges.removeAll { $0.name == String(parts[0]) }
            ranges.append(.init(name: String(parts[0]), lower: bounds[0], upper: bounds[1]))
        }
        let progress = options.progress(label: method.rawValue)
        switch method {
        case .oat:
            let r = try await SensitivityAnalysis.oneAtATime(
                scenario, ranges: ranges, levels: levels ?? 5, threads: options.threads, progress: progress)
            if format == .json {
                let json = JSONText.object([
                    ("method", .string("oat")),
                    ("parameters", .array(r.parameterNames.map { .string($0) })),
                    ("metrics", .array(r.metricNames.map { .string($0) })),
                    ("baseline", .array(r.baseline.map { .number($0) })),
                    ("levels", .array(r.levels.map { .array($0.map { .number($0) }) })),
                    ("means", .array(r.means.map { .array($0.map { .array($0.map { .number($0) }) }) })),
                    ("effects", .array(r.effects.map { .array($0.map { .number($0) }) })),
                ])
                print(json.rendered())
            } else {
                print("One-at-a-time: spread (max − min) of each metric's ensemble mean over the parameter's range")
                let rows = zip(r.parameterNames, r.effects).map { [$0] + $1.map(NumberText.compact) }
                print(table(["parameter"] + r.metricNames, rows), terminator: "")
            }
        case .morris:
            let r = try await SensitivityAnalysis.morris(
                scenario, ranges: ranges, trajectories: trajectories, levels: levels ?? 4, threads: options.threads,
                progress: progress)
            if format == .json {
                func grid(_ g: [[Double]]) -> JSONText { .array(g.map { .array($0.map { .number($0) }) }) }
                print(
                    JSONText.object([
                        ("method", .string("morris")), ("trajectories", .integer(r.trajectories)),
                        ("levels", .integer(r.levels)),
                        ("parameters", .array(r.parameterNames.map { .string($0) })),
                        ("metrics", .array(r.metricNames.map { .string($0) })),
                        ("mu", grid(r.mu)), ("mu_star", grid(r.muStar)), ("sigma", grid(r.sigma)),
                    ]).rendered())
            } else {
                print("Morris elementary effects (\(r.trajectories) trajectories, \(r.levels) levels)")
                for (m, metric) in r.metricNames.enumerated() {
                    print("\n\(metric)")
                    let rows = r.parameterNames.indices.map { p in
                        [r.parameterNames[p], NumberText.compact(r.muStar[p][m]), NumberText.compact(r.mu[p][m]), NumberText.compact(r.sigma[p][m])]
                    }
                    print(table(["parameter", "mu*", "mu", "sigma"], rows), terminator: "")
                }
            }
        }
    }
}
