public import EntenteCore
public import EntenteStore

/// What a rebuild of the reference data did.
public struct RebuildReport: Codable, Sendable {
    /// Where the store lives.
    public var path: String
    public var build: StoreBuilder.Report
    /// Wall-clock seconds the build took.
    public var seconds: Double
}

extension Services {
    /// Rebuilds the default SQLite store's reference data from the bundled datasets, by writing a new
    /// file and renaming it into place; the user's imports, in their own file, are kept (a store
    /// from before that split has its imports moved there first).
    public static func rebuild(store location: String?) throws(EntenteError) -> RebuildReport {
        let path = StoreLocation.resolve(explicit: location)
        let clock = ContinuousClock()
        let start = clock.now
        let opened = try SQLiteStore(path: path, rebuild: true)
        let elapsed = clock.now - start
        guard let build = opened.openingBuild else {
            throw EntenteError(.internalFailure, "The store at '\(path)' was opened without the rebuild it asked for.")
        }
        let (seconds, attoseconds) = elapsed.components
        return RebuildReport(path: path, build: build, seconds: Double(seconds) + Double(attoseconds) * 1e-18)
    }

    /// Rebuilds the reference data of the PostgreSQL store at `url` in one transaction; the user's
    /// imports, in their own tables, are kept.
    public static func rebuild(postgres url: String) async throws(EntenteError) -> RebuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        let store = try PostgresStore(url: url, rebuild: true)
        _ = try await store.directory()
        guard let build = store.openingBuild else {
            throw EntenteError(.internalFailure, "The PostgreSQL store was opened without the rebuild it asked for.")
        }
        let (seconds, attoseconds) = (clock.now - start).components
        return RebuildReport(
            path: PostgresLocation.redacted(url), build: build, seconds: Double(seconds) + Double(attoseconds) * 1e-18)
    }

    /// Rebuilds the reference data in place, for a running server whose store other requests are
    /// reading; cached snapshots are dropped so the next answer sees the new data.
    public func rebuildReferenceData() async throws(EntenteError) -> StoreBuilder.Report {
        let report = try await store.rebuildReferenceData()
        await snapshots.invalidate()
        return report
    }
}
