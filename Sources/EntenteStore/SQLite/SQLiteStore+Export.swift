public import EntenteCore
import GRDB

extension SQLiteStore {
    /// Exports records of one kind in the same columns `importRecords` accepts (``ExportColumns``).
    public func export(_ kind: ImportKind) async throws(EntenteError) -> ExportTable {
        let columns = ExportColumns(directory: try await directory())
        switch kind {
        case .organisations:
            return try await read { db in
                columns.organisations(
                    try Row.fetchAll(db, sql: "SELECT * FROM \(RecordTables.organisation) ORDER BY id"))
            }
        case .memberships:
            return try await read { db in
                columns.memberships(
                    try Row.fetchAll(
                        db, sql: "SELECT * FROM \(RecordTables.membership) ORDER BY organisation, ccode, start_day"))
            }
        case .treatyStatus:
            return try await read { db in
                columns.treatyStatuses(
                    try Row.fetchAll(db, sql: "SELECT * FROM \(RecordTables.treatyStatus) ORDER BY treaty, party"))
            }
        case .activities:
            return columns.activities(try await activities(ActivityFilter()))
        }
    }
}
