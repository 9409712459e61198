import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteNetwork
import EntenteStore
import Foundation

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

    @Option(name: .long, help: "Layer: \(WorldLayers.Name.all.joined(separator: ", ")).")
    var layer: String = WorldLayers.Name.combined

    @Option(name: .long, help: "Seed of Louvain's node order.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Show only the states of this region in the balance table.")
    var region: Region?

    @OptionGroup var blocs: BlocOptions
    @OptionGroup var weights: LayerWeightOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        try NetworkDataCoverage.checkYear(year)
        try validateLayerName(layer)
    }

    struct Community: Encodable {
        var id: Int
        var size: Int
        var members: [String]
    }

    struct Position: Encodable {
        var state: String
        var community: Int
        var tiesToA: Double
        var tiesToB: Double
        var balance: Double?
        var hedging: Double?
        var engagement: Double?
        var hedgingIndex: Double?
    }

    struct Report: Encodable {
        var year: Int
        var layer: String
        var coverage: String
        var seed: UInt64
        var modularity: Double
        var blocA: [String]
        var blocB: [String]
        var communities: [Community]
        var states: [Position]
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    func report() async throws -> String {
        let store = try storeOptions.open()
        let directory = try await store.directory()
        let loader = YearNetworkLoader(store: store, options: try weights.makeOptions())
        let world = try await loader.world(year)
        let layers = try loader.layers(world)
        let graph = try layers.knownLayer(layer)
        let communities = try Communities(louvain: graph.undirected(), seed: seed)
        let (a, b) = try blocs.blocs(directory, world, graph)
        let positions = try HedgingIndex.compute(graph, blocA: a, blocB: b)
        let groups = communities.members.enumerated().map { k, ids in
            Community(id: k, size: ids.count, members: ids.map { graph.labels[$0] }.sorted())
        }
        var states: [Position] = []
        for p in positions {
            if let region, world.states[p.node].region != region { continue }
            states.append(
                Position(
                    state: graph.labels[p.node], community: communities.membership[p.node], tiesToA: p.tiesToA,
                    tiesToB: p.tiesToB, balance: p.balance, hedging: p.hedging, engagement: p.engagement,
                    hedgingIndex: p.hedgingIndex))
        }
        states.sort { $0.state < $1.state }
        let report = Report(
            year: year, layer: layer, coverage: layers.coverageText(layer), seed: seed,
            modularity: communities.modularity, blocA: a.members.sorted().map { graph.labels[$0] },
            blocB: b.members.sorted().map { graph.labels[$0] }, communities: groups, states: states)
        switch output.format {
        case .json: return try EntenteJSON.string(report) + "\n"
        case .csv:
            var table = TextTable([
                "state", "community", "ties_a", "ties_b", "balance", "hedging", "engagement", "hedging_index",
            ])
            for s in states {
                table.append(
                    [
                        s.state, String(s.community), "\(s.tiesToA)", "\(s.tiesToB)", s.balance.map { "\($0)" } ?? "",
                        s.hedging.map { "\($0)" } ?? "", s.engagement.map { "\($0)" } ?? "",
                        s.hedgingIndex.map { "\($0)" } ?? "",
                    ])
            }
            return table.csv() + "\n"
        case .text:
            var out =
                "\(year), layer \(layer) (\(report.coverage)): \(groups.count) Louvain communities, "
                + "modularity \(NumberText.fixed(communities.modularity, 4)) (seed \(seed))\n"
            for g in groups where g.size > 1 {
                out += "community \(g.id) (\(g.size)): \(g.members.joined(separator: " "))\n"
            }
            let singles = groups.filter { $0.size == 1 }.flatMap(\.members)
            if !singles.isEmpty { out += "isolated or alone (\(singles.count)): \(singles.joined(separator: " "))\n" }
            out +=
                "\nbloc A (US-led) = \(report.blocA.joined(separator: ", ")); bloc B (China/Russia-led) = \(report.blocB.joined(separator: ", "))\n"
            var table = TextTable([
                "state", "community", "ties_a", "ties_b", "balance", "hedging", "engagement", "hedging_index",
            ])
            for s in states {
                table.append(
                    [
                        s.state, String(s.community), NumberText.fixed(s.tiesToA, 3), NumberText.fixed(s.tiesToB, 3),
                        NumberText.fixed(s.balance, 3),
                        NumberText.fixed(s.hedging, 3), NumberText.fixed(s.engagement, 3), NumberText.fixed(s.hedgingIndex, 3),
                    ])
            }
            return out + table.render() + "\n"
        }
    }
}
