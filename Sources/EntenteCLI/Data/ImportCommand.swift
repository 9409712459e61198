import ArgumentParser
import EntenteCore
import EntenteServices
import EntenteStore

/// `entente data import FILE --kind …`
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
            """)

    @Argument(help: "The file to import (.csv or .json).")
    var file: String

    @Option(name: .long, help: "What the file holds.")
    var kind: ImportKind

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let summary = try await storeOptions.services().importFile(kind: kind, path: file)
        print("Imported \(summary.records) \(summary.kind.rawValue) records from \(summary.file).")
    }
}
