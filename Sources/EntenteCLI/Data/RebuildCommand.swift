import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore

/// `entente data rebuild`
struct RebuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Rebuild the reference data from the bundled datasets (imported records are kept).")

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let location = StoreLocation.resolve(explicit: storeOptions.store)
        let report =
            PostgresLocation.isPostgres(location)
            ? try await Services.rebuild(postgres: location) : try Services.rebuild(store: storeOptions.store)
        print(
            "Built \(report.path): \(report.build.totalRows) rows in \(report.build.rowsByTable.count) tables, "
                + "\(NumberText.fixed(report.seconds, 2)) s; imported records kept.")
    }
}
