import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore

/// `entente data members ORG --as-of DATE`
struct MembersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: "List an organisation's participants on a date (NATO, ASEAN, ADMM, ADMM-Plus, UN, …).")

    @Argument(help: "The organisation, e.g. NATO, ASEAN, ADMM, ADMM-Plus, OSCE, SCO, CSTO, UN.")
    var organisation: String

    @Option(name: .customLong("as-of"), help: "The date, YYYY-MM-DD.")
    var asOf: Day

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let report = try await storeOptions.services().members(organisation: organisation, asOf: asOf)
        print(try Self.render(report, format: output.format))
    }

    static func render(_ report: MembersReport, format: OutputFormat) throws -> String {
        let roster = report.roster
        if format == .json { return try EntenteJSON.string(report) }
        var table = TextTable(["cow", "iso3", "name", "status", "note"])
        for entry in roster.entries {
            table.append([
                String(entry.state.cow.rawValue), entry.state.iso3 ?? "", entry.state.name, entry.status.rawValue,
                entry.carriedForward ? "carried forward beyond the source's last observation" : "",
            ])
        }
        if format == .csv { return table.csv() }
        let counts = report.counts.map { "\($0.count) \($0.status.rawValue)\($0.count == 1 ? "" : "s")" }
        var lines = [
            "\(roster.organisation.name) (\(roster.organisation.id)) on \(roster.asOf): "
                + "\(roster.entries.count) participants (\(counts.joined(separator: ", ")))",
            table.render(),
            "\nSources: \(roster.sources.joined(separator: ", ")).",
        ]
        if report.carriedForward, let observed = roster.organisation.observedUntil {
            lines.append("The membership data end on \(observed); spells open then are assumed to continue.")
        }
        return lines.joined(separator: "\n")
    }
}
