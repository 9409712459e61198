import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices

/// `entente network affinity A B --from Y1 --to Y2 [--issue TEXT]`
struct NetworkAffinityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "affinity",
        abstract: "Agreement of two states' UN General Assembly votes: Signorino–Ritter S, Cohen's kappa, Scott's pi.",
        discussion: """
            Votes are yes/abstain/no on roll calls where both states voted (absences left out), by calendar year \
            and over the whole range. S uses the ordinal scale yes=1, abstain=2, no=3 with the city-block distance; \
            kappa and pi correct for chance agreement. --issue keeps roll calls whose issue tag contains the text \
            (e.g. nuclear, arms, "human rights", colonialism, palestin, economic). UN votes cover \
            \(Services.coverage.votes.text).
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
        try validating { () throws(EntenteError) in try Services.checkVoteYears(from: from, to: last) }
        if let issue, issue.allSatisfy(\.isWhitespace) {
            throw ValidationError("--issue is empty; give a word from the issue tags, e.g. nuclear.")
        }
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    func report() async throws -> String {
        let report = try await storeOptions.services().networkAffinity(
            first: first, second: second, from: from, to: to, issue: issue)
        if output.format == .json { return try EntenteJSON.string(report) + "\n" }
        let single = report.years.count == 1
        var table = TextTable(["period", "votes", "agreement", "S", "kappa", "pi"])
        for r in report.years + (single ? [] : [report.overall]) {
            table.append([
                r.period, String(r.votes), NumberText.fixed(r.agreement, 3), NumberText.fixed(r.s, 3),
                NumberText.fixed(r.kappa, 3), NumberText.fixed(r.pi, 3),
            ])
        }
        if output.format == .csv { return table.csv() + "\n" }
        var out = "UN General Assembly vote affinity of \(report.firstName) (\(report.first)) and "
        out += "\(report.secondName) (\(report.second))" + (issue.map { ", roll calls on '\($0)'" } ?? "") + "\n"
        if report.overall.votes == 0 { out += "note: no roll call in the range has votes from both states\n" }
        return out + table.render() + "\n"
    }
}
