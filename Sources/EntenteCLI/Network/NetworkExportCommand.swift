import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteNetwork
import EntenteStore
import Foundation

/// `entente network export (--edges FILE | --year Y [--layer L]) --format graphml|gexf|json|csv`
struct NetworkExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a network as GraphML, GEXF or node-link JSON for Gephi or Cytoscape.",
        discussion:
            "With --year, the knowledge base's layer for that year (default: combined); csv writes the edge list source,target,weight. With --with-measures, every node carries its degree, strength, betweenness, eigenvector, PageRank, clustering, constraint, HHI and Louvain community."
    )

    @OptionGroup var input: EdgeListOptions

    @Option(name: .long, help: "Export the knowledge base's network of this year instead of an edge list.")
    var year: Int?

    @Option(name: .long, help: "Layer with --year: \(WorldLayers.Name.all.joined(separator: ", ")).")
    var layer: String = WorldLayers.Name.combined

    @OptionGroup var weights: LayerWeightOptions

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Output format: graphml, gexf, json, or csv (an edge list source,target,weight).")
    var format: ExportFormatArgument

    @Flag(name: .long, help: "Attach the per-node measures as node attributes.")
    var withMeasures = false

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        switch (input.edges, year) {
        case (nil, nil): throw ValidationError("Give --edges FILE or --year YEAR.")
        case (.some, .some): throw ValidationError("--edges and --year cannot be used together; give one.")
        case (.some, nil): break
        case (nil, .some(let y)):
            try NetworkDataCoverage.checkYear(y)
            try validateLayerName(layer)
        }
    }

    func run() async throws {
        try writeOutput(try await render(), to: output)
    }

    /// The exported text.
    func render() async throws -> String {
        let graph: Graph
        if let year {
            let loader = YearNetworkLoader(store: try storeOptions.open(), options: try weights.makeOptions())
            graph = try loader.layers(try await loader.world(year)).knownLayer(layer)
        } else {
            graph = try input.load()
        }
        if format == .csv { return EdgeListCSV.render(graph) }
        var attributes: [GraphExport.NodeAttribute] = []
        if withMeasures {
            let m = try await NetworkMeasures.compute(graph, maxConcurrency: 2)
            attributes = MeasuresReport.columns.map { name in
                GraphExport.NodeAttribute(name: name, values: (0..<graph.nodeCount).map { m.value(name, $0) })
            }
        }
        return GraphExport.render(graph, format: format.format, attributes: attributes)
    }
}

/// A graph as the CSV edge list that `--edges` and the networkx scripts read.
enum EdgeListCSV {
    static func render(_ graph: Graph) -> String {
        var out = "source,target,weight\n"
        for e in graph.edges {
            out +=
                CSVText.escape(graph.labels[e.source]) + "," + CSVText.escape(graph.labels[e.target]) + ",\(e.weight)\n"
        }
        return out
    }
}
