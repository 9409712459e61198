import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore

/// `entente data alliances STATE --year Y`
struct AlliancesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliances", abstract: "List a state's alliance obligations in a year, toward whom (ATOP 5.1).")

    @Argument(help: "The state: ISO alpha-3, COW abbreviation or number, or a name.")
    var state: String

    @Option(name: .long, help: "The year (within ATOP's coverage; later years answer unknown).")
    var year: Int

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let report = try await storeOptions.services().alliances(state: state, year: year)
        print(try Self.render(report, format: output.format))
    }

    static func render(_ report: AllianceReport, format: OutputFormat) throws -> String {
        if format == .json { return try EntenteJSON.string(report) }
        guard report.covered else {
            return "\(report.state.name): alliance obligations in \(report.year) are unknown — \(report.coverage)."
        }
        var table = TextTable(["partner", "iso3", "owes", "is owed", "atop ids"])
        for item in report.obligations {
            table.append([
                item.partner.name, item.partner.iso3 ?? item.partner.cowAbbreviation, item.owes.joined(separator: ", "),
                item.owed.joined(separator: ", "), item.atopIDs.map(String.init).joined(separator: " "),
            ])
        }
        if format == .csv { return table.csv() }
        let defense = report.obligations.filter { $0.owes.contains("defense") }.count
        return """
            \(report.state.name) in \(report.year): obligations toward \(report.obligations.count) states (defense toward \(defense)).
            \(table.render())

            Source: ATOP 5.1 directed dyad-year (Leeds et al. 2002); alliance ids from ATOP 4.01 member level.
            """
    }
}
