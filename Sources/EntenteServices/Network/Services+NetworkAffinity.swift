public import EntenteCore
import EntenteNetwork
import EntenteStore

extension Services {
    /// Signorino–Ritter S, Cohen's kappa and Scott's pi of two states' UN General Assembly votes
    /// (yes/abstain/no; absences left out), by calendar year and over the range.
    ///
    /// - Parameter issue: keep roll calls whose issue tag contains this text.
    public func networkAffinity(first: String, second: String, from: Int, to: Int? = nil, issue: String? = nil)
        async throws(EntenteError) -> NetworkAffinityReport
    {
        let range = try YearRange(from: from, to: to)
        try Self.checkVoteYears(from: range.from, to: range.to)
        if let issue, issue.allSatisfy(\.isWhitespace) {
            throw EntenteError(.invalidInput, "The issue is empty; give a word from the issue tags, e.g. nuclear.")
        }
        let directory = try await store.directory()
        let a = try directory.resolve(first)
        let b = try directory.resolve(second)
        guard a.cow != b.cow else {
            throw EntenteError(
                .invalidInput, "'\(first)' and '\(second)' are the same state (\(a.name)); give two states.")
        }
        // One query for the range; roll-call dates split it by year.
        let pair = try await store.votes(of: a.cow, and: b.cow, fromYear: range.from, toYear: range.to, issue: issue)
        var yearOf: [Int: Int] = [:]
        for call in try await store.rollCalls(pair.rollCalls) { yearOf[call.id] = call.date?.year }
        var byYear: [Int: ([VoteChoice], [VoteChoice])] = [:]
        for (k, id) in pair.rollCalls.enumerated() {
            guard let y = yearOf[id] else { continue }
            byYear[y, default: ([], [])].0.append(pair.firstVotes[k])
            byYear[y, default: ([], [])].1.append(pair.secondVotes[k])
        }
        var rows: [NetworkAffinityReport.Row] = []
        for year in range.years {
            let (x, y) = byYear[year] ?? ([], [])
            rows.append(try Self.affinityRow(String(year), x, y))
        }
        let label = range.count == 1 ? String(range.from) : "\(range.from)–\(range.to)"
        return NetworkAffinityReport(
            first: a.displayCode, second: b.displayCode, firstName: a.name, secondName: b.name, issue: issue,
            years: rows, overall: try Self.affinityRow(label, pair.firstVotes, pair.secondVotes))
    }

    private static func affinityRow(_ label: String, _ a: [VoteChoice], _ b: [VoteChoice]) throws(EntenteError)
        -> NetworkAffinityReport.Row
    {
        let s = try Affinity.compute(votes(a), votes(b))
        return .init(
            period: label, votes: s.commonVotes, agreement: s.agreement, s: s.s, kappa: s.cohensKappa, pi: s.scottsPi)
    }

    private static func votes(_ choices: [VoteChoice]) -> [Vote?] {
        choices.map { c in
            switch c {
            case .yes: .yes
            case .abstain: .abstain
            case .no: .no
            }
        }
    }
}
