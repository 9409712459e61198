public import EntenteCore
import PostgresNIO

/// UN General Assembly votes and militarized disputes: this store's SQL; the rows become answers
/// through ``VoteAnswers``, as in the SQLite store.
extension PostgresStore {
    public func votes(of first: CowCode, and second: CowCode, fromYear: Int, toYear: Int, issue: String?)
        async throws(EntenteError) -> VotePair
    {
        _ = try await directory()
        var sql = """
            SELECT a.rcid AS rcid, a.vote AS va, b.vote AS vb
            FROM un_vote a
            JOIN un_country_code ca ON ca.country_code = a.country_code AND ca.ccode = $1
            JOIN un_vote b ON b.rcid = a.rcid
            JOIN un_country_code cb ON cb.country_code = b.country_code AND cb.ccode = $2
            JOIN un_roll_call r ON r.rcid = a.rcid
            WHERE \(Self.rollCallYear) BETWEEN $3 AND $4
            """
        var binds = PostgresBindings()
        binds.append(first.rawValue)
        binds.append(second.rawValue)
        binds.append(fromYear)
        binds.append(toYear)
        if let issue {
            sql +=
                " AND a.rcid IN (SELECT rcid FROM un_roll_call_issue WHERE lower(issue) LIKE $5 OR lower(short_name) LIKE $5)"
            binds.append(VoteAnswers.pattern(issue))
        }
        sql += " ORDER BY a.rcid, a.ctid, b.ctid"
        return VoteAnswers.pair(first, second, rows: try await rows(PostgresQuery(unsafeSQL: sql, binds: binds)))
    }

    /// The year of a roll call `r`, as SQLite's `CAST(substr(r.date, 1, 4) AS INTEGER)` reads it; a
    /// date not starting with four digits has none (SQLite would read 0, which no query asks for).
    private static let rollCallYear =
        "(CASE WHEN r.date ~ '^[0-9]{4}' THEN CAST(substr(r.date, 1, 4) AS INTEGER) END)"

    public func rollCalls(_ ids: [Int]) async throws(EntenteError) -> [RollCall] {
        guard !ids.isEmpty else { return [] }
        _ = try await directory()
        return VoteAnswers.rollCalls(
            try await rows("SELECT * FROM un_roll_call WHERE rcid = ANY(\(ids)) ORDER BY rcid, ctid"),
            issueRows: try await rows(
                "SELECT rcid, issue FROM un_roll_call_issue WHERE rcid = ANY(\(ids)) ORDER BY ctid"))
    }

    public func rollCallVotes(resolutions: [String], issues: [String], titles: [String], fromYear: Int, toYear: Int)
        async throws(EntenteError) -> [RollCallVote]
    {
        guard !(resolutions.isEmpty && issues.isEmpty && titles.isEmpty) else { return [] }
        _ = try await directory()
        let selection = VoteAnswers.rollCallSelection(
            resolutions: resolutions, issues: issues, titles: titles, placeholder: { "$\($0)" })
        var binds = PostgresBindings()
        binds.append(fromYear)
        binds.append(toYear)
        for argument in selection.arguments { binds.append(argument) }
        let sql = """
            SELECT r.rcid AS rcid, r.unres AS unres, \(Self.rollCallYear) AS year, c.ccode AS ccode, v.vote AS vote
            FROM un_roll_call r
            JOIN un_vote v ON v.rcid = r.rcid
            JOIN un_country_code c ON c.country_code = v.country_code
            WHERE \(Self.rollCallYear) BETWEEN $1 AND $2 AND (\(selection.sql))
            ORDER BY r.rcid, c.ccode, v.ctid
            """
        return try await rows(PostgresQuery(unsafeSQL: sql, binds: binds)).compactMap(VoteAnswers.rollCallVote)
    }

    public func disputes(of state: CowCode, fromYear: Int, toYear: Int) async throws(EntenteError) -> [DisputeDyad] {
        _ = try await directory()
        return try await rows(
            """
            SELECT dispnum, ccode1, ccode2, year, hostlev1, orig1 FROM mid_dyad_year
            WHERE ccode1 = \(state.rawValue) AND year BETWEEN \(fromYear) AND \(toYear) ORDER BY year, dispnum, ctid
            """
        ).map(VoteAnswers.disputeDyad)
    }
}
