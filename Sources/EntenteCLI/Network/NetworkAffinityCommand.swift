import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteNetwork
import EntenteStore
import Foundation

/// `entente network affinity A B --from Y1 --to Y2 [--issue TEXT]`
struct NetworkAffinityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "affinity",
        abstract: "Agreement of two states' UN General Assembly votes: Signorino–Ritter S, Cohen's kappa, Scott's pi.",
        discussion: """
            Votes are yes/abstain/no on roll calls where both states voted (absences left out), by calendar year \
            and over the whole range. S uses the ordinal scale yes=1, abstain=2, no=3 with the city-block distance; \
            kappa and pi correct for chance agreement. --issue keeps roll calls whose issue tag contains the text \
            (e.g. nuclear, arms, "human rights", colonialism, palestin, economic). UN votes cover 1946–2020.
            """
    )

    @Argument(help: "The first state.")
    var first: String

    @Argument(help: "The second state.")
    var second: String

    @Option(name: .long, help: "First year.")
    var from: Int

    @Option(name: .long, help: "Last year (default: --from).")
    var to: Int?

    @Option(name: .long, help: "Only roll calls whose issue contains this text.")
    var issue: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        let last = to ?? from
        guard from <= last else { throw ValidationError("--to (\(last)) is before --from (\(from)).") }
        let r = NetworkDataCoverage.voteYears
        guard r.contains(from), r.contains(last) else {
            throw ValidationError(
                "UN General Assembly votes cover \(r.lowerBound)–\(r.upperBound); \(from)–\(last) is outside that.")
        }
        if let issue, issue.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--issue is empty; give a word from the issue tags, e.g. nuclear.")
        }
    }

    struct Row: Encodable {
        var period: String
        var votes: Int
        var agreement: Double?
        var s: Double?
        var kappa: Double?
        var pi: Double?
    }

    struct Report: Encodable {
        var first: String
        var second: String
        var issue: String?
        var years: [Row]
        var overall: Row
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    static func votes(_ choices: [VoteChoice]) -> [Vote?] {
        choices.map { c in
            switch c {
            case .yes: .yes
            case .abstain: .abstain
            case .no: .no
            }
        }
    }

    static func row(_ label: String, _ a: [VoteChoice], _ b: [VoteChoice]) throws -> Row {
        let s = try Affinity.compute(votes(a), votes(b))
        return Row(
            period: label, votes: s.commonVotes, agreement: s.agreement, s: s.s, kappa: s.cohensKappa, pi: s.scottsPi)
    }

    func report() async throws -> String {
        let store = try storeOptions.open()
        let directory = try await store.directory()
        let a = try directory.resolve(first)
        let b = try directory.resolve(second)
        guard a.cow != b.cow else {
            throw EntenteError(
                .invalidInput, "'\(first)' and '\(second)' are the same state (\(a.name)); give two states.")
        }
        let last = to ?? from
        // One query for the range; roll-call dates split it by year.
        let pair = try await store.votes(of: a.cow, and: b.cow, fromYear: from, toYear: last, issue: issue)
        var yearOf: [Int: Int] = [:]
        for call in try await store.rollCalls(pair.rollCalls) { yearOf[call.id] = call.date?.year }
        var byYear: [Int: ([VoteChoice], [VoteChoice])] = [:]
        for (k, id) in pair.rollCalls.enumerated() {
            guard let y = yearOf[id] else { continue }
            byYear[y, default: ([], [])].0.append(pair.firstVotes[k])
            byYear[y, default: ([], [])].1.append(pair.secondVotes[k])
        }
        var rows: [Row] = []
        for year in from...last {
            let (x, y) = byYear[year] ?? ([], [])
            rows.append(try Self.row(String(year), x, y))
        }
        let overall = try Self.row(from == last ? String(from) : "\(from)–\(last)", pair.firstVotes, pair.secondVotes)
        let report = Report(first: a.displayCode, second: b.displayCode, issue: issue, years: rows, overall: overall)
        if output.format == .json { return try EntenteJSON.string(report) + "\n" }
        var table = TextTable(["period", "votes", "agreement", "S", "kappa", "pi"])
        for r in rows + (from == last ? [] : [overall]) {
            table.append([
                r.period, String(r.votes), NumberText.fixed(r.agreement, 3), NumberText.fixed(r.s, 3),
                NumberText.fixed(r.kappa, 3), NumberText.fixed(r.pi, 3),
            ])
        }
        if output.format == .csv { return table.csv() + "\n" }
        var out = "UN General Assembly vote affinity of \(a.name) (\(a.displayCode)) and \(b.name) (\(b.displayCode))"
        out += (issue.map { ", roll calls on '\($0)'" } ?? "") + "\n"
        if overall.votes == 0 { out += "note: no roll call in the range has votes from both states\n" }
        return out + table.render() + "\n"
    }
}
