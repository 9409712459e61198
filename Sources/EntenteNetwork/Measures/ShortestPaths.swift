/// Shortest-path distances between nodes, by breadth-first search or Dijkstra.
public enum ShortestPaths {
    /// The length of a shortest path from every node reachable from `source`.
    ///
    /// - Parameters:
    ///   - graph: the graph; directed graphs follow tie direction.
    ///   - source: the start node id.
    ///   - path: how tie lengths are read from weights (default ``PathLength/inverseWeight``).
    /// - Returns: one distance per node id; `.infinity` for nodes that cannot be reached.
    /// - Complexity: O(*m* log *n*).
    public static func distances(_ graph: Graph, from source: Int, path: PathLength = .inverseWeight) -> [Double] {
        precondition(source >= 0 && source < graph.nodeCount, "source \(source) is not a node id")
        var dist = [Double](repeating: .infinity, count: graph.nodeCount)
        var settled = [Bool](repeating: false, count: graph.nodeCount)
        var heap = DistanceHeap(capacity: graph.targets.count + 1)
        dist[source] = 0
        heap.push(0, Int32(source))
        while !heap.isEmpty {
            let (d, node) = heap.pop()
            let v = Int(node)
            if settled[v] { continue }
            settled[v] = true
            for k in graph.offsets[v]..<graph.offsets[v + 1] {
                let w = Int(graph.targets[k])
                let candidate = d + path.length(graph.weights[k])
                if !settled[w] && candidate < dist[w] {
                    dist[w] = candidate
                    heap.push(candidate, Int32(w))
                }
            }
        }
        return dist
    }

    /// The length of a shortest path from `source` to `target`, or `nil` when there is none.
    ///
    /// - Complexity: O(*m* log *n*) at worst.
    public static func distance(
        _ graph: Graph, from source: Int, to target: Int, path: PathLength = .inverseWeight
    ) -> Double? {
        let d = distances(graph, from: source, path: path)[target]
        return d.isFinite ? d : nil
    }
}
