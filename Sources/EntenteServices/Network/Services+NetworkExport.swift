public import EntenteCore
public import EntenteNetwork

extension Services {
    /// A year's layer from the knowledge base as data, optionally with every node's measures.
    public func networkExport(
        year: Int, layer: NetworkLayer = .combined, layers parameters: NetworkLayerParameters = .init(),
        withMeasures: Bool = false
    ) async throws(EntenteError) -> NetworkGraphReport {
        let graph = try await networkYear(year, parameters).layers.knownLayer(layer)
        var report = try await Self.graphReport(graph, withMeasures: withMeasures)
        report.year = year
        report.layer = layer
        return report
    }

    /// A CSV edge list (`source,target[,weight]`) as data, optionally with every node's measures;
    /// static, because an edge list needs no knowledge base.
    public static func networkExport(
        edgeList: String, fileName: String, directed: Bool = false, withMeasures: Bool = false
    )
        async throws(EntenteError) -> NetworkGraphReport
    {
        let graph = try EdgeListReader.parse(edgeList, fileName: fileName, directed: directed)
        return try await graphReport(graph, withMeasures: withMeasures)
    }

    static func graphReport(_ graph: Graph, withMeasures: Bool) async throws(EntenteError) -> NetworkGraphReport {
        var attributes: [NetworkGraphReport.Attribute] = []
        if withMeasures {
            let m = try await NetworkMeasures.compute(graph, maxConcurrency: 2)
            attributes = NodeMeasure.allCases.map { measure in
                .init(name: measure.rawValue, values: (0..<graph.nodeCount).map { m.value(measure, $0).finite })
            }
        }
        return NetworkGraphReport(
            directed: graph.isDirected, nodes: graph.labels,
            edges: graph.edges.map { .init(source: $0.source, target: $0.target, weight: $0.weight) },
            attributes: attributes)
    }
}
