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
        let rows = try await read { db in
            var selectors: [String] = []
            var arguments: [any DatabaseValueConvertible] = [fromYear, toYear]
            if !resolutions.isEmpty {
                selectors.append("r.unres IN (\(resolutions.map { _ in "?" }.joined(separator: ",")))")
                arguments += resolutions
            }
            for issue in issues {
                selectors.append(
                    "r.rcid IN (SELECT rcid FROM un_roll_call_issue WHERE lower(issue) LIKE ? OR lower(short_name) LIKE ?)"
                )
                arguments += ["%\(issue.lowercased())%", "%\(issue.lowercased())%"]
            }
            for title in titles {
                selectors.append("lower(r.short) LIKE ?")
                arguments.append("%\(title.lowercased())%")
            }
            let sql = """
                SELECT r.rcid AS rcid, r.unres AS unres, CAST(substr(r.date, 1, 4) AS INTEGER) AS year,
                       c.ccode AS ccode, v.vote AS vote
                FROM un_roll_call r
                JOIN un_vote v ON v.rcid = r.rcid
                JOIN un_country_code c ON c.country_code = v.country_code
                WHERE CAST(substr(r.date, 1, 4) AS INTEGER) BETWEEN ? AND ?
                  AND (\(selectors.joined(separator: " OR ")))
                ORDER BY r.rcid, c.ccode
                """
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments.map { $0.databaseValue })).map
            { row in
                (
                    row["rcid"] as Int, row["unres"] as String?, row["year"] as Int, row["ccode"] as Int,
                    row["vote"] as String
                )
            }
        }
        return rows.compactMap { rcid, unres, year, ccode, vote in
            guard let choice = VoteChoice(rawValue: vote) else { return nil }
            let symbol = (unres?.isEmpty == false) ? unres! : "rcid \(rcid)"
            return RollCallVote(rollCall: rcid, resolution: symbol, year: year, state: CowCode(ccode), vote: choice)
        }
    }
}
