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

    /// The edge list's text and file name.
    func read() throws -> (text: String, fileName: String) {
        guard let edges else { throw ValidationError("Give an edge list with --edges FILE.") }
        let text = try InputFile.text(edges) { error in
            EntenteError(
                .notFound, "Cannot read the edge list '\(edges)': \(error.localizedDescription)", underlying: error)
        }
        return (text, edges)
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
}
