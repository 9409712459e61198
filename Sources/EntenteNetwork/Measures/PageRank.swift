public import EntenteCore

/// PageRank by power iteration, exactly as networkx 3.6 `pagerank` (its SciPy implementation).
///
/// Each tie's weight is divided by its source's out-strength; a node with no out-ties ("dangling")
/// spreads its rank uniformly. Each step is x ← α(xP + Σ_dangling x / n) + (1 − α)/n, stopping
/// when Σ|x − x_prev| < n·tolerance. An undirected tie counts in both directions. Values sum to 1.
public enum PageRank {
    /// PageRank of every node.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - alpha: the damping factor (default 0.85, networkx's and Brin–Page's value).
    ///   - weighted: use tie weights (default `true`).
    ///   - tolerance: networkx `tol` (default 1e-6).
    ///   - maxIterations: networkx `max_iter` (default 100).
    /// - Returns: one value per node id; an empty array for an empty graph.
    /// - Throws: ``EntenteError`` `.unsupported` when the iteration does not converge;
    ///   `.invalidInput` when `alpha` is outside [0, 1].
    /// - Complexity: O(*m*) per iteration.
    public static func compute(
        _ graph: Graph, alpha: Double = 0.85, weighted: Bool = true, tolerance: Double = 1e-6, maxIterations: Int = 100
    ) throws(EntenteError) -> [Double] {
        guard alpha >= 0, alpha <= 1 else {
            throw EntenteError(.invalidInput, "PageRank damping factor \(alpha) is outside [0, 1].")
        }
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        // Out-strength reciprocals (0 for dangling nodes).
        var inverseOut = [Double](repeating: 0, count: n)
        var dangling: [Int] = []
        for u in 0..<n {
            var s = 0.0
            for k in graph.offsets[u]..<graph.offsets[u + 1] { s += weighted ? graph.weights[k] : 1 }
            if s != 0 { inverseOut[u] = 1 / s } else { dangling.append(u) }
        }
        let uniform = 1 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var danglingSum = 0.0
            for u in dangling { danglingSum += x[u] }
            graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                graph.sources.withUnsafeBufferPointer { sources in
                    graph.inWeights.withUnsafeBufferPointer { inWeights in
                        x.withUnsafeBufferPointer { last in
                            next.withUnsafeMutableBufferPointer { next in
                                inverseOut.withUnsafeBufferPointer { inverseOut in
                                    for v in 0..<n {
                                        var sum = 0.0
                                        for k in inOffsets[v]..<inOffsets[v + 1] {
                                            let u = Int(sources[k])
                                            sum += last[u] * ((weighted ? inWeights[k] : 1) * inverseOut[u])
                                        }
                                        next[v] = alpha * (sum + danglingSum * uniform) + (1 - alpha) * uniform
                                    }
                                }
                            }
                        }
                    }
                }
            }
            var err = 0.0
            for v in 0..<n { err += abs(next[v] - x[v]) }
            swap(&x, &next)
            if err < Double(n) * tolerance { return x }
        }
        throw EntenteError(
            .unsupported,
            "PageRank did not converge in \(maxIterations) iterations (tolerance \(tolerance)); "
                + "raise the iteration limit or the tolerance.")
    }
}
