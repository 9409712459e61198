import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore

/// `entente data import FILE --kind … [--format text|json]`
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Add records from a CSV or JSON file; the whole file is checked first and a refused file changes nothing.",
        discussion: """
            Kinds and required columns (CSV header or JSON keys; more columns may follow):
              activities     id, name, kind, start, end, participants (;-separated states)
                             optional: series, host, observers, location, lat, lon, domains, purpose, notified
              memberships    org, state, status (member|associate|observer|partner), start, end
              organisations  org, name, kind (organisation|forum|treaty|informal), founded
              treaty_status  treaty, state, status (party|signatory|withdrawn|non_party), signed, joined, withdrawn
            Every kind may carry source_url, accessed, confidence (high|medium|low) and note.
            Dates are YYYY-MM-DD; states are ISO alpha-3, COW abbreviations or numbers, or names.
            Imported records are kept apart from the bundled reference data: rebuilds and upgrades keep them.
            A refused file lists every problem found, one per line in file order (the first 100, then
            how many more); with --format json they are a list under error.problems on standard output.
            """)

    @Argument(help: "The file to import (.csv or .json).")
    var file: String

    @Option(name: .long, help: "What the file holds.")
    var kind: ImportKind

    @Option(name: .long, help: "text (default) or json, for the summary and for a refused file's problems.")
    var format: OutputFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if format == .csv { throw ValidationError("Import reports as text or json.") }
    }

    func run() async throws {
        let summary: ImportSummary
        do {
            summary = try await storeOptions.services().importFile(kind: kind, path: file)
        } catch let error as EntenteError where format == .json {
            // Scripts read the problems from standard output; the exit status is the usual one.
            print(try ImportErrorReport.json(error))
            throw ExitCode(ErrorExit.status(for: error))
        }
        if format == .json {
            print(try EntenteJSON.string(summary))
        } else {
            print("Imported \(summary.records) \(summary.kind.rawValue) records from \(summary.file).")
        }
    }
}
