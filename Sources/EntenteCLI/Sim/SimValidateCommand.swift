import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import Foundation

/// `entente sim validate`
struct SimValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Calibrate the defense-diplomacy model on 1990–2000 and test it on 2001–2010 against MME and MID.",
        discussion: """
            Initialises the model from the knowledge base on 1 January of --start, runs every point of a grid over \
            engagement_rate × crisis_base, keeps the point that fits the calibration years best, and reports, year \
            by year, the observed exercise-network density (MME) and dyadic dispute rate (MID) beside the model's \
            ensemble mean and the naive baseline (the calibration years' mean carried forward), with RMSE and MAE \
            of both. A model that does not beat the baseline is reported as such. See docs/model.md §7.
            """
    )

    @Option(parsing: .upToNextOption, help: "States or groups, as in a scenario's world: states (default: all).")
    var states: [String] = ["all"]

    @Option(help: "The first year (the world is read on 1 January).")
    var start = 1990

    @Option(help: "The last calibration year.")
    var calibrationEnd = 2000

    @Option(help: "The last test year.")
    var testEnd = 2010

    @Option(parsing: .upToNextOption, help: "Grid values of engagement_rate.")
    var engagementRates: [Double] = WorldModelValidationOptions().engagementRates

    @Option(parsing: .upToNextOption, help: "Grid values of crisis_base.")
    var crisisBases: [Double] = WorldModelValidationOptions().crisisBases

    @Option(help: "Replicates per grid point.")
    var replicates = WorldModelValidationOptions().replicates

    @Option(help: "The seed (any 64-bit unsigned integer).")
    var seed: UInt64 = 1

    @Option(help: "Most replicates running at once (default: the number of cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output: text (tables) or json.")
    var format: OutputFormat = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if replicates < 1 { throw ValidationError("--replicates must be at least 1, got \(replicates).") }
        if threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads).") }
        if format == .csv { throw ValidationError("--format: expected text or json.") }
    }

    func run() async throws {
        let options = WorldModelValidationOptions(
            states: states, startYear: start, calibrationEndYear: calibrationEnd, testEndYear: testEnd,
            engagementRates: engagementRates, crisisBases: crisisBases, replicates: replicates, seed: seed,
            threads: threads)
        let report = try await store.services().validateWorldModel(options)
        if format == .json { return print(try EntenteJSON.string(report)) }
        print(
            "\(report.states) states from \(report.startYear); calibration \(report.calibrationYears), test "
                + "\(report.testYears); \(report.replicates) replicates per point, seed \(report.seed)")
        print(
            "chosen: engagement_rate \(NumberText.compact(report.chosen.engagementRate)), crisis_base "
                + "\(NumberText.compact(report.chosen.crisisBase)) (calibration loss "
                + "\(NumberText.fixed(report.chosen.calibrationLoss, 4)))")
        for series in report.series {
            print("\n\(series.name): \(series.meaning)")
            let rows = series.years.indices.map { k in
                [
                    String(series.years[k]), series.years[k] <= calibrationEnd ? "calibration" : "test",
                    NumberText.fixed(series.observed[k], 5), NumberText.fixed(series.model[k], 5),
                    NumberText.fixed(series.baseline, 5),
                ]
            }
            print(table(["year", "period", "observed", "model", "baseline"], rows), terminator: "")
            let fits = [("calibration", series.calibration), ("test", series.test)].map { name, fit in
                [
                    name, String(fit.years), NumberText.fixed(fit.modelRMSE, 5), NumberText.fixed(fit.baselineRMSE, 5),
                    NumberText.fixed(fit.modelMAE, 5), NumberText.fixed(fit.baselineMAE, 5),
                    fit.modelBeatsBaseline ? "yes" : "no",
                ]
            }
            print(
                table(
                    ["period", "years", "RMSE model", "RMSE baseline", "MAE model", "MAE baseline", "model better"],
                    fits),
                terminator: "")
        }
        print("\n" + report.note)
    }
}
