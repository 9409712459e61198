/// One weighted tie between two nodes, addressed by dense integer ids.
///
/// In an undirected graph the order of `source` and `target` does not matter; in a directed graph
/// the tie runs from `source` to `target`.
public struct WeightedEdge: Sendable, Hashable {
    /// The dense id of the node the tie starts at (0-based).
    public var source: Int
    /// The dense id of the node the tie ends at (0-based).
    public var target: Int
    /// The strength of the tie; must be finite and positive.
    public var weight: Double

    /// Creates an edge.
    ///
    /// - Parameters:
    ///   - source: the dense id of the first node.
    ///   - target: the dense id of the second node.
    ///   - weight: the tie strength, 1 by default.
    public init(_ source: Int, _ target: Int, weight: Double = 1) {
        self.source = source
        self.target = target
        self.weight = weight
    }
}
