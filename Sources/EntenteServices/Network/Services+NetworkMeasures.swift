public import EntenteCore
public import EntenteNetwork

extension Services {
    /// Per-node measures of a year's layer from the knowledge base.
    ///
    /// - Parameters:
    ///   - region: show only this region's states, measured in the whole network.
    /// - Throws: ``EntenteError`` when the year is outside the data, the layer is unknown that year,
    ///   or the parameters are invalid.
    public func networkMeasures(
        year: Int, layer: NetworkLayer = .combined, region: Region? = nil,
        layers parameters: NetworkLayerParameters = .init(), measures: NetworkMeasureParameters = .init()
    ) async throws(EntenteError) -> NetworkYearMeasuresReport {
        try measures.validate()
        let network = try await networkYear(year, parameters)
        let graph = try network.layers.knownLayer(layer)
        let world = network.world
        let only = region.map { r in Set(world.states.indices.filter { world.states[$0].region == r }) }
        let report = try await Self.measuresReport(graph, measures, only: only)
        let coverage = network.layers.coverage(of: layer)
        return NetworkYearMeasuresReport(
            year: year, layer: layer, coverage: coverage.label, coverageNote: coverage.note,
            region: region?.rawValue, measures: report)
    }

    /// Per-node measures of a network given as a CSV edge list (`source,target[,weight]`).
    ///
    /// - Parameters:
    ///   - edgeList: the file's text.
    ///   - fileName: named in parse errors.
    /// - Note: static, because an edge list needs no knowledge base.
    public static func networkMeasures(
        edgeList: String, fileName: String, directed: Bool = false, measures: NetworkMeasureParameters = .init()
    ) async throws(EntenteError) -> NetworkMeasuresReport {
        try measures.validate()
        let graph = try EdgeListReader.parse(edgeList, fileName: fileName, directed: directed)
        return try await measuresReport(graph, measures, only: nil)
    }

    static func measuresReport(_ graph: Graph, _ parameters: NetworkMeasureParameters, only: Set<Int>?)
        async throws(EntenteError) -> NetworkMeasuresReport
    {
        let m = try await NetworkMeasures.compute(graph, options: parameters.measureOptions, maxConcurrency: 2)
        var order = Array(0..<graph.nodeCount)
        if let only { order = order.filter { only.contains($0) } }
        if let sort = parameters.sort {
            let key = { (i: Int) -> Double in
                let v = m.value(sort, i)
                return v.isNaN ? -.infinity : v
            }
            order.sort { key($0) > key($1) || (key($0) == key($1) && graph.labels[$0] < graph.labels[$1]) }
        } else {
            order.sort { graph.labels[$0] < graph.labels[$1] }
        }
        if let top = parameters.top { order = Array(order.prefix(top)) }
        let nodes = order.map { i in
            NetworkMeasuresReport.Node(
                label: graph.labels[i], degree: m.degree.degree[i], strength: m.degree.strength[i].finite,
                betweenness: m.betweenness[i].finite, eigenvector: m.eigenvector[i].finite,
                pagerank: m.pageRank[i].finite, clustering: m.clustering[i].finite,
                constraint: m.constraint[i].finite, hhi: m.partnerConcentration[i].finite,
                community: m.communities.membership[i])
        }
        let c = m.communities
        return NetworkMeasuresReport(
            graph: .init(nodes: graph.nodeCount, edges: graph.edgeCount, directed: graph.isDirected),
            options: .init(
                betweennessPathLength: m.options.betweennessPath.rawValue, louvainSeed: m.options.louvainSeed),
            communities: .init(count: c.count, modularity: c.modularity.finite, seed: c.seed), nodes: nodes)
    }
}
