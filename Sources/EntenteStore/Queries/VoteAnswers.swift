import EntenteCore

/// How UN General Assembly vote rows and militarized-dispute rows become answers, shared by every
/// backend; each selects the rows.
enum VoteAnswers {
    /// Two states' aligned votes from rows `rcid`, `va`, `vb` ordered by roll call; a vote that is
    /// no choice (absent, not a member) leaves the roll call out.
    static func pair(_ first: CowCode, _ second: CowCode, rows: [some RecordRow]) -> VotePair {
        var ids: [Int] = []
        var a: [VoteChoice] = []
        var b: [VoteChoice] = []
        for row in rows {
            guard let id = row.int("rcid"), let x = row.text("va").flatMap(VoteChoice.init(rawValue:)),
                let y = row.text("vb").flatMap(VoteChoice.init(rawValue:))
            else { continue }
            ids.append(id)
            a.append(x)
            b.append(y)
        }
        return VotePair(first: first, second: second, rollCalls: ids, firstVotes: a, secondVotes: b)
    }

    /// The `LIKE` pattern of an issue or title fragment: case-insensitive substring.
    static func pattern(_ fragment: String) -> String { "%\(fragment.lowercased())%" }

    /// The roll calls a selection of ``KnowledgeReader/rollCallVotes(resolutions:issues:titles:fromYear:toYear:)``
    /// names, as SQL conditions joined by `OR` over `un_roll_call r`, with their arguments in order.
    ///
    /// - Parameter placeholder: the placeholder of the n-th argument (from 1) in the backend's dialect;
    ///   the year bounds come first, so the selection's arguments start at 3.
    static func rollCallSelection(
        resolutions: [String], issues: [String], titles: [String], placeholder: (Int) -> String
    ) -> (sql: String, arguments: [String]) {
        var selectors: [String] = []
        var arguments: [String] = []
        func next(_ value: String) -> String {
            arguments.append(value)
            return placeholder(arguments.count + 2)
        }
        if !resolutions.isEmpty {
            selectors.append("r.unres IN (\(resolutions.map { next($0) }.joined(separator: ",")))")
        }
        for issue in issues {
            let a = next(pattern(issue))
            let b = next(pattern(issue))
            selectors.append(
                "r.rcid IN (SELECT rcid FROM un_roll_call_issue WHERE lower(issue) LIKE \(a) OR lower(short_name) LIKE \(b))"
            )
        }
        for title in titles { selectors.append("lower(r.short) LIKE \(next(pattern(title)))") }
        return (selectors.joined(separator: " OR "), arguments)
    }

    /// One state's vote from rows `rcid`, `unres`, `year`, `ccode`, `vote`; nil when the vote is no choice.
    static func rollCallVote(_ row: some RecordRow) -> RollCallVote? {
        guard let rcid = row.int("rcid"), let choice = row.text("vote").flatMap(VoteChoice.init(rawValue:)) else {
            return nil
        }
        let unres = row.text("unres") ?? ""
        return RollCallVote(
            rollCall: rcid, resolution: unres.isEmpty ? "rcid \(rcid)" : unres, year: row.int("year") ?? 0,
            state: CowCode(row.int("ccode") ?? 0), vote: choice)
    }

    /// Roll calls from `un_roll_call` rows, with issue rows `rcid`, `issue`.
    static func rollCalls(_ rows: [some RecordRow], issueRows: [some RecordRow]) -> [RollCall] {
        var issues: [Int: [String]] = [:]
        for row in issueRows {
            if let id = row.int("rcid") { issues[id, default: []].append(row.string("issue")) }
        }
        return rows.map { row in
            let id = row.int("rcid") ?? 0
            return RollCall(
                id: id, session: row.int("session") ?? 0, date: row.day("date"), resolution: row.text("unres"),
                important: row.int("importantvote") == 1, title: row.text("short"), issues: issues[id] ?? [])
        }
    }

    /// A state's dispute dyad-year: `dispnum`, `ccode1`, `ccode2`, `year`, `hostlev1`, `orig1`.
    static func disputeDyad(_ row: some RecordRow) -> DisputeDyad {
        DisputeDyad(
            dispute: row.int("dispnum") ?? 0, state: CowCode(row.int("ccode1") ?? 0),
            opponent: CowCode(row.int("ccode2") ?? 0), year: row.int("year") ?? 0, hostility: row.int("hostlev1"),
            originator: row.int("orig1").map { $0 == 1 })
    }
}
