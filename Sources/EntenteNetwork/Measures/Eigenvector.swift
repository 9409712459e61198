public import EntenteCore

/// Eigenvector centrality by power iteration, exactly as networkx 3.6 `eigenvector_centrality`.
///
/// Starting from the uniform vector 1/n, each step computes x ← x(A + I) (the left eigenvector, so
/// in a directed graph a node is central when central nodes point *to* it), divides by the
/// Euclidean norm, and stops when Σ|x − x_prev| < n·tolerance. The result has unit Euclidean norm.
/// Using A + I rather than A makes the iteration converge on bipartite graphs; the eigenvector is
/// the same. On a disconnected graph the iteration converges to a vector concentrated on the
/// component with the largest eigenvalue, as in networkx.
public enum EigenvectorCentrality {
    /// Eigenvector centrality of every node.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - weighted: use tie weights (default `true`); `false` treats every tie as 1.
    ///   - tolerance: networkx `tol` (default 1e-6).
    ///   - maxIterations: networkx `max_iter` (default 1000; the peer script's value).
    /// - Returns: one value per node id, unit Euclidean norm.
    /// - Throws: ``EntenteError`` `.invalidInput` for an empty graph; `.unsupported` when the
    ///   iteration does not converge within `maxIterations`.
    /// - Complexity: O(*m*) per iteration.
    public static func compute(
        _ graph: Graph, weighted: Bool = true, tolerance: Double = 1e-6, maxIterations: Int = 1000
    ) throws(EntenteError) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else {
            throw EntenteError(.invalidInput, "Eigenvector centrality is not defined for a graph with no nodes.")
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                graph.sources.withUnsafeBufferPointer { sources in
                    graph.inWeights.withUnsafeBufferPointer { inWeights in
                        x.withUnsafeBufferPointer { last in
                            next.withUnsafeMutableBufferPointer { next in
                                for v in 0..<n {
                                    var sum = last[v]
                                    if weighted {
                                        for k in inOffsets[v]..<inOffsets[v + 1] {
                                            sum += last[Int(sources[k])] * inWeights[k]
                                        }
                                    } else {
                                        for k in inOffsets[v]..<inOffsets[v + 1] { sum += last[Int(sources[k])] }
                                    }
                                    next[v] = sum
                                }
                            }
                        }
                    }
                }
            }
            var norm = euclideanNorm(next)
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw EntenteError(
            .unsupported,
            "Eigenvector centrality did not converge in \(maxIterations) iterations (tolerance \(tolerance)); "
                + "raise the iteration limit or the tolerance.")
    }

    /// The Euclidean norm, scaled to avoid overflow and underflow (like Python's `math.hypot`).
    static func euclideanNorm(_ values: [Double]) -> Double {
        var scale = 0.0
        for v in values { scale = max(scale, abs(v)) }
        guard scale > 0, scale.isFinite else { return scale }
        var sum = 0.0
        for v in values {
            let r = v / scale
            sum += r * r
        }
        return scale * sum.squareRoot()
    }
}
