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
        if let treaty = report.treaty { return renderTreaty(report, treaty, format: format) }
        var table = TextTable(["cow", "iso3", "name", "status", "note"])
        for entry in roster.entries {
            table.append([
                String(entry.state.cow.rawValue), entry.state.iso3 ?? "", entry.state.name, entry.status.rawValue,
                entry.carriedForward ? "carried forward beyond the source's last observation" : "",
            ])
        }
        for entry in roster.dateUnknown {
            table.append([
                String(entry.state.cow.rawValue), entry.state.iso3 ?? "", entry.state.name, entry.status.rawValue,
                "joining date unknown: not counted",
            ])
        }
        if format == .csv { return table.csv() }
        let counts = report.counts.map { "\($0.count) \(label($0.status.rawValue, $0.count))" }
        var lines = [
            "\(roster.organisation.name) (\(roster.organisation.id)) on \(roster.asOf): "
                + "\(report.headline) participants (\(counts.joined(separator: ", ")))" + flag(report),
            table.render(),
            "\nSources: \(roster.sources.joined(separator: ", ")).",
        ]
        if report.carriedForward, let observed = report.dataEnd {
            lines.append("The membership data end on \(observed); spells open then are assumed to continue.")
        }
        return lines.joined(separator: "\n")
    }

    /// The headline's caveats, inline, so a count never appears without them.
    static func flag(_ report: MembersReport) -> String {
        report.caveats.isEmpty ? "" : " — " + report.caveats.joined(separator: "; ")
    }

    static func label(_ status: String, _ count: Int) -> String {
        let words = String(status.map { $0 == "_" ? " " : $0 })
        // "suspended" and "frozen" are states, not nouns: no plural.
        return count == 1 || ["suspended", "frozen"].contains(status) ? words : words + "s"
    }

    static func renderTreaty(_ report: MembersReport, _ treaty: TreatyRoster, format: OutputFormat) -> String {
        var table = TextTable(["party", "name", "standing", "signed", "joined", "withdrawn", "confidence"])
        let groups: [(String, [TreatyRoster.Entry])] = [
            ("party", treaty.parties), ("date unknown", treaty.dateUnknown), ("signatory", treaty.signatories),
            ("withdrawn", treaty.withdrawn),
        ]
        for (standing, entries) in groups {
            for entry in entries {
                table.append([
                    entry.party, entry.state?.name ?? entry.party, standing, entry.signed?.iso ?? "",
                    entry.joined?.iso ?? "", entry.withdrawn?.iso ?? "", entry.confidence.rawValue,
                ])
            }
        }
        if format == .csv { return table.csv() }
        let organisation = report.roster.organisation
        var summary = ["\(treaty.parties.count) \(treaty.parties.count == 1 ? "party" : "parties")"]
        // Undated parties are named by the headline's caveat ("… without a date, listed apart").
        if !treaty.signatories.isEmpty {
            let count = treaty.signatories.count
            summary.append("\(count) \(count == 1 ? "signatory" : "signatories") not bound")
        }
        if !treaty.withdrawn.isEmpty { summary.append("\(treaty.withdrawn.count) withdrawn") }
        return [
            "\(organisation.name) (\(organisation.id)) on \(treaty.asOf): " + summary.joined(separator: ", ")
                + flag(report),
            table.render(),
        ].joined(separator: "\n")
    }
}
