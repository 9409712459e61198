public import EntenteCore
import GRDB

extension SQLiteStore {
    public func peacekeepingContributions(of state: CowCode?) async throws(EntenteError)
        -> [PeacekeepingContribution]
    {
        // Reference rows only: peacekeeping figures are curated, never imported by users.
        var sql = "SELECT * FROM peacekeeping_contribution"
        var arguments: StatementArguments = []
        if let state {
            sql += " WHERE ccode = ?"
            arguments = [state.rawValue]
        }
        sql += " ORDER BY as_of, ccode, COALESCE(mission, '')"
        return try await read { [sql, arguments] db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.peacekeepingContribution)
        }
    }

    private static func peacekeepingContribution(_ row: Row) -> PeacekeepingContribution {
        PeacekeepingContribution(
            state: CowCode(row.int("ccode") ?? 0), asOf: row.day("as_of") ?? Day(ordinal: 0),
            personnel: row.int("personnel") ?? 0, troops: row.int("troops"), police: row.int("police"),
            experts: row.int("experts"), mission: row.text("mission"),
            provenance: Provenance(
                source: row.string("source"), sourceURL: row.text("source_url"), accessed: row.day("accessed"),
                confidence: Confidence(rawValue: row.string("confidence")) ?? .medium, note: row.text("note")))
    }
}
