public import EntenteCore

/// Newman–Girvan modularity of a partition, as networkx 3.6 `nx.community.modularity`.
///
/// Q = Σ_c [ L_c / m − γ (K_c / 2m)² ] for an undirected graph, with m the total tie weight, L_c
/// the weight of ties inside community c and K_c the summed strength of its nodes. For a directed
/// graph, Q = Σ_c [ L_c / m − γ K_c^out K_c^in / m² ].
public enum Modularity {
    /// The modularity of a partition given as one community index per node.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - membership: the community index of every node (any non-negative integers).
    ///   - resolution: γ (default 1).
    /// - Throws: ``EntenteError`` `.invalidInput` when `membership` has the wrong length or a negative
    ///   index, or the graph has no ties.
    public static func compute(_ graph: Graph, membership: [Int], resolution: Double = 1) throws(EntenteError) -> Double
    {
        let n = graph.nodeCount
        guard membership.count == n else {
            throw EntenteError(
                .invalidInput, "The partition gives \(membership.count) community labels for \(n) nodes.")
        }
        guard membership.allSatisfy({ $0 >= 0 }) else {
            throw EntenteError(.invalidInput, "Community labels must be non-negative integers.")
        }
        var m = 0.0
        for w in graph.weights { m += w }
        if !graph.isDirected { m /= 2 }
        guard m > 0 else {
            throw EntenteError(.invalidInput, "Modularity is not defined for a graph without ties.")
        }
        let c = (membership.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: c)
        var outStrength = [Double](repeating: 0, count: c)
        var inStrength = [Double](repeating: 0, count: c)
        for u in 0..<n {
            let cu = membership[u]
            for k in graph.offsets[u]..<graph.offsets[u + 1] {
                let w = graph.weights[k]
                outStrength[cu] += w
                if membership[Int(graph.targets[k])] == cu { inside[cu] += w }
            }
            for k in graph.inOffsets[u]..<graph.inOffsets[u + 1] { inStrength[cu] += graph.inWeights[k] }
        }
        var q = 0.0
        for k in 0..<c {
            if graph.isDirected {
                q += inside[k] / m - resolution * outStrength[k] * inStrength[k] / (m * m)
            } else {
                // `inside` counted each internal tie from both ends.
                let kc = outStrength[k]
                q += (inside[k] / 2) / m - resolution * (kc / (2 * m)) * (kc / (2 * m))
            }
        }
        return q
    }
}
