import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteStore

/// `entente data members ORG --as-of DATE`
struct MembersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: "List an organisation's full members on a date (NATO, ASEAN, ADMM-Plus, UN, …).")

    @Argument(help: "The organisation, e.g. NATO, ASEAN, ADMM, ADMM-Plus, OSCE, SCO, CSTO, UN.")
    var organisation: String

    @Option(name: .customLong("as-of"), help: "The date, YYYY-MM-DD.")
    var asOf: Day

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let store = try storeOptions.open()
        let roster = try await store.members(of: organisation, asOf: asOf)
        switch output.format {
        case .json: print(try EntenteJSON.string(roster))
        case .text, .csv:
            var table = TextTable(["cow", "iso3", "name", "status", "note"])
            for entry in roster.entries {
                table.append([
                    String(entry.state.cow.rawValue), entry.state.iso3 ?? "", entry.state.name, entry.status.rawValue,
                    entry.carriedForward ? "carried forward beyond the source's last observation" : "",
                ])
            }
            if output.format == .csv { print(table.csv()); return }
            var counts: [String] = []
            for status in MembershipSpell.Status.allCases {
                let n = roster.entries.filter { $0.status == status }.count
                if n > 0 { counts.append("\(n) \(status.rawValue)\(n == 1 ? "" : "s")") }
            }
            print(
                "\(roster.organisation.name) (\(roster.organisation.id)) on \(asOf): \(roster.entries.count) participants (\(counts.joined(separator: ", ")))"
            )
            print(table.render())
            print("\nSources: \(roster.sources.joined(separator: ", ")).")
            if roster.entries.contains(where: \.carriedForward), let observed = roster.organisation.observedUntil {
                print("The membership data end on \(observed); spells open then are assumed to continue.")
            }
        }
    }
}
