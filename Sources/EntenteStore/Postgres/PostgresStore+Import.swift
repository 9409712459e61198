public import EntenteCore
import EntenteData
import GRDB
import PostgresNIO

extension PostgresStore {
    /// Validates the whole file first (``ImportValidation``, as on SQLite) and writes only when
    /// every record passed, in one transaction; a refused file changes nothing.
    ///
    /// The records are written by the SQLite store's writer into an in-memory staging database with
    /// the user tables, then copied into the `user_` tables; PostgreSQL assigns their integer ids.
    public func importRecords(kind: ImportKind, fileName: String, bytes: [UInt8]) async throws(EntenteError)
        -> ImportSummary
    {
        let table = try ImportValidation.table(fileName: fileName, bytes: bytes)
        let otherParties = Set(try await rows("SELECT code FROM other_party").map { $0.string("code") })
        let reader = CuratedReader(
            directory: try await directory(), sourceID: "import:" + fileName, otherParties: otherParties.union(["EU"]))
        let validated = try await ImportValidation.validate(kind, table: table, reader: reader) {
            (kind) async throws(EntenteError) in
            let records = kind == .activities ? RecordTables.activity : RecordTables.organisation
            return Set(
                try await rows(PostgresQuery(unsafeSQL: "SELECT id FROM \(records) AS records")).map { $0.string("id") }
            )
        }
        let source = ImportValidation.source(fileName: fileName)
        do {
            // The staged rows' source row is written to PostgreSQL only, so the staging database
            // does not check the reference to it; PostgreSQL does.
            var configuration = GRDB.Configuration()
            configuration.foreignKeysEnabled = false
            let staging = try DatabaseQueue(configuration: configuration)
            try UserSchema.makeMigrator().migrate(staging)
            try await staging.write { db in try StoreWriter(db: db, tablePrefix: "user_").insert(validated) }
            let staged = try await staging.read { db in
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'user\\_%' ESCAPE '\\'"
                ).map { name in try SQLiteToPostgres.table(name, in: db) }
            }
            let logger = self.logger
            try await client.withTransaction(logger: logger) { connection in
                try await connection.run(
                    """
                    INSERT INTO user_source (id, name, version, coverage, terms, citation, files)
                    VALUES (\(source.id), \(source.name), \(source.version), \(source.coverage), \(source.terms),
                      \(source.citation), \(fileName))
                    ON CONFLICT (id) DO NOTHING
                    """, logger: logger)
                let copier = SQLiteToPostgres(source: staging, connection: connection, logger: logger)
                for table in staged where table.name != "user_source" {
                    let columns = table.columns.map(\.name).filter {
                        !(PostgresSchema.identityTables.contains(table.name) && $0 == "id")
                    }
                    try await copier.copy(table.name, into: table.name, columns: columns)
                }
            }
        } catch {
            throw Self.failure(error, "Writing the import to the PostgreSQL store failed; nothing was changed.")
        }
        return ImportSummary(kind: kind, file: fileName, records: validated.count)
    }
}
