import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices

/// `entente data states --as-of DATE`
struct StatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "states", abstract: "List the states in the international system on a date (COW v2024).")

    @Option(
        name: .customLong("as-of"),
        help: "The date, YYYY-MM-DD (default: the state system's last observed day).")
    var asOf: Day?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let report = try await storeOptions.services().states(asOf: asOf ?? Services.defaultDay)
        print(try Self.render(report, format: output.format))
    }

    static func render(_ report: StatesReport, format: OutputFormat) throws -> String {
        if format == .json { return try EntenteJSON.string(report) }
        var table = TextTable(["cow", "abb", "iso3", "name", "region"])
        for state in report.states {
            table.append([
                String(state.cow.rawValue), state.cowAbbreviation, state.iso3 ?? "", state.name, state.region.title,
            ])
        }
        if format == .csv { return table.csv() }
        var out = table.render() + "\n\n\(report.states.count) states in the system on \(report.asOf)."
        if report.carriedForward {
            out +=
                "\nThe state system is observed until \(report.coverage.observedUntil); the list is carried forward from then."
        }
        return out
    }
}
