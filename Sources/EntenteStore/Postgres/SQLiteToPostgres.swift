import EntenteCore
import GRDB
import Logging
import PostgresNIO

/// Copies tables of a SQLite database into PostgreSQL with `COPY … FROM STDIN`, on a connection
/// inside the caller's transaction.
///
/// The PostgreSQL store reuses the SQLite build and import code whole: the reference data is built
/// into a temporary SQLite file by ``StoreBuilder`` and an import is staged in an in-memory SQLite
/// database by ``StoreWriter``, then copied. Parsing, validation and derivation are written once.
struct SQLiteToPostgres {
    let source: any DatabaseReader
    let connection: PostgresConnection
    let logger: Logger

    /// Rows read from SQLite and sent per `COPY` message.
    private static let chunkRows = 5000

    /// A table of the SQLite database: its columns with their declared types, and its primary key.
    struct Table: Sendable {
        var name: String
        var columns: [(name: String, type: String, notNull: Bool)]
        var primaryKey: String?
    }

    /// The tables of `source` other than SQLite's own, the user tables and GRDB's migration log,
    /// with the `CREATE INDEX` statements of their indexes.
    static func referenceTables(in source: any DatabaseReader) async throws -> (tables: [Table], indexes: [String]) {
        try await source.read { db in
            let names = try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                      AND name NOT LIKE 'user\\_%' ESCAPE '\\' AND name <> 'grdb_migrations' ORDER BY rowid
                    """)
            let tables = try names.map { name in try table(name, in: db) }
            let indexes = try String.fetchAll(
                db,
                sql: """
                    SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
                      AND tbl_name NOT LIKE 'user\\_%' ESCAPE '\\' ORDER BY rowid
                    """)
            return (tables, indexes)
        }
    }

    static func table(_ name: String, in db: Database) throws -> Table {
        var table = Table(name: name, columns: [], primaryKey: nil)
        for row in try Row.fetchAll(db, sql: "PRAGMA table_info(\(name.quotedDatabaseIdentifier))") {
            let column: String = row["name"]
            let type: String = row["type"]
            let notNull: Int = row["notnull"]
            table.columns.append((name: column, type: type, notNull: notNull == 1))
            if (row["pk"] as Int) == 1 { table.primaryKey = column }
        }
        return table
    }

    /// The PostgreSQL definition of a SQLite table.
    static func createStatement(_ table: Table) -> String {
        let columns = table.columns.map { column in
            var definition = "\(quoted(column.name)) \(PostgresSchema.columnType(sqliteType: column.type))"
            if column.name == table.primaryKey {
                definition += " PRIMARY KEY"
            } else if column.notNull {
                definition += " NOT NULL"
            }
            return definition
        }
        return "CREATE TABLE \(table.name) (\(columns.joined(separator: ", ")))"
    }

    /// A column name quoted for both databases: mirrored files have columns named like keywords (`end`).
    static func quoted(_ name: String) -> String { "\"" + name + "\"" }

    /// Copies every row of the SQLite table `from` into the PostgreSQL table `into`, the listed
    /// columns only, in rowid order; returns the number of rows.
    @discardableResult
    func copy(_ from: String, into: String, columns: [String]) async throws -> Int {
        let source = self.source
        let selection =
            "SELECT rowid AS entente_copy_rowid, \(columns.map(Self.quoted).joined(separator: ", ")) FROM \(from) "
            + "WHERE rowid > ? ORDER BY rowid LIMIT \(Self.chunkRows)"
        var total = 0
        try await connection.copyFrom(table: into, columns: columns, logger: logger) { writer in
            var last = Int64.min
            while true {
                let after = last
                let (bytes, count, lastRowID) = try await source.read { db in
                    try Self.encodeChunk(db, selection: selection, after: after)
                }
                if count == 0 { break }
                try await writer.write(ByteBuffer(bytes: bytes))
                total += count
                last = lastRowID
            }
        }
        return total
    }

    /// Rows after `rowid` in COPY's text format, their count and the last rowid read.
    private static func encodeChunk(_ db: Database, selection: String, after rowid: Int64) throws -> (
        [UInt8], Int, Int64
    ) {
        var bytes: [UInt8] = []
        var count = 0
        var last = rowid
        let rows = try Row.fetchCursor(db, sql: selection, arguments: [rowid])
        while let row = try rows.next() {
            last = row[0]
            for index in 1..<row.count {
                if index > 1 { bytes.append(0x09) }
                Self.append(row[index] as DatabaseValue, to: &bytes)
            }
            bytes.append(0x0A)
            count += 1
        }
        return (bytes, count, last)
    }

    /// One value in COPY's text format: `\N` for NULL; text with backslash, tab, newline and
    /// carriage return escaped.
    private static func append(_ value: DatabaseValue, to bytes: inout [UInt8]) {
        switch value.storage {
        case .null:
            bytes += [0x5C, 0x4E]
        case .int64(let number):
            bytes += String(number).utf8
        case .double(let number):
            bytes += String(number).utf8
        case .string(let text):
            for byte in text.utf8 {
                switch byte {
                case 0x5C: bytes += [0x5C, 0x5C]
                case 0x09: bytes += [0x5C, 0x74]
                case 0x0A: bytes += [0x5C, 0x6E]
                case 0x0D: bytes += [0x5C, 0x72]
                default: bytes.append(byte)
                }
            }
        case .blob(let data):
            // The store writes no blobs; one would be text in the mirrored file.
            Self.append(String(decoding: data, as: UTF8.self).databaseValue, to: &bytes)
        }
    }
}
