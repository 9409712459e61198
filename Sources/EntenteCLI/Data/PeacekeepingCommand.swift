import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore

/// `entente data peacekeeping [STATE] [--year Y]`
struct PeacekeepingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peacekeeping",
        abstract:
            "List recorded UN peacekeeping contributions (month-end totals with sources; partial, no UN series).")

    @Argument(help: "The state: ISO alpha-3, COW abbreviation or number, or a name (default: every state).")
    var state: String?

    @Option(name: .long, help: "Only the figures for this year; with a state, also that year's figure or unknown.")
    var year: Int?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let report = try await storeOptions.services().peacekeeping(state: state, year: year)
        print(try Self.render(report, format: output.format))
    }

    static func render(_ report: PeacekeepingReport, format: OutputFormat) throws -> String {
        if format == .json { return try EntenteJSON.string(report) }
        var table = TextTable([
            "state", "month", "personnel", "troops", "police", "experts", "mission", "confidence", "source",
        ])
        for entry in report.totals + report.missions {
            let row = entry.contribution
            table.append([
                entry.state.displayCode, PeacekeepingText.month(row.asOf), String(row.personnel),
                row.troops.map(String.init) ?? "", row.police.map(String.init) ?? "",
                row.experts.map(String.init) ?? "", row.mission ?? "all missions", row.confidence.rawValue,
                row.sourceURL ?? row.source,
            ])
        }
        if format == .csv { return table.csv() }
        var scope = report.state?.name ?? "Every state"
        if let year = report.year { scope += ", \(year)" }
        var lines = ["UN peacekeeping contributions — \(scope) (\(report.caveat))"]
        lines.append(
            report.totals.isEmpty && report.missions.isEmpty ? "  none recorded (unknown, not zero)" : table.render())
        if let figure = report.figure { lines.append(PeacekeepingText.figure(figure)) }
        lines.append("Months the record holds: \(report.coverage.text)")
        return lines.joined(separator: "\n")
    }
}

/// Peacekeeping figures in words, shared by the listing and the state profile.
enum PeacekeepingText {
    /// `March 2019`: the UN's head counts are for a month's end.
    static func month(_ day: Day) -> String { "\(day.monthName) \(day.year)" }

    /// `3080 (troops 2501, police 314, experts 22)`, the parts only where the source gives them.
    static func personnel(_ row: PeacekeepingContribution) -> String {
        let parts = [("troops", row.troops), ("police", row.police), ("experts", row.experts)].compactMap {
            name, value in value.map { "\(name) \($0)" }
        }
        return String(row.personnel) + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))")
    }

    /// The year's figure, or why there is none: a year without a row is unknown, never the last
    /// figure carried forward.
    static func figure(_ figure: PeacekeepingYearFigure) -> String {
        if let row = figure.contribution {
            return
                "\(figure.year): \(personnel(row)) at the end of \(month(row.asOf)), the year's latest recorded month"
        }
        let last = figure.dataEnd.map { "the last recorded figure is for \(month($0)), not carried forward" }
        return "\(figure.year): unknown — no recorded figure for that year" + (last.map { "; \($0)" } ?? "")
    }

    /// The profile's section: every recorded month up to the day, with its source.
    static func section(_ report: PeacekeepingReport) -> [String] {
        var lines = ["UN peacekeeping (\(report.caveat)):"]
        if report.totals.isEmpty {
            lines.append("  none recorded (unknown, not zero)")
        } else {
            for entry in report.totals {
                let row = entry.contribution
                lines.append(
                    "  \(month(row.asOf)): \(personnel(row)) — \(row.sourceURL ?? row.source) (\(row.confidence.rawValue))"
                )
            }
        }
        if let figure = report.figure { lines.append("  " + Self.figure(figure)) }
        return lines
    }
}
