import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteStore
import Foundation

/// `entente data export --kind … [--format csv|json] [--output FILE]`
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write records in the import format (CSV or JSON), to a file or standard output.")

    @Option(name: .long, help: "What to export: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String

    @Option(name: .long, help: "csv (default) or json.")
    var format: OutputFormat = .csv

    @Option(name: .long, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard ImportKind(rawValue: kind) != nil else {
            throw ValidationError(
                "Unknown kind '\(kind)'; expected one of \(ImportKind.allCases.map(\.rawValue).joined(separator: ", "))."
            )
        }
        if format == .text { throw ValidationError("Export writes csv or json.") }
    }

    func run() async throws {
        let table = try await storeOptions.open().export(ImportKind(rawValue: kind)!)
        let text: String
        if format == .json {
            let objects = table.rows.map { row in Dictionary(uniqueKeysWithValues: zip(table.header, row)) }
            text = try EntenteJSON.string(objects)
        } else {
            var rendered = TextTable(table.header)
            rendered.rows = table.rows
            text = rendered.csv()
        }
        if let output {
            try Data((text + "\n").utf8).write(to: URL(filePath: output))
            print("Wrote \(table.rows.count) \(kind) records to \(output).")
        } else {
            print(text)
        }
    }
}
