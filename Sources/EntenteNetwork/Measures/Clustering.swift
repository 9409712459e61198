import RealModule

/// Local clustering coefficients with networkx 3.6's definitions (`nx.clustering`).
///
/// - Undirected, unweighted: c_u = 2T(u) / (d(d − 1)), T(u) the triangles through u.
/// - Undirected, weighted (Onnela et al. 2005): c_u = Σ_{v,w} (ŵ_uv ŵ_uw ŵ_vw)^{1/3} / (d(d − 1)) over
///   ordered neighbour pairs, with ŵ = w / max(w) over the whole graph.
/// - Directed (Fagiolo 2007): c_u = T(u) / (2(d_tot(d_tot − 1) − 2 d_↔)), where T(u) counts directed
///   triangles (weighted: with cube roots of normalised weights), d_tot = in + out degree and d_↔
///   the number of reciprocated ties.
///
/// A node with degree below 2, or in no triangle, has coefficient 0.
public enum Clustering {
    /// Clustering coefficient of every node.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - weighted: use the weighted definition (default `true`).
    /// - Complexity: O(Σ_u Σ_{v ∈ N(u)} d(v)).
    public static func compute(_ graph: Graph, weighted: Bool = true) -> [Double] {
        let n = graph.nodeCount
        var maxWeight = 0.0
        for w in graph.weights { maxWeight = max(maxWeight, w) }
        if !weighted || maxWeight == 0 { maxWeight = 1 }
        // Per-tie factor: cube root of the normalised weight (1 when unweighted).
        let factor: [Double] = graph.weights.map { weighted ? Double.root($0 / maxWeight, 3) : 1 }
        let inFactor: [Double] =
            graph.isDirected ? graph.inWeights.map { weighted ? Double.root($0 / maxWeight, 3) : 1 } : factor
        var result = [Double](repeating: 0, count: n)
        var mark = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        for i in 0..<n {
            touched.removeAll(keepingCapacity: true)
            for k in graph.offsets[i]..<graph.offsets[i + 1] {
                let v = Int(graph.targets[k])
                if mark[v] == 0 { touched.append(v) }
                mark[v] += factor[k]
            }
            var reciprocal = 0
            if graph.isDirected {
                for k in graph.inOffsets[i]..<graph.inOffsets[i + 1] {
                    let v = Int(graph.sources[k])
                    if mark[v] == 0 { touched.append(v) } else { reciprocal += 1 }
                    mark[v] += inFactor[k]
                }
            }
            var t = 0.0
            for j in touched {
                let sj = mark[j]
                for k in graph.offsets[j]..<graph.offsets[j + 1] {
                    let m = mark[Int(graph.targets[k])]
                    if m != 0 { t += sj * m * factor[k] }
                }
                if graph.isDirected {
                    for k in graph.inOffsets[j]..<graph.inOffsets[j + 1] {
                        let m = mark[Int(graph.sources[k])]
                        if m != 0 { t += sj * m * inFactor[k] }
                    }
                }
            }
            if t != 0 {
                if graph.isDirected {
                    let dt = Double(
                        (graph.offsets[i + 1] - graph.offsets[i]) + (graph.inOffsets[i + 1] - graph.inOffsets[i]))
                    result[i] = t / (2 * (dt * (dt - 1) - 2 * Double(reciprocal)))
                } else {
                    let d = Double(graph.offsets[i + 1] - graph.offsets[i])
                    result[i] = t / (d * (d - 1))
                }
            }
            for v in touched { mark[v] = 0 }
        }
        return result
    }
}
