public import EntenteCore
import GRDB

extension SQLiteStore {
    /// Two states' UN General Assembly votes on every roll call both voted in, in `[from, to]` years,
    /// optionally only roll calls tagged with an issue (case-insensitive substring, e.g. "nuclear").
    public func votes(
        of first: CowCode, and second: CowCode, fromYear: Int, toYear: Int, issue: String? = nil
    ) async throws(EntenteError) -> VotePair {
        let issueFilter = issue.map { "%\($0.lowercased())%" }
        let rows = try await read { db in
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
            if let issueFilter {
                sql +=
                    " AND a.rcid IN (SELECT rcid FROM un_roll_call_issue WHERE lower(issue) LIKE ? OR lower(short_name) LIKE ?)"
                arguments += [issueFilter, issueFilter]
            }
            sql += " ORDER BY a.rcid"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments.map { $0.databaseValue })).map
            { row in
                (row["rcid"] as Int, row["va"] as String, row["vb"] as String)
            }
        }
        var ids: [Int] = []
        var a: [VoteChoice] = []
        var b: [VoteChoice] = []
        for (id, va, vb) in rows {
            guard let x = VoteChoice(rawValue: va), let y = VoteChoice(rawValue: vb) else { continue }
            ids.append(id)
            a.append(x)
            b.append(y)
        }
        return VotePair(first: first, second: second, rollCalls: ids, firstVotes: a, secondVotes: b)
    }

    /// Roll calls with their issue tags, by id.
    public func rollCalls(_ ids: [Int]) async throws(EntenteError) -> [RollCall] {
        guard !ids.isEmpty else { return [] }
        let list = ids.map(String.init).joined(separator: ",")
        return try await read { db in
            var issues: [Int: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT rcid, issue FROM un_roll_call_issue WHERE rcid IN (\(list))") {
                issues[row["rcid"], default: []].append(row["issue"])
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM un_roll_call WHERE rcid IN (\(list)) ORDER BY rcid").map {
                row in
                let id: Int = row["rcid"]
                return RollCall(
                    id: id, session: row["session"], date: (row["date"] as String?).flatMap { Day(iso: $0) },
                    resolution: row["unres"], important: (row["importantvote"] as Int?) == 1, title: row["short"],
                    issues: issues[id] ?? [])
            }
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
            ).map { row in
                DisputeDyad(
                    dispute: row["dispnum"], state: CowCode(row["ccode1"] as Int),
                    opponent: CowCode(row["ccode2"] as Int),
                    year: row["year"], hostility: row["hostlev1"], originator: (row["orig1"] as Int?).map { $0 == 1 })
            }
        }
    }
}
