import Foundation
import GRDB

/// Stores built before user data lived apart kept imported rows in the reference tables. The first
/// open after the upgrade copies them into the new user database, before the reference file is
/// rebuilt, so this upgrade too keeps every import.
enum LegacyImports {
    /// Tables whose imported rows move, with the columns copied (integer ids are left to the new table).
    private static let tables: [(table: String, columns: String)] = [
        ("source", RecordTables.sourceColumns),
        ("organisation", RecordTables.organisationColumnsV1),
        ("membership", columns(RecordTables.membershipColumnsV1, droppingID: true)),
        ("treaty_status", columns(RecordTables.treatyStatusColumns, droppingID: true)),
        ("activity", RecordTables.activityColumnsV1),
    ]

    private static func columns(_ list: String, droppingID: Bool) -> String {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !droppingID || $0 != "id" }
            .joined(separator: ", ")
    }

    /// Copies the imported rows of the store file at `referencePath`, if it has any, into `user`.
    static func copy(from referencePath: String, into user: DatabaseQueue) throws {
        guard FileManager.default.fileExists(atPath: referencePath) else { return }
        try user.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS legacy", arguments: [referencePath])
            defer { try? db.execute(sql: "DETACH DATABASE legacy") }
            // A file that is not a database has nothing to keep; the build replaces it.
            guard
                let present = try? Set(
                    String.fetchAll(db, sql: "SELECT name FROM legacy.sqlite_master WHERE type = 'table'"))
            else { return }
            try db.inTransaction {
                for (table, columns) in tables where present.contains(table) {
                    let imported = table == "source" ? "id LIKE 'import:%'" : "source LIKE 'import:%'"
                    try db.execute(
                        sql: """
                            INSERT OR IGNORE INTO main.user_\(table) (\(columns))
                            SELECT \(columns) FROM legacy.\(table) WHERE \(imported) ORDER BY rowid
                            """)
                }
                if present.isSuperset(of: ["activity", "activity_participant"]) {
                    try db.execute(
                        sql: """
                            INSERT INTO main.user_activity_participant (activity, ccode, role)
                            SELECT p.activity, p.ccode, p.role FROM legacy.activity_participant p
                            JOIN legacy.activity a ON a.id = p.activity WHERE a.source LIKE 'import:%' ORDER BY p.id
                            """)
                }
                return .commit
            }
        }
    }
}
