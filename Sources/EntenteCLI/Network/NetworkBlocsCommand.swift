import ArgumentParser
import EntenteCore
import EntenteNetwork
import EntenteRender
import EntenteServices

/// `entente network blocs --year Y`
struct NetworkBlocsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocs",
        abstract: "Louvain communities of a year's network, and each state's balance between two named blocs.",
        discussion: """
            Communities are Louvain's (seeded, resolution 1) on the chosen layer (default combined). Bloc balance is \
            (T_A − T_B)/(T_A + T_B) of the state's tie weight to bloc A (default USA) and bloc B (default CHN,RUS); \
            the hedging index is (1 − |balance|) × the share of the state's ties that run to either bloc.
            """
    )

    @Option(name: .long, help: "The year.")
    var year: Int

    @Option(name: .long, help: "Layer: \(NetworkLayer.names).")
    var layer: String = NetworkLayer.combined.rawValue

    @Option(name: .long, help: "Seed of Louvain's node order.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Show only the states of this region in the balance table.")
    var region: Region?

    @OptionGroup var blocs: BlocOptions
    @OptionGroup var weights: LayerWeightOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        try validating { () throws(EntenteError) in try Services.checkNetworkYear(year, subject: "--year") }
        _ = try parseLayer(layer)
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    func report() async throws -> String {
        let report = try await storeOptions.services().networkBlocs(
            year: year, layer: try parseLayer(layer), seed: seed, region: region, blocs: blocs.parameters,
            layers: try weights.parameters())
        switch output.format {
        case .json: return try EntenteJSON.string(report) + "\n"
        case .csv:
            // CSV keeps full precision and leaves missing values empty.
            return table(report) { CSVText.number($0) }.csv() + "\n"
        case .text:
            var out =
                "\(year), layer \(layer) (\(report.coverage)): \(report.communities.count) Louvain communities, "
                + "modularity \(NumberText.fixed(report.modularity, 4)) (seed \(seed))\n"
            for g in report.communities where g.size > 1 {
                out += "community \(g.id) (\(g.size)): \(g.members.joined(separator: " "))\n"
            }
            let singles = report.communities.filter { $0.size == 1 }.flatMap(\.members)
            if !singles.isEmpty { out += "isolated or alone (\(singles.count)): \(singles.joined(separator: " "))\n" }
            out +=
                "\nbloc A (US-led) = \(report.blocA.joined(separator: ", ")); bloc B (China/Russia-led) = \(report.blocB.joined(separator: ", "))\n"
            return out + table(report) { NumberText.fixed($0, 3) }.render() + "\n"
        }
    }

    private func table(_ report: NetworkBlocsReport, _ cell: (Double?) -> String) -> TextTable {
        var table = TextTable([
            "state", "community", "ties_a", "ties_b", "balance", "hedging", "engagement", "hedging_index",
        ])
        for s in report.states {
            table.append([
                s.state, String(s.community), cell(s.tiesToA), cell(s.tiesToB), cell(s.balance), cell(s.hedging),
                cell(s.engagement), cell(s.hedgingIndex),
            ])
        }
        return table
    }
}
