import EntenteCore
import Logging
import PostgresNIO

/// Reads that must see one state of the database — the layers of a snapshot — on one connection,
/// in one read-only `REPEATABLE READ` transaction: a rebuild committing meanwhile is not half seen,
/// as a SQLite read transaction guarantees for ``SQLiteStore``.
struct PostgresSnapshotReader {
    let connection: PostgresConnection
    let logger: Logger

    /// Runs a query and decodes its rows whole.
    func rows(_ query: PostgresQuery) async throws -> [PostgresRecordRow] {
        try await PostgresStore.collect(try await connection.query(query, logger: logger))
    }

    /// Runs a query and hands each row to `body` as it arrives.
    func forEach(_ query: PostgresQuery, _ body: (PostgresRecordRow) throws -> Void) async throws {
        try await PostgresStore.forEach(try await connection.query(query, logger: logger), body)
    }
}

extension PostgresStore {
    /// Runs `body` in one read-only repeatable-read transaction; `what` names the read in a failure.
    func readSnapshot<T: Sendable>(_ what: String, _ body: (PostgresSnapshotReader) async throws -> T)
        async throws(EntenteError) -> T
    {
        _ = try await directory()
        let logger = self.logger
        do {
            return try await client.withConnection { connection in
                let reader = PostgresSnapshotReader(connection: connection, logger: logger)
                try await connection.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
                do {
                    let value = try await body(reader)
                    try await connection.run("COMMIT", logger: logger)
                    return value
                } catch {
                    try? await connection.run("ROLLBACK", logger: logger)
                    throw error
                }
            }
        } catch {
            throw Self.failure(error, "Reading \(what) from the PostgreSQL store failed.")
        }
    }
}
