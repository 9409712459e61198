import ArgumentParser
import EntenteCore
import EntenteStore

/// `entente data rebuild`
struct RebuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild", abstract: "Rebuild the store from the bundled data (imported records are dropped).")

    @OptionGroup var storeOptions: StoreOptions

    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let hundredths = Int(attoseconds / 10_000_000_000_000_000)
        return "\(seconds).\(hundredths < 10 ? "0" : "")\(hundredths)"
    }

    func run() async throws {
        let path = StoreLocation.resolve(explicit: storeOptions.store)
        let clock = ContinuousClock()
        var report: StoreBuilder.Report?
        let elapsed = try clock.measure { report = try StoreBuilder().build(at: path) }
        print(
            "Built \(path): \(report!.totalRows) rows in \(report!.rowsByTable.count) tables, \(Self.seconds(elapsed)) s."
        )
    }
}
