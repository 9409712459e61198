public import EntenteCore

/// Several named layers of ties over one node set, for example alliances, joint exercises and
/// organisation co-membership among the states of one year.
///
/// Every layer is a ``Graph`` with the same labels in the same order, so a node id means the same
/// node in every layer and measures of different layers can be compared index by index.
///
/// ```swift
/// let year = try Multiplex(nodes: codes, layers: [
///     .init(name: "alliance", edges: allianceEdges, directed: true),
///     .init(name: "exercise", edges: exerciseEdges),
/// ])
/// let combined = try year.combined(weights: ["alliance": 2, "exercise": 1])
/// ```
public struct Multiplex: Sendable, Hashable {
    /// One named layer.
    public struct Layer: Sendable, Hashable {
        /// The layer's name, unique within its multiplex.
        public let name: String
        /// The ties of the layer.
        public let graph: Graph

        /// A layer from a graph already built over the multiplex's nodes.
        public init(name: String, graph: Graph) {
            self.name = name
            self.graph = graph
        }
    }

    /// A layer before its graph is built: its name, edges by node id and directedness.
    public struct LayerEdges: Sendable, Hashable {
        public var name: String
        public var edges: [WeightedEdge]
        public var isDirected: Bool

        public init(name: String, edges: [WeightedEdge], directed: Bool = false) {
            self.name = name
            self.edges = edges
            self.isDirected = directed
        }
    }

    /// The node labels shared by every layer.
    public let nodes: [String]
    /// The layers, in the order given.
    public let layers: [Layer]

    /// Builds a multiplex from edge lists, one per layer.
    ///
    /// - Parameters:
    ///   - nodes: the node labels; edge ids index into this array.
    ///   - layers: the layers' names, edges and directedness.
    /// - Throws: ``EntenteError`` `.invalidInput` for a repeated layer name, an id out of range or a
    ///   weight that is not finite and positive.
    public init(nodes: [String], layers: [LayerEdges]) throws(EntenteError) {
        var built: [Layer] = []
        for layer in layers {
            do {
                built.append(
                    Layer(
                        name: layer.name,
                        graph: try Graph(labels: nodes, edges: layer.edges, directed: layer.isDirected)))
            } catch {
                throw EntenteError(.invalidInput, "Layer '\(layer.name)': \(error.message)")
            }
        }
        try self.init(nodes: nodes, layers: built)
    }

    /// Builds a multiplex from layers whose graphs are already built.
    ///
    /// - Throws: ``EntenteError`` `.invalidInput` when a layer's labels differ from `nodes` or two
    ///   layers share a name.
    public init(nodes: [String], layers: [Layer]) throws(EntenteError) {
        var names = Set<String>()
        for layer in layers {
            guard names.insert(layer.name).inserted else {
                throw EntenteError(
                    .invalidInput, "Layer name '\(layer.name)' is used twice; layer names must be unique.")
            }
            guard layer.graph.labels == nodes else {
                throw EntenteError(
                    .invalidInput,
                    "Layer '\(layer.name)' has \(layer.graph.nodeCount) nodes that differ from the multiplex's "
                        + "\(nodes.count) nodes; build every layer over the same node list.")
            }
        }
        self.nodes = nodes
        self.layers = layers
    }

    /// The names of the layers, in order.
    public var layerNames: [String] { layers.map(\.name) }

    /// The layer with this name, or `nil`.
    public func layer(named name: String) -> Graph? {
        layers.first { $0.name == name }?.graph
    }

    /// The weighted combination of layers: the weight of a tie is Σ over layers of
    /// `weights[layer] × weight in that layer`.
    ///
    /// Layers not named in `weights` are left out; a weight of 0 leaves the layer out. The result is
    /// directed when any included layer is; an undirected tie then counts in both directions.
    /// Layers are added in their multiplex order, so the sums are the same on every run.
    ///
    /// - Parameter weights: a non-negative, finite weight per layer name.
    /// - Returns: a graph over the same nodes.
    /// - Throws: ``EntenteError`` `.invalidInput` for an unknown layer name or a negative or
    ///   non-finite weight, or when every weight is 0.
    public func combined(weights: [String: Double]) throws(EntenteError) -> Graph {
        for (name, w) in weights.sorted(by: { $0.key < $1.key }) {
            guard layer(named: name) != nil else {
                throw EntenteError(
                    .invalidInput,
                    "Unknown layer '\(name)' in the combination weights; layers are: \(layerNames.joined(separator: ", "))."
                )
            }
            guard w.isFinite, w >= 0 else {
                throw EntenteError(
                    .invalidInput, "Layer '\(name)' has weight \(w); weights must be finite and at least 0.")
            }
        }
        let included = layers.filter { (weights[$0.name] ?? 0) > 0 }
        guard !included.isEmpty else {
            throw EntenteError(
                .invalidInput, "Every layer weight is 0 or missing; give at least one layer a positive weight.")
        }
        let directed = included.contains { $0.graph.isDirected }
        var edges: [WeightedEdge] = []
        for layer in included {
            let w = weights[layer.name] ?? 0
            for e in layer.graph.edges {
                edges.append(WeightedEdge(e.source, e.target, weight: e.weight * w))
                if directed && !layer.graph.isDirected {
                    edges.append(WeightedEdge(e.target, e.source, weight: e.weight * w))
                }
            }
        }
        return try Graph(labels: nodes, edges: edges, directed: directed)
    }

    /// The combination with every layer weighted 1.
    public func combined() throws(EntenteError) -> Graph {
        try combined(weights: Dictionary(uniqueKeysWithValues: layers.map { ($0.name, 1.0) }))
    }
}
