public import EntenteCore
import GRDB

extension SQLiteStore {
    /// The number of rows in one of the store's tables (for reports and checks).
    ///
    /// - Throws: ``EntenteError`` `notFound` when no such table exists.
    public func count(table: String) async throws(EntenteError) -> Int {
        let tables = try await read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        guard tables.contains(table) else { throw EntenteError(.notFound, "The store has no table '\(table)'.") }
        return try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }
}
