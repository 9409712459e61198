import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore

/// `entente data activities [--state S] [--kind K] [--from D] [--to D]`
struct ActivitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activities",
        abstract: "List defense-diplomacy activities (MME exercises, then the curated record).")

    @Option(name: .long, help: "Only activities this state took part in.")
    var state: String?

    @Option(name: .long, help: "Only this kind: \(ActivityKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String?

    @Option(name: .long, help: "From this date, YYYY-MM-DD.")
    var from: Day?

    @Option(name: .long, help: "To this date, YYYY-MM-DD.")
    var to: Day?

    @Option(name: .long, help: "At most this many activities.")
    var limit: Int?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if let kind, ActivityKind(rawValue: kind) == nil {
            throw ValidationError(
                "Unknown kind '\(kind)'; expected one of \(ActivityKind.allCases.map(\.rawValue).joined(separator: ", "))."
            )
        }
        if let from, let to, to < from { throw ValidationError("--to (\(to)) is before --from (\(from)).") }
    }

    func run() async throws {
        let report = try await storeOptions.services().activities(
            involving: state,
            ActivityFilter(kind: kind.flatMap(ActivityKind.init(rawValue:)), from: from, to: to, limit: limit))
        print(try Self.render(report, format: output.format))
    }

    static func render(_ report: ActivitiesReport, format: OutputFormat) throws -> String {
        if format == .json { return try EntenteJSON.string(report) }
        var table = TextTable(["start", "end", "kind", "name", "participants", "source"])
        for item in report.activities {
            let activity = item.activity
            var participants = item.participantCodes.joined(separator: format == .csv ? ";" : " ")
            // A list the source gives only in part says so, with the count it declares.
            if format == .text && activity.participantsComplete == false {
                participants += activity.declaredParticipants.map { " (partial: \($0) declared)" } ?? " (partial)"
            }
            let start = activity.datePrecision == .year ? String(activity.period.start.year) : activity.period.start.iso
            table.append([
                start, activity.period.end?.iso ?? "", activity.kind.rawValue, activity.name, participants,
                activity.source,
            ])
        }
        if format == .csv { return table.csv() }
        let spans = report.coverage.map { "\($0.text)\($0.completeness == .partial ? " (partial)" : "")" }
        return table.render() + "\n\n\(report.activities.count) activities; the record covers "
            + spans.joined(separator: " and ") + "."
    }
}
