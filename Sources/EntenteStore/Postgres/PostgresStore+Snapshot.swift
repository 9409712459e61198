public import EntenteCore
import PostgresNIO

extension PostgresStore {
    /// Loads the legal engine's ``KnowledgeSnapshot`` in one read-only transaction, as
    /// ``SQLiteStore/knowledgeSnapshot()`` does; ``KnowledgeSnapshotRows`` puts the rows together.
    public func knowledgeSnapshot() async throws(EntenteError) -> KnowledgeSnapshot {
        let directory = try await directory()
        let membership = Self.inFileOrder("membership", RecordTables.membershipColumns)
        let treatyStatus = Self.inFileOrder("treaty_status", RecordTables.treatyStatusColumns)
        return try await readSnapshot("the legal engine's knowledge snapshot") { reader in
            KnowledgeSnapshotRows.snapshot(
                directory: directory,
                spells: try await reader.rows(
                    PostgresQuery(
                        unsafeSQL: """
                            SELECT organisation, ccode, status, start_day, end_day, observed_until, source, confidence,
                              date_precision
                            FROM \(membership) WHERE status IN ('member', 'partner') ORDER BY arm, id
                            """)),
                organisations: try await reader.rows(
                    PostgresQuery(unsafeSQL: "SELECT id FROM \(RecordTables.organisation) AS records")
                ).map { $0.string("id") },
                treaties: try await reader.rows(
                    PostgresQuery(unsafeSQL: "SELECT * FROM \(treatyStatus) ORDER BY arm, id")),
                pacts: try await reader.rows(
                    """
                    SELECT atopid, member, yrent, moent, dayent, yrexit, moexit, dayexit, defense, defcon, defcoadv,
                      defcoloc, statthr1, statthr2
                    FROM atop_member ORDER BY ctid
                    """),
                suspensions: try await reader.rows("SELECT * FROM obligation_suspension ORDER BY ctid"))
        }
    }

    /// A record table's reference and user rows with an `arm` column (0 reference, 1 user), so
    /// `ORDER BY arm, id` lists them as SQLite scans its `UNION ALL` (``RecordTables``): the
    /// reference rows, then the user's, each in the order they were written.
    static func inFileOrder(_ table: String, _ columns: String) -> String {
        "(SELECT 0 AS arm, \(columns) FROM \(table) UNION ALL SELECT 1 AS arm, \(columns) FROM user_\(table)) AS records"
    }
}
