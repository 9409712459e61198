/// Burt's constraint: how much a node's ties are concentrated in partners that are themselves tied.
///
/// As networkx 3.6 `nx.constraint`: with mutual weights m_ij = a_ij + a_ji and p_ij = m_ij / Σ_k m_ik,
/// c_i = Σ_{j: m_ij > 0} (p_ij + Σ_k p_ik p_kj)². High constraint (up to about 1, above 1 in small
/// dense neighbourhoods) means a node's partners all know each other; low constraint means it
/// bridges structural holes. An isolated node has constraint NaN (not defined), as in networkx.
public enum StructuralHoles {
    /// Burt's constraint of every node.
    ///
    /// - Parameters:
    ///   - graph: the graph; direction is ignored through mutual weights.
    ///   - weighted: use tie weights (default `true`); `false` treats every tie as 1.
    /// - Complexity: O(Σ_i Σ_{j ∈ N(i)} d(j)).
    public static func constraint(_ graph: Graph, weighted: Bool = true) -> [Double] {
        let g = weighted ? graph.undirected() : unitUndirected(graph)
        let n = g.nodeCount
        var strength = [Double](repeating: 0, count: n)
        for u in 0..<n {
            for k in g.offsets[u]..<g.offsets[u + 1] { strength[u] += g.weights[k] }
        }
        var result = [Double](repeating: .nan, count: n)
        var p = [Double](repeating: 0, count: n)
        for i in 0..<n where strength[i] > 0 {
            for k in g.offsets[i]..<g.offsets[i + 1] { p[Int(g.targets[k])] = g.weights[k] / strength[i] }
            var c = 0.0
            for k in g.offsets[i]..<g.offsets[i + 1] {
                let j = Int(g.targets[k])
                var indirect = 0.0
                // Σ_q p_iq p_qj over common neighbours q of i and j (p_qj = w_qj / s_q).
                for r in g.offsets[j]..<g.offsets[j + 1] {
                    let q = Int(g.targets[r])
                    let piq = p[q]
                    if piq != 0 { indirect += piq * (g.weights[r] / strength[q]) }
                }
                let local = p[j] + indirect
                c += local * local
            }
            result[i] = c
            for k in g.offsets[i]..<g.offsets[i + 1] { p[Int(g.targets[k])] = 0 }
        }
        return result
    }

    /// The undirected graph with every tie of weight 1 (a reciprocated directed tie becomes 2,
    /// as networkx's mutual weight counts both directions).
    static func unitUndirected(_ graph: Graph) -> Graph {
        let edges = graph.edges.map { WeightedEdge($0.source, $0.target, weight: 1) }
        return (try? Graph(labels: graph.labels, edges: edges, directed: false)) ?? graph
    }
}

/// Partner concentration: the Herfindahl–Hirschman index of a node's tie weights.
///
/// HHI_i = Σ_j (m_ij / Σ_k m_ik)², with m_ij the weight between i and j in both directions. It is 1
/// for a node with one partner and 1/d for d equally weighted partners; NaN for an isolated node.
public enum PartnerConcentration {
    /// The Herfindahl index of every node's tie weights.
    ///
    /// - Complexity: O(*n* + *m*).
    public static func herfindahl(_ graph: Graph) -> [Double] {
        let g = graph.undirected()
        return (0..<g.nodeCount).map { u in
            var s = 0.0
            for k in g.offsets[u]..<g.offsets[u + 1] { s += g.weights[k] }
            guard s > 0 else { return .nan }
            var h = 0.0
            for k in g.offsets[u]..<g.offsets[u + 1] {
                let share = g.weights[k] / s
                h += share * share
            }
            return h
        }
    }
}
