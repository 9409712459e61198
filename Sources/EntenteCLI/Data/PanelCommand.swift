import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import Foundation

/// `entente data panel --unit … --from … --to … --with … -o FILE`: a research panel and its codebook.
struct PanelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panel",
        abstract:
            "Write a research panel (state-years, dyad-years or state-days with joined columns) and its codebook.",
        discussion: """
            Columns (--with): \(PanelGroup.allCases.map(\.rawValue).joined(separator: ", ")).
            Cells outside a source's coverage are empty (CSV) or null (JSON), never 0; the codebook gives
            each column's meaning, source, version and coverage.
            """)

    @Option(
        name: .long,
        help: "state-year, dyad-year, directed-dyad-year, or state-day (security-orgs, regimes, treaty-days only).")
    var unit: PanelUnitArgument = .dyadYear

    @Option(name: .long, help: "First year.")
    var from: Int

    @Option(name: .long, help: "Last year (default: --from).")
    var to: Int?

    @Option(name: .long, help: "Limit to these states (comma-separated codes or names); dyads need both listed.")
    var states: String?

    @Flag(
        name: .long,
        help: "Politically relevant dyads only: contiguous (see --prd-contiguity) or with a COW major power.")
    var prd = false

    @Option(
        name: .customLong("prd-contiguity"),
        help: "Widest COW contiguity type counted by --prd: 1 land or river (default) … 5 ≤400 miles of water.")
    var prdContiguity = 1

    @Option(name: .customLong("with"), help: "Column groups, comma-separated.")
    var columns: String = ""

    @Option(name: .long, help: "csv (default), json, or sqlite (tables panel, codebook and about).")
    var format: PanelFormatArgument = .csv

    @Option(name: [.short, .customLong("output")], help: "The file to write.")
    var output: String

    @Option(name: .long, help: "Also write the codebook here (.json for JSON, else Markdown).")
    var codebook: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let request = PanelRequest(
            unit: unit.unit, from: from, to: to ?? from,
            states: (states ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }, politicallyRelevant: prd, prdContiguity: prdContiguity, groups: try PanelGroup.parse([columns]))
        let report = try await storeOptions.services().panel(request)
        for warning in report.warnings { Diagnostics.note("note: \(warning)") }
        if let tableFormat = format.format {
            try PanelTableWriter.write(report.table, format: tableFormat, to: output)
        } else {
            try report.writeSQLite(to: output)
        }
        if let codebook {
            let text =
                try codebook.hasSuffix(".json") ? EntenteJSON.string(report.codebook) + "\n" : report.codebook.markdown
            try writeOutput(text, to: codebook)
        }
        Diagnostics.note(
            "Wrote \(report.table.rowCount) \(request.unit.rawValue) rows × \(report.table.columns.count) columns to \(output)."
        )
    }
}

/// `--unit` values.
enum PanelUnitArgument: String, ExpressibleByArgument, CaseIterable {
    case stateYear = "state-year"
    case dyadYear = "dyad-year"
    case directedDyadYear = "directed-dyad-year"
    case stateDay = "state-day"

    var unit: PanelUnit { PanelUnit(rawValue: rawValue)! }
}

/// `--format` values of a panel.
enum PanelFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case csv, json, sqlite

    /// The text format, or nil for a SQLite file (the table, its codebook and notes as tables).
    var format: PanelTableWriter.Format? {
        switch self {
        case .csv: .csv
        case .json: .json
        case .sqlite: nil
        }
    }
}
