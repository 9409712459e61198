import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices

/// `entente data sources`
struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "List every source of the store's records, with version, terms and citation.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func run() async throws {
        print(try Self.render(try await storeOptions.services().sources(), format: output.format))
    }

    static func render(_ sources: [SourceRecord], format: OutputFormat) throws -> String {
        switch format {
        case .json: return try EntenteJSON.string(sources)
        case .csv:
            var table = TextTable(["id", "name", "version", "coverage", "terms", "citation"])
            for source in sources {
                table.append([source.id, source.name, source.version, source.coverage, source.terms, source.citation])
            }
            return table.csv()
        case .text:
            return sources.map { source in
                "\(source.id): \(source.name), \(source.version) (\(source.coverage))\n  Terms: \(source.terms)\n  Cite: \(source.citation)"
            }.joined(separator: "\n")
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
        let services = try storeOptions.services()
        let organisations = try await services.organisations()
        if output.format == .json {
            print(try EntenteJSON.string(organisations))
            return
        }
        // Other names, so a reader learns that "CSCE" or "Liga Arab" finds the body too.
        var aliases: [String: [String]] = [:]
        for alias in try await services.organisationAliases() where alias.alias != alias.organisation {
            aliases[alias.organisation, default: []].append(alias.alias)
        }
        var table = TextTable(["id", "kind", "name", "source", "also"])
        for item in organisations {
            let also = aliases[item.id] ?? []
            table.append([
                item.id, item.kind.rawValue, item.name, item.source,
                also.prefix(3).joined(separator: "; ") + (also.count > 3 ? "; …" : ""),
            ])
        }
        print(output.format == .csv ? table.csv() : table.render())
    }
}
