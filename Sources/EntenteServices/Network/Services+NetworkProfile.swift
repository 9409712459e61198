public import EntenteCore
import EntenteNetwork
import EntenteStore

extension Services {
    /// A state's degree, strength, centrality, hedging and major-power dominance on the combined
    /// layer for every year from `from` to `to`, with each base layer's coverage that year.
    public func networkProfile(
        state: String, from: Int, to: Int? = nil, blocs: NetworkBlocParameters = .standard,
        layers parameters: NetworkLayerParameters = .init()
    ) async throws(EntenteError) -> NetworkProfileReport {
        let range = try YearRange(from: from, to: to)
        try Self.checkNetworkYear(range.from)
        try Self.checkNetworkYear(range.to)
        let directory = try await store.directory()
        let info = try directory.resolve(state)
        var rows: [NetworkProfileReport.Year] = []
        for year in range.years {
            let network = try await networkYear(year, parameters)
            let (world, layers) = (network.world, network.layers)
            var coverage: [String: String] = [:]
            for layer in NetworkLayer.combinable { coverage[layer.rawValue] = layers.coverage(of: layer).label }
            guard let id32 = world.id(of: info.cow) else {
                rows.append(.init(year: year, inSystem: false, layers: coverage))
                continue
            }
            let id = Int(id32)
            let graph = layers.layer(.combined)
            let key = CombinedMeasuresCache.Key(generation: storeGeneration, year: year, parameters: parameters)
            let m = try combinedMeasures.measures(key) { () throws(EntenteError) in try NetworkMeasures.compute(graph) }
            let (a, b) = try blocs.blocs(directory, world)
            let position = try HedgingIndex.compute(graph, node: id, blocA: a, blocB: b)
            let majors = Set(world.isMajorPower.indices.filter { world.isMajorPower[$0] })
            let dominance = try GreatPowerDominance.node(graph, id, majors: majors)
            rows.append(
                .init(
                    year: year, inSystem: true, degree: m.degree.degree[id], strength: m.degree.strength[id].finite,
                    betweenness: m.betweenness[id].finite, eigenvector: m.eigenvector[id].finite,
                    blocBalance: position.balance, hedgingIndex: position.hedgingIndex,
                    majorPowerShare: dominance.majorShare, partnerHhi: dominance.partnerHerfindahl, layers: coverage))
        }
        return NetworkProfileReport(
            state: info.displayCode, name: info.name, blocA: blocs.blocA.joined(separator: ","),
            blocB: blocs.blocB.joined(separator: ","), years: rows)
    }
}
