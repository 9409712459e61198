public import EntenteCore
import GRDB

extension SQLiteStore {
    /// Loads the in-memory ``KnowledgeSnapshot`` the legal engine reads, in one read transaction.
    public func knowledgeSnapshot() async throws(EntenteError) -> KnowledgeSnapshot {
        let directory = try await directory()
        return try await read { db in
            KnowledgeSnapshotRows.snapshot(
                directory: directory,
                spells: try Row.fetchAll(
                    db,
                    sql:
                        "SELECT organisation, ccode, status, start_day, end_day, observed_until, source, confidence, date_precision FROM \(RecordTables.membership) WHERE status IN ('member', 'partner')"
                ),
                organisations: try String.fetchAll(db, sql: "SELECT id FROM \(RecordTables.organisation)"),
                treaties: try Row.fetchAll(db, sql: "SELECT * FROM \(RecordTables.treatyStatus)"),
                pacts: try Row.fetchAll(
                    db,
                    sql: """
                        SELECT atopid, member, yrent, moent, dayent, yrexit, moexit, dayexit, defense, defcon, defcoadv, defcoloc,
                               statthr1, statthr2 FROM atop_member
                        """),
                suspensions: try Row.fetchAll(db, sql: "SELECT * FROM obligation_suspension"))
        }
    }
}
