import ArgumentParser
import EntenteCore
import EntenteNetwork
import EntenteRender
import EntenteServices

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

    @Option(name: .long, help: "Layer with --year: \(NetworkLayer.names).")
    var layer: String = NetworkLayer.combined.rawValue

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
            try validating { () throws(EntenteError) in try Services.checkNetworkYear(y, subject: "--year") }
            _ = try parseLayer(layer)
        }
    }

    func run() async throws {
        try writeOutput(try await render(), to: output)
    }

    /// The exported text.
    func render() async throws -> String {
        let graph: NetworkGraphReport
        if let year {
            graph = try await storeOptions.services().networkExport(
                year: year, layer: try parseLayer(layer), layers: try weights.parameters(), withMeasures: withMeasures)
        } else {
            let (text, fileName) = try input.read()
            graph = try await Services.networkExport(
                edgeList: text, fileName: fileName, directed: input.directed, withMeasures: withMeasures)
        }
        switch format {
        case .graphml: return NetworkGraphXML.graphML(graph)
        case .gexf: return NetworkGraphXML.gexf(graph)
        case .json: return try NetworkGraphText.nodeLinkJSON(graph)
        case .csv: return NetworkGraphText.edgeListCSV(graph)
        }
    }
}
