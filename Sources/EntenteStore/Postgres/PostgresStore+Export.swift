public import EntenteCore
import PostgresNIO

extension PostgresStore {
    /// Exports records of one kind in the same columns `importRecords` accepts (``ExportColumns``),
    /// in the SQLite store's order; rows that tie on it are listed as SQLite reads them.
    public func export(_ kind: ImportKind) async throws(EntenteError) -> ExportTable {
        let columns = ExportColumns(directory: try await directory())
        switch kind {
        case .organisations:
            return columns.organisations(
                try await rows(
                    PostgresQuery(unsafeSQL: "SELECT * FROM \(RecordTables.organisation) AS records ORDER BY id")))
        case .memberships:
            let records = Self.inFileOrder("membership", RecordTables.membershipColumns)
            return columns.memberships(
                try await rows(
                    PostgresQuery(
                        unsafeSQL: "SELECT * FROM \(records) ORDER BY organisation, ccode, start_day, arm, id")))
        case .treatyStatus:
            let records = Self.inFileOrder("treaty_status", RecordTables.treatyStatusColumns)
            return columns.treatyStatuses(
                try await rows(PostgresQuery(unsafeSQL: "SELECT * FROM \(records) ORDER BY treaty, party, arm, id")))
        case .activities:
            return columns.activities(try await activities(ActivityFilter()))
        }
    }
}
