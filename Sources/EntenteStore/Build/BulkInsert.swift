import EntenteCore
import GRDB
import GRDBSQLite

/// A prepared `INSERT` bound through SQLite's C API, for loading hundreds of thousands of rows.
///
/// GRDB's `StatementArguments` box every value; at a million rows that boxing costs more than
/// SQLite itself, so bulk loads bind values directly on GRDB's prepared statement handle.
/// The statement belongs to one `Database` access block and never escapes it.
struct BulkInsert {
    private let statement: Statement
    private let handle: OpaquePointer
    private let table: String

    init(_ db: Database, table: String, columns: [String]) throws(EntenteError) {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
        do {
            statement = try db.makeStatement(sql: sql)
        } catch {
            throw EntenteError(.storage, "Could not prepare the load of table '\(table)'.", underlying: error)
        }
        handle = statement.sqliteStatement
        self.table = table
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ position: Int32, int value: Int) {
        sqlite3_bind_int64(handle, position, Int64(value))
    }

    func bind(_ position: Int32, real value: Double) {
        sqlite3_bind_double(handle, position, value)
    }

    func bind(_ position: Int32, text value: String) {
        var copy = value
        copy.withUTF8 { bytes in
            guard bytes.count > 0 else {
                _ = sqlite3_bind_text(handle, position, "", 0, BulkInsert.transient)
                return
            }
            _ = sqlite3_bind_text(
                handle, position, UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self),
                Int32(bytes.count), BulkInsert.transient)
        }
    }

    func bindNull(_ position: Int32) {
        sqlite3_bind_null(handle, position)
    }

    func bind(_ position: Int32, _ value: Int?) {
        if let value { bind(position, int: value) } else { bindNull(position) }
    }

    func bind(_ position: Int32, _ value: Double?) {
        if let value { bind(position, real: value) } else { bindNull(position) }
    }

    func bind(_ position: Int32, _ value: String?) {
        if let value { bind(position, text: value) } else { bindNull(position) }
    }

    /// Inserts the bound row and clears the bindings for the next one.
    func step() throws(EntenteError) {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE else {
            throw EntenteError(
                .storage, "Inserting a row into table '\(table)' failed.",
                underlying: DatabaseError(resultCode: ResultCode(rawValue: code)))
        }
    }
}
