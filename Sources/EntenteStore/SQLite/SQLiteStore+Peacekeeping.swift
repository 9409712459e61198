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
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(RecordDecoding.peacekeepingContribution)
        }
    }
}
