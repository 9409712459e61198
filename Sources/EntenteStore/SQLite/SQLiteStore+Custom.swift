public import EntenteCore
import GRDB

extension SQLiteStore {
    /// Every recorded vote on the roll calls selected by resolution symbol, issue tag (case-insensitive
    /// substring) or short title (case-insensitive substring), within `[fromYear, toYear]`; one query.
    /// With no selector at all, nothing is selected.
    public func rollCallVotes(
        resolutions: [String], issues: [String] = [], titles: [String] = [], fromYear: Int, toYear: Int
    ) async throws(EntenteError) -> [RollCallVote] {
        guard !(resolutions.isEmpty && issues.isEmpty && titles.isEmpty) else { return [] }
        let selection = VoteAnswers.rollCallSelection(
            resolutions: resolutions, issues: issues, titles: titles, placeholder: { _ in "?" })
        return try await read { db in
            let sql = """
                SELECT r.rcid AS rcid, r.unres AS unres, CAST(substr(r.date, 1, 4) AS INTEGER) AS year,
                       c.ccode AS ccode, v.vote AS vote
                FROM un_roll_call r
                JOIN un_vote v ON v.rcid = r.rcid
                JOIN un_country_code c ON c.country_code = v.country_code
                WHERE CAST(substr(r.date, 1, 4) AS INTEGER) BETWEEN ? AND ?
                  AND (\(selection.sql))
                ORDER BY r.rcid, c.ccode
                """
            let arguments: [any DatabaseValueConvertible] = [fromYear, toYear] + selection.arguments
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments.map { $0.databaseValue }))
                .compactMap(VoteAnswers.rollCallVote)
        }
    }
}
