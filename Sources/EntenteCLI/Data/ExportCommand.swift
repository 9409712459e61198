import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore
import Foundation

/// `entente data export --kind … [--format csv|json] [--output FILE]`
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write records in the import format (CSV or JSON), to a file or standard output.")

    @Option(name: .long, help: "What to export.")
    var kind: ImportKind

    @Option(name: .long, help: "csv (default) or json.")
    var format: OutputFormat = .csv

    @Option(name: .long, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if format == .text { throw ValidationError("Export writes csv or json.") }
    }

    func run() async throws {
        let table = try await storeOptions.services().export(kind: kind)
        let text: String
        if format == .json {
            text = try EntenteJSON.string(
                table.rows.map { row in Dictionary(uniqueKeysWithValues: zip(table.header, row)) })
        } else {
            text = CSVText.render(header: table.header, rows: table.rows)
        }
        guard let output else {
            print(text)
            return
        }
        try writeOutput(text + "\n", to: output)
        print("Wrote \(table.rows.count) \(kind.rawValue) records to \(output).")
    }
}
