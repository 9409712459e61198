public import EntenteCore
import PostgresNIO

extension PostgresStore {
    /// The curated month-end totals, in SQLite's order (reference rows only: never imported).
    public func peacekeepingContributions(of state: CowCode?) async throws(EntenteError)
        -> [PeacekeepingContribution]
    {
        _ = try await directory()
        let order = "ORDER BY as_of, ccode, COALESCE(mission, '')"
        var query = PostgresQuery(unsafeSQL: "SELECT * FROM peacekeeping_contribution \(order)")
        if let state {
            query = PostgresQuery(unsafeSQL: "SELECT * FROM peacekeeping_contribution WHERE ccode = $1 \(order)")
            query.binds.append(state.rawValue)
        }
        return try await rows(query).map(RecordDecoding.peacekeepingContribution)
    }
}
