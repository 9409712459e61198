/// Degree and strength: how many ties a node has and how heavy they are.
///
/// As in networkx, the degree of a node in a directed graph is its in-degree plus its out-degree,
/// and its strength the sum of the weights of its in- and out-ties.
public struct DegreeMeasures: Sendable, Hashable {
    /// Number of ties per node (in + out when directed).
    public var degree: [Int]
    /// Sum of tie weights per node (in + out when directed).
    public var strength: [Double]
    /// Out-degree per node (equal to `degree` when undirected).
    public var outDegree: [Int]
    /// In-degree per node (equal to `degree` when undirected).
    public var inDegree: [Int]

    /// Computes degree and strength of every node.
    ///
    /// - Complexity: O(*n* + *m*).
    public init(_ graph: Graph) {
        let n = graph.nodeCount
        var degree = [Int](repeating: 0, count: n)
        var strength = [Double](repeating: 0, count: n)
        var outDegree = [Int](repeating: 0, count: n)
        var inDegree = [Int](repeating: 0, count: n)
        for u in 0..<n {
            outDegree[u] = graph.offsets[u + 1] - graph.offsets[u]
            inDegree[u] = graph.inOffsets[u + 1] - graph.inOffsets[u]
            var s = 0.0
            for k in graph.offsets[u]..<graph.offsets[u + 1] { s += graph.weights[k] }
            if graph.isDirected {
                for k in graph.inOffsets[u]..<graph.inOffsets[u + 1] { s += graph.inWeights[k] }
                degree[u] = outDegree[u] + inDegree[u]
            } else {
                degree[u] = outDegree[u]
            }
            strength[u] = s
        }
        self.degree = degree
        self.strength = strength
        self.outDegree = outDegree
        self.inDegree = inDegree
    }
}
