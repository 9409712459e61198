public import EntenteCore
public import EntenteNetwork
import EntenteStore

extension Services {
    /// Louvain communities (seeded, resolution 1) of a year's layer, and each state's bloc balance
    /// and hedging index between bloc A and bloc B.
    ///
    /// - Parameter region: list only this region's states in the balance table.
    public func networkBlocs(
        year: Int, layer: NetworkLayer = .combined, seed: UInt64 = 1, region: Region? = nil,
        blocs: NetworkBlocParameters = .standard, layers parameters: NetworkLayerParameters = .init()
    ) async throws(EntenteError) -> NetworkBlocsReport {
        let directory = try await store.directory()
        let network = try await networkYear(year, parameters)
        let graph = try network.layers.knownLayer(layer)
        let communities = try Communities(louvain: graph.undirected(), seed: seed)
        let (a, b) = try blocs.blocs(directory, network.world)
        let positions = try HedgingIndex.compute(graph, blocA: a, blocB: b)
        let groups = communities.members.enumerated().map { k, ids in
            NetworkBlocsReport.Community(id: k, size: ids.count, members: ids.map { graph.labels[$0] }.sorted())
        }
        var states: [NetworkBlocsReport.Position] = []
        for p in positions {
            if let region, network.world.states[p.node].region != region { continue }
            states.append(
                .init(
                    state: graph.labels[p.node], community: communities.membership[p.node], tiesToA: p.tiesToA,
                    tiesToB: p.tiesToB, balance: p.balance, hedging: p.hedging, engagement: p.engagement,
                    hedgingIndex: p.hedgingIndex))
        }
        states.sort { $0.state < $1.state }
        return NetworkBlocsReport(
            year: year, layer: layer, coverage: network.layers.coverageText(layer), seed: seed,
            modularity: communities.modularity.finite, blocA: a.members.sorted().map { graph.labels[$0] },
            blocB: b.members.sorted().map { graph.labels[$0] }, communities: groups, states: states)
    }
}
