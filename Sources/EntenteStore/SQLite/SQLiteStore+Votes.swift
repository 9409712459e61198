public import EntenteCore
import GRDB

extension SQLiteStore {
    /// Two states' UN General Assembly votes on every roll call both voted in, in `[from, to]` years,
    /// optionally only roll calls tagged with an issue (case-insensitive substring, e.g. "nuclear").
    public func votes(
        of first: CowCode, and second: CowCode, fromYear: Int, toYear: Int, issue: String? = nil
    ) async throws(EntenteError) -> VotePair {
        try await read { db in
            var sql = """
                SELECT a.rcid AS rcid, a.vote AS va, b.vote AS vb
                FROM un_vote a
                JOIN un_country_code ca ON ca.country_code = a.country_code AND ca.ccode = ?
                JOIN un_vote b ON b.rcid = a.rcid
                JOIN un_country_code cb ON cb.country_code = b.country_code AND cb.ccode = ?
                JOIN un_roll_call r ON r.rcid = a.rcid
                WHERE CAST(substr(r.date, 1, 4) AS INTEGER) BETWEEN ? AND ?
                """
            var arguments: [any DatabaseValueConvertible] = [first.rawValue, second.rawValue, fromYear, toYear]
            if let issue {
                sql +=
                    " AND a.rcid IN (SELECT rcid FROM un_roll_call_issue WHERE lower(issue) LIKE ? OR lower(short_name) LIKE ?)"
                arguments += [VoteAnswers.pattern(issue), VoteAnswers.pattern(issue)]
            }
            sql += " ORDER BY a.rcid"
            return VoteAnswers.pair(
                first, second,
                rows: try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments.map { $0.databaseValue })))
        }
    }

    /// Roll calls with their issue tags, by id.
    public func rollCalls(_ ids: [Int]) async throws(EntenteError) -> [RollCall] {
        guard !ids.isEmpty else { return [] }
        let list = ids.map(String.init).joined(separator: ",")
        return try await read { db in
            VoteAnswers.rollCalls(
                try Row.fetchAll(db, sql: "SELECT * FROM un_roll_call WHERE rcid IN (\(list)) ORDER BY rcid"),
                issueRows: try Row.fetchAll(
                    db, sql: "SELECT rcid, issue FROM un_roll_call_issue WHERE rcid IN (\(list))"))
        }
    }

    /// A state's militarized-dispute years in `[fromYear, toYear]` (MID's years are in the dataset catalogue).
    public func disputes(of state: CowCode, fromYear: Int, toYear: Int) async throws(EntenteError) -> [DisputeDyad] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT dispnum, ccode1, ccode2, year, hostlev1, orig1 FROM mid_dyad_year WHERE ccode1 = ? AND year BETWEEN ? AND ? ORDER BY year, dispnum",
                arguments: [state.rawValue, fromYear, toYear]
            ).map(VoteAnswers.disputeDyad)
        }
    }
}
