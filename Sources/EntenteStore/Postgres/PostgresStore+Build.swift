import EntenteCore
import Foundation
import GRDB
import PostgresNIO

extension PostgresStore {
    /// Serialises builds of the reference data and schema changes across processes (`pg_advisory_xact_lock`).
    static let buildLock = 0x456E_7465_6E74_65

    /// The name the temporary SQLite build starts with, in the temporary directory.
    static let buildFilePrefix = "entente-postgres-build-"

    /// Deletes the temporary SQLite builds of processes that were killed before they could (about
    /// 56 MB each), as the SQLite store does beside its own file.
    static func removeAbandonedBuildFiles(in folder: URL = FileManager.default.temporaryDirectory) {
        AbandonedFiles.remove(in: folder, infix: SQLiteFileReplacement.temporaryInfix) {
            $0.hasPrefix(buildFilePrefix) && $0.hasSuffix(".sqlite")
        }
    }

    /// Builds the reference data from the bundled datasets into the database in one transaction.
    ///
    /// The build itself is ``StoreBuilder``'s, into a temporary SQLite file; its tables are then
    /// copied with `COPY`, replacing the reference tables of the same names. The user tables are
    /// not touched, and a failure anywhere rolls everything back, so readers see the old data or
    /// the new, never a mixture.
    ///
    /// - Parameter onlyIfStale: skip the copy (returning nil) when another process built the
    ///   current data while this one waited for the lock.
    func buildReference(onlyIfStale: Bool) async throws -> StoreBuilder.Report? {
        Self.removeAbandonedBuildFiles()
        let path = FileManager.default.temporaryDirectory
            .appending(path: "\(Self.buildFilePrefix)\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                try? FileManager.default.removeItem(atPath: path + suffix)
            }
        }
        let report = try await Self.buildSQLite(at: path)
        var configuration = GRDB.Configuration()
        configuration.readonly = true
        let source = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? source.close() }
        let (tables, indexes) = try await SQLiteToPostgres.referenceTables(in: source)
        let logger = self.logger
        let copied = try await client.withTransaction(logger: logger) { (connection) async throws -> Bool in
            try await connection.run("SELECT pg_advisory_xact_lock(\(Self.buildLock))", logger: logger)
            if onlyIfStale, try await Self.storedDataVersion(connection, logger) == StoreSchema.dataVersion {
                return false
            }
            let copier = SQLiteToPostgres(source: source, connection: connection, logger: logger)
            for table in tables {
                try await connection.run(
                    PostgresQuery(unsafeSQL: "DROP TABLE IF EXISTS \(table.name)"), logger: logger)
                try await connection.run(
                    PostgresQuery(unsafeSQL: SQLiteToPostgres.createStatement(table)), logger: logger)
                try await copier.copy(table.name, into: table.name, columns: table.columns.map(\.name))
            }
            for index in indexes { try await connection.run(PostgresQuery(unsafeSQL: index), logger: logger) }
            // Planner statistics for the new tables, before any reader sees them: without them the
            // first queries after a build are planned blind (measured: World reads 10× slower
            // until autovacuum came by).
            for table in tables {
                try await connection.run(PostgresQuery(unsafeSQL: "ANALYZE \(table.name)"), logger: logger)
            }
            return true
        }
        return copied ? report : nil
    }

    /// Runs the SQLite build on a thread of its own: it parses for seconds and must not hold a
    /// thread of Swift's cooperative pool.
    private static func buildSQLite(at path: String) async throws -> StoreBuilder.Report {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                do {
                    continuation.resume(returning: try StoreBuilder().build(at: path))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}
