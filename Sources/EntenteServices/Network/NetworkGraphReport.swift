public import EntenteNetwork

/// A network as data, for front ends to write as GraphML, GEXF, node-link JSON or an edge list.
public struct NetworkGraphReport: Codable, Sendable {
    /// A tie between two nodes, by index into ``nodes``.
    public struct Edge: Codable, Sendable, Hashable {
        public var source: Int
        public var target: Int
        public var weight: Double

        public init(source: Int, target: Int, weight: Double) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }

    /// A per-node value, one per node; nil where undefined.
    public struct Attribute: Codable, Sendable, Hashable {
        public var name: String
        public var values: [Double?]

        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// The year and layer, when the network comes from the knowledge base.
    public var year: Int?
    public var layer: NetworkLayer?
    public var directed: Bool
    /// Node labels, by index.
    public var nodes: [String]
    public var edges: [Edge]
    /// Per-node measures, when asked for.
    public var attributes: [Attribute]

    public init(
        year: Int? = nil, layer: NetworkLayer? = nil, directed: Bool, nodes: [String], edges: [Edge],
        attributes: [Attribute] = []
    ) {
        precondition(attributes.allSatisfy { $0.values.count == nodes.count }, "an attribute misses nodes")
        self.year = year
        self.layer = layer
        self.directed = directed
        self.nodes = nodes
        self.edges = edges
        self.attributes = attributes
    }
}
