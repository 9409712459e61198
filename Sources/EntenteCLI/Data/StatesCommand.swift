import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteStore

/// `entente data states --as-of DATE`
struct StatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "states", abstract: "List the states in the international system on a date (COW v2024).")

    @Option(name: .customLong("as-of"), help: "The date, YYYY-MM-DD (default: 2024-12-31, the data's last day).")
    var asOf: Day = Day.endOfYear(2024)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let store = try storeOptions.open()
        let states = try await store.states(asOf: asOf)
        switch output.format {
        case .json: print(try EntenteJSON.string(states))
        case .text, .csv:
            var table = TextTable(["cow", "abb", "iso3", "name", "region"])
            for state in states {
                table.append([
                    String(state.cow.rawValue), state.cowAbbreviation, state.iso3 ?? "", state.name, state.region.title,
                ])
            }
            if output.format == .csv {
                print(table.csv())
            } else {
                print(table.render())
                print("\n\(states.count) states in the system on \(asOf).")
            }
        }
    }
}
