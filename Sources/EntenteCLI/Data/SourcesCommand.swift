import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteStore

/// `entente data sources`
struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "List every source of the store's records, with version, terms and citation.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let sources = try await storeOptions.open().sources()
        switch output.format {
        case .json: print(try EntenteJSON.string(sources))
        case .csv:
            var table = TextTable(["id", "name", "version", "coverage", "terms", "citation"])
            for source in sources {
                table.append([source.id, source.name, source.version, source.coverage, source.terms, source.citation])
            }
            print(table.csv())
        case .text:
            for source in sources {
                print("\(source.id): \(source.name), \(source.version) (\(source.coverage))")
                print("  Terms: \(source.terms)")
                print("  Cite: \(source.citation)")
            }
        }
    }
}

/// `entente data organisations`
struct OrganisationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "organisations", abstract: "List the organisations, forums and treaty regimes the store knows.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        let organisations = try await storeOptions.open().organisations()
        if output.format == .json { print(try EntenteJSON.string(organisations)); return }
        var table = TextTable(["id", "kind", "name", "source"])
        for item in organisations { table.append([item.id, item.kind.rawValue, item.name, item.source]) }
        print(output.format == .csv ? table.csv() : table.render())
    }
}
