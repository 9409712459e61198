import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteStore

/// `entente data activities [--state S] [--kind K] [--from D] [--to D]`
struct ActivitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activities",
        abstract: "List defense-diplomacy activities (MME exercises 1980–2010, curated 2011–2025).")

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
        let store = try storeOptions.open()
        let directory = try await store.directory()
        let code = try state.map { try directory.resolve($0).cow }
        let activities = try await store.activities(
            ActivityFilter(
                state: code, kind: kind.flatMap(ActivityKind.init(rawValue:)), from: from, to: to, limit: limit))
        if output.format == .json { print(try EntenteJSON.string(activities)); return }
        var table = TextTable(["start", "end", "kind", "name", "participants", "source"])
        for activity in activities {
            let names =
                activity.participants.map { directory.state($0)?.displayCode ?? String($0.rawValue) }
                + activity.otherParticipants
            table.append([
                activity.period.start.iso, activity.period.end?.iso ?? "", activity.kind.rawValue, activity.name,
                names.joined(separator: output.format == .csv ? ";" : " "), activity.source,
            ])
        }
        if output.format == .csv {
            print(table.csv())
        } else {
            print(table.render())
            print("\n\(activities.count) activities.")
        }
    }
}
