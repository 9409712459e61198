public import EntenteCore
import Foundation
import GRDB

/// Writes columnar tables into a new SQLite file — a research panel and its codebook, for
/// researchers who load tables from SQL rather than CSV. The file appears whole or not at all: it
/// is written beside the target and renamed into place, so a killed process never leaves half.
public enum SQLiteTableExport {
    /// One column: its name and values. Missing integers (`missing`) and non-finite reals are NULL.
    public enum Column: Sendable {
        case integer(String, [Int32], missing: Int32)
        case real(String, [Double])
        case text(String, [String])

        var name: String {
            switch self {
            case .integer(let name, _, _), .real(let name, _), .text(let name, _): name
            }
        }

        var count: Int {
            switch self {
            case .integer(_, let values, _): values.count
            case .real(_, let values): values.count
            case .text(_, let values): values.count
            }
        }

        var declaredType: String {
            switch self {
            case .integer: "INTEGER"
            case .real: "REAL"
            case .text: "TEXT"
            }
        }
    }

    /// A table to write: its name and its columns, all of one length.
    public struct Table: Sendable {
        public var name: String
        public var columns: [Column]

        public init(name: String, columns: [Column]) {
            self.name = name
            self.columns = columns
        }
    }

    /// Writes `tables` into a new SQLite file at `path`, replacing any file there only on success.
    ///
    /// - Throws: ``EntenteError`` `.storage` naming the path when the file cannot be written.
    public static func write(_ tables: [Table], to path: String) throws(EntenteError) {
        try SQLiteFileReplacement.write(to: path, what: "the file") { queue in
            try queue.write { db in
                for table in tables { try insert(table, into: db) }
            }
        }
    }

    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func insert(_ table: Table, into db: Database) throws {
        let rows = table.columns.first?.count ?? 0
        precondition(table.columns.allSatisfy { $0.count == rows }, "export columns differ in length")
        let names = table.columns.map { quoted($0.name) }
        let declarations = table.columns.map { quoted($0.name) + " " + $0.declaredType }
        try db.execute(sql: "CREATE TABLE \(quoted(table.name)) (\(declarations.joined(separator: ", ")))")
        let insert = try BulkInsert(db, table: quoted(table.name), columns: names)
        for row in 0..<rows {
            for (k, column) in table.columns.enumerated() {
                let position = Int32(k + 1)
                switch column {
                case .integer(_, let values, let missing):
                    if values[row] == missing {
                        insert.bindNull(position)
                    } else {
                        insert.bind(position, int: Int(values[row]))
                    }
                case .real(_, let values):
                    if values[row].isFinite {
                        insert.bind(position, real: values[row])
                    } else {
                        insert.bindNull(position)
                    }
                case .text(_, let values):
                    insert.bind(position, text: values[row])
                }
            }
            try insert.step()
        }
    }
}
