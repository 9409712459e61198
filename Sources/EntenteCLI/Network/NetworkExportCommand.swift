import ArgumentParser
import EntenteCore
import EntenteNetwork
import Foundation

/// `entente network export --edges FILE --format graphml|gexf|json`
struct NetworkExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a network as GraphML, GEXF or node-link JSON for Gephi or Cytoscape.",
        discussion:
            "With --with-measures, every node carries its degree, strength, betweenness, eigenvector, PageRank, clustering, constraint, HHI and Louvain community."
    )

    @OptionGroup var input: EdgeListOptions

    @Option(name: .long, help: "Output format: graphml, gexf or json.")
    var format: ExportFormatArgument

    @Flag(name: .long, help: "Attach the per-node measures as node attributes.")
    var withMeasures = false

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        let graph = try input.load()
        var attributes: [GraphExport.NodeAttribute] = []
        if withMeasures {
            let m = try await NetworkMeasures.compute(graph, maxConcurrency: 2)
            attributes = MeasuresReport.columns.map { name in
                GraphExport.NodeAttribute(name: name, values: (0..<graph.nodeCount).map { m.value(name, $0) })
            }
        }
        let text = GraphExport.render(graph, format: format.format, attributes: attributes)
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw EntenteError(
                    .storage, "Cannot write '\(output)': \(error.localizedDescription)", underlying: error)
            }
        } else {
            print(text, terminator: "")
        }
    }
}
