public import EntenteCore
import EntenteData
import Foundation
public import GRDB

/// Builds a store's reference data from the bundled datasets: every file mirrored as a table, then
/// Entente's own tables (states, memberships, activities, treaty status) derived from them and from
/// the curated files.
///
/// A build never touches user data (``UserSchema``): a file store keeps it in another file, and a
/// build into a database replaces only the reference tables. Both builds are all-or-nothing: the
/// file build writes a new database beside the target path and renames it into place only when
/// everything has loaded; the build into a database runs in one transaction.
public struct StoreBuilder: Sendable {
    /// What a build did, for the CLI's report and the benchmark's check.
    public struct Report: Sendable, Codable {
        /// The rows loaded into one table.
        public struct TableRows: Sendable, Codable, Hashable {
            public var table: String
            public var rows: Int

            public init(table: String, rows: Int) {
                self.table = table
                self.rows = rows
            }
        }

        public var rowsByTable: [TableRows]
        public var totalRows: Int { rowsByTable.reduce(0) { $0 + $1.rows } }

        public init(rowsByTable: [TableRows]) {
            self.rowsByTable = rowsByTable
        }
    }

    public init() {}

    /// Builds the reference store file at `path`, replacing any file there only on success.
    ///
    /// The user database beside it (`<path>.user.sqlite`) is left as it is.
    ///
    /// - Throws: ``EntenteError`` when a bundled file is missing or malformed (naming it) or the disk fails.
    public func build(at path: String) throws(EntenteError) -> Report {
        let report = try SQLiteFileReplacement.write(to: path, what: "the new store") { queue in
            let report = try queue.write { db in try Self.load(db) }
            // The store opens as a WAL database; set it now so opening it writes nothing.
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            return report
        }
        // A write-ahead log left by the old file must not be replayed onto the new one. A process
        // that still has the old file open keeps its own (now unlinked) log; a running server
        // rebuilds in place instead, through `build(into:)`.
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return report
    }

    /// Builds the reference data into a database, replacing its reference tables in one transaction
    /// and keeping its user tables (``UserSchema``).
    ///
    /// - Throws: ``EntenteError`` when a bundled file is missing or malformed or the database fails;
    ///   the database is then unchanged.
    public func build(into writer: any DatabaseWriter) throws(EntenteError) -> Report {
        do {
            return try writer.write { db in try Self.replaceReference(db) }
        } catch {
            throw Self.failure(error)
        }
    }

    /// Builds the reference data into a database as ``build(into:)`` does, without blocking the
    /// caller's thread, and reads `then` inside the same transaction.
    func build<T: Sendable>(into writer: any DatabaseWriter, then read: @escaping @Sendable (Database) throws -> T)
        async throws(EntenteError) -> (Report, T)
    {
        do {
            return try await writer.write { db in (try Self.replaceReference(db), try read(db)) }
        } catch {
            throw Self.failure(error)
        }
    }

    private static func replaceReference(_ db: Database) throws -> Report {
        try dropReferenceTables(db)
        return try load(db)
    }

    private static func failure(_ error: any Error) -> EntenteError {
        if let error = error as? EntenteError { return error }
        return EntenteError(.storage, "Building the store's reference data failed.", underlying: error)
    }

    private static func load(_ db: Database) throws -> Report {
        try StoreSchema.createReferenceTables(db)
        var session = BuildSession(db: db)
        defer { session.finish() }
        try session.run()
        return Report(rowsByTable: session.counts.map { Report.TableRows(table: $0.table, rows: $0.rows) })
    }

    /// Drops every table of the main schema but the user's and the migration log.
    private static func dropReferenceTables(_ db: Database) throws {
        // The old and new reference rows reference each other's tables only inside this transaction.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        let tables = try String.fetchAll(
            db,
            sql: """
                SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'user\\_%' ESCAPE '\\'
                  AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'grdb_migrations'
                """)
        for table in tables { try db.execute(sql: "DROP TABLE main.\(table.quotedDatabaseIdentifier)") }
    }
}
