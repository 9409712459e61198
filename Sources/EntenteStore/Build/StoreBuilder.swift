public import EntenteCore
import EntenteData
import Foundation
import GRDB

/// Builds a store from the bundled datasets: every file mirrored as a table, then Entente's own
/// tables (states, memberships, activities, treaty status) derived from them and from the curated
/// files.
///
/// The build writes a new database beside the target path and renames it into place only when
/// everything has loaded, so an interrupted or failed build never leaves a half-written store.
public struct StoreBuilder: Sendable {
    /// What a build did, for the CLI's report and the benchmark's check.
    public struct Report: Sendable {
        public var rowsByTable: [(table: String, rows: Int)]
        public var totalRows: Int { rowsByTable.reduce(0) { $0 + $1.rows } }
    }

    public init() {}

    /// Builds the store at `path`, replacing any file there only on success.
    ///
    /// - Throws: ``EntenteError`` when a bundled file is missing or malformed (naming it) or the disk fails.
    public func build(at path: String) throws(EntenteError) -> Report {
        let temporary = path + ".building-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: temporary)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        }
        var report = Report(rowsByTable: [])
        do {
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            try StoreSchema.makeMigrator().migrate(queue)
            try queue.inTransaction { db in
                var load = BuildSession(db: db)
                try load.run()
                report = Report(rowsByTable: load.counts)
                return .commit
            }
            try queue.close()
            // rename(2) replaces the old store atomically: readers see the old file or the new one.
            guard rename(temporary, path) == 0 else {
                throw EntenteError(.storage, "Cannot move the new store into place at '\(path)' (errno \(errno)).")
            }
        } catch let error as EntenteError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw EntenteError(.storage, "Building the store at '\(path)' failed: \(error)", underlying: error)
        }
        return report
    }
}
