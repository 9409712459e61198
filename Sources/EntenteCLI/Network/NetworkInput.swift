import ArgumentParser
import EntenteCore
import EntenteNetwork
import Foundation

/// Options shared by the subcommands that read a CSV edge list.
struct EdgeListOptions: ParsableArguments {
    @Option(name: .long, help: "CSV edge list with lines source,target[,weight] (header optional).")
    var edges: String?

    @Flag(name: .long, help: "Read ties as directed, from source to target.")
    var directed = false

    /// Reads and parses the edge list.
    func load() throws -> Graph {
        guard let edges else { throw ValidationError("Give an edge list with --edges FILE.") }
        let text: String
        do {
            text = try String(contentsOfFile: edges, encoding: .utf8)
        } catch {
            throw EntenteError(
                .notFound, "Cannot read the edge list '\(edges)': \(error.localizedDescription)", underlying: error)
        }
        return try EdgeListReader.parse(text, fileName: edges, directed: directed)
    }
}

/// `--path-length` values.
enum PathLengthArgument: String, ExpressibleByArgument, CaseIterable {
    case inverse, weight, hops

    var pathLength: PathLength {
        switch self {
        case .inverse: .inverseWeight
        case .weight: .weight
        case .hops: .hops
        }
    }
}

/// `export --format` values.
enum ExportFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case graphml, gexf, json, csv

    /// The GraphExport format (csv is written by ``EdgeListCSV``).
    var format: GraphExport.Format {
        switch self {
        case .graphml: .graphml
        case .gexf: .gexf
        case .json, .csv: .json
        }
    }
}

/// Output formats of `network measures`.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}
