import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteStore

/// `entente data alliances STATE --year Y`
struct AlliancesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliances", abstract: "List a state's alliance obligations in a year, toward whom (ATOP 5.1).")

    @Argument(help: "The state: ISO alpha-3, COW abbreviation or number, or a name.")
    var state: String

    @Option(name: .long, help: "The year (ATOP covers 1815–2018).")
    var year: Int

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let store = try storeOptions.open()
        let info = try await store.directory().resolve(state)
        let report = try await store.alliances(of: info.cow, year: year)
        switch output.format {
        case .json: print(try EntenteJSON.string(report))
        case .text, .csv:
            guard report.covered else {
                print("\(info.name): alliance obligations in \(year) are unknown — \(report.coverage).")
                return
            }
            var table = TextTable(["partner", "iso3", "owes", "is owed", "atop ids"])
            for item in report.obligations {
                table.append([
                    item.partner.name, item.partner.iso3 ?? item.partner.cowAbbreviation,
                    item.owes.joined(separator: ", "),
                    item.owed.joined(separator: ", "), item.atopIDs.map(String.init).joined(separator: " "),
                ])
            }
            if output.format == .csv { print(table.csv()); return }
            let defense = report.obligations.filter { $0.owes.contains("defense") }.count
            print(
                "\(info.name) in \(year): obligations toward \(report.obligations.count) states (defense toward \(defense))."
            )
            print(table.render())
            print(
                "\nSource: ATOP 5.1 directed dyad-year (Leeds et al. 2002); alliance ids from ATOP 4.01 member level.")
        }
    }
}
