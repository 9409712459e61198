public import EntenteServices
import Foundation

/// Node-link JSON and CSV edge lists of a network.
public enum NetworkGraphText {
    /// networkx's node-link layout (`directed`, `multigraph`, `graph`, `nodes`, `links`), which
    /// `networkx.node_link_graph` and Cytoscape's JSON import read; undefined values are `null`.
    public static func nodeLinkJSON(_ graph: NetworkGraphReport) throws -> String {
        try EntenteJSON.string(NodeLink(graph)) + "\n"
    }

    /// `source,target,weight`, one tie a line, as `--edges` and the networkx scripts read.
    public static func edgeListCSV(_ graph: NetworkGraphReport) -> String {
        let rows = graph.edges.map { e in
            [graph.nodes[e.source], graph.nodes[e.target], CSVText.number(e.weight)]
        }
        return CSVText.render(header: ["source", "target", "weight"], rows: rows) + "\n"
    }
}

/// The node-link document; nodes carry their attributes as keys of their own.
private struct NodeLink: Encodable {
    struct Empty: Encodable {}

    struct Node: Encodable {
        var id: String
        var attributes: [(String, Double?)]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: NameKey.self)
            try container.encode(id, forKey: NameKey("id"))
            for (name, value) in attributes {
                if let value {
                    try container.encode(value, forKey: NameKey(name))
                } else {
                    try container.encodeNil(forKey: NameKey(name))
                }
            }
        }
    }

    struct Link: Encodable {
        var source: String
        var target: String
        var weight: Double?
    }

    var directed: Bool
    var multigraph = false
    var graph = Empty()
    var nodes: [Node]
    var links: [Link]

    init(_ g: NetworkGraphReport) {
        directed = g.directed
        nodes = g.nodes.enumerated().map { u, label in
            Node(id: label, attributes: g.attributes.map { ($0.name, $0.values[u]) })
        }
        links = g.edges.map { Link(source: g.nodes[$0.source], target: g.nodes[$0.target], weight: $0.weight.finite) }
    }
}

private struct NameKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
