/// Betweenness centrality by Brandes' algorithm, normalised as networkx does.
///
/// For every source the shortest-path DAG is built (breadth-first for ``PathLength/hops``,
/// Dijkstra otherwise) and path dependencies are accumulated back from the farthest node. Sources
/// are split into a fixed number of contiguous chunks that does not depend on the number of
/// threads; each chunk sums its sources in order into its own slot, and the slots are added in
/// chunk order. So the sequential ``compute(_:path:normalized:)`` and the parallel
/// ``compute(_:path:normalized:maxConcurrency:)`` return bit-identical values.
///
/// Normalisation (networkx 3.6 `betweenness_centrality(normalized=True)`): the sum over ordered
/// source–target pairs is divided by (n − 1)(n − 2) for directed and undirected graphs alike (for an
/// undirected graph this equals the unordered sum divided by (n − 1)(n − 2)/2). Unnormalised
/// values of an undirected graph are halved so each unordered pair counts once. Graphs with fewer
/// than three nodes are all zero.
public enum Betweenness {
    /// The number of source chunks; fixed so the reduction order never depends on the thread count.
    static let chunkCount = 64

    /// Betweenness of every node, computed on the calling thread.
    ///
    /// - Parameters:
    ///   - graph: the graph; directed graphs follow tie direction.
    ///   - path: how tie lengths are read from weights (default ``PathLength/inverseWeight``).
    ///   - normalized: divide as networkx does (default `true`).
    /// - Returns: one value per node id.
    /// - Complexity: O(*n m*) for ``PathLength/hops``, O(*n m* log *n*) otherwise.
    public static func compute(_ graph: Graph, path: PathLength = .inverseWeight, normalized: Bool = true) -> [Double] {
        let chunks = chunkRanges(graph.nodeCount)
        var slots: [[Double]] = []
        slots.reserveCapacity(chunks.count)
        var workspace = Workspace(graph)
        for range in chunks {
            slots.append(accumulate(graph, sources: range, path: path, workspace: &workspace))
        }
        return finish(slots, graph: graph, normalized: normalized)
    }

    /// Betweenness of every node, with source chunks spread over a task group.
    ///
    /// The result is bit-identical to ``compute(_:path:normalized:)`` whatever `maxConcurrency` is.
    ///
    /// - Parameter maxConcurrency: the most chunks in flight at once (at least 1).
    public static func compute(
        _ graph: Graph, path: PathLength = .inverseWeight, normalized: Bool = true, maxConcurrency: Int
    ) async -> [Double] {
        let chunks = chunkRanges(graph.nodeCount)
        var slots = [[Double]](repeating: [], count: chunks.count)
        let limit = max(1, maxConcurrency)
        await withTaskGroup(of: (Int, [Double]).self) { group in
            var next = 0
            func start() {
                let index = next
                let range = chunks[index]
                group.addTask {
                    var workspace = Workspace(graph)
                    return (index, accumulate(graph, sources: range, path: path, workspace: &workspace))
                }
                next += 1
            }
            while next < min(limit, chunks.count) { start() }
            while let (index, values) = await group.next() {
                slots[index] = values
                if next < chunks.count { start() }
            }
        }
        return finish(slots, graph: graph, normalized: normalized)
    }

    static func chunkRanges(_ n: Int) -> [Range<Int>] {
        guard n > 0 else { return [] }
        let count = min(chunkCount, n)
        return (0..<count).map { c in (c * n / count)..<((c + 1) * n / count) }
    }

    private static func finish(_ slots: [[Double]], graph: Graph, normalized: Bool) -> [Double] {
        let n = graph.nodeCount
        var total = [Double](repeating: 0, count: n)
        for slot in slots {
            for i in 0..<n { total[i] += slot[i] }
        }
        guard n >= 3 else { return [Double](repeating: 0, count: n) }
        let scale: Double
        if normalized {
            scale = 1 / (Double(n - 1) * Double(n - 2))
        } else {
            scale = graph.isDirected ? 1 : 0.5
        }
        if scale != 1 {
            for i in 0..<n { total[i] *= scale }
        }
        return total
    }

    /// Scratch arrays reused across the sources of one chunk.
    struct Workspace {
        var sigma: [Double]
        var dist: [Double]
        var delta: [Double]
        var stack: [Int32]
        var predCount: [Int32]
        var preds: [Int32]
        var queue: [Int32]
        var lengths: [Double]
        var heap: DistanceHeap

        init(_ graph: Graph) {
            let n = graph.nodeCount
            sigma = [Double](repeating: 0, count: n)
            dist = [Double](repeating: -1, count: n)
            delta = [Double](repeating: 0, count: n)
            stack = [Int32](repeating: 0, count: n)
            predCount = [Int32](repeating: 0, count: n)
            preds = [Int32](repeating: 0, count: graph.sources.count)
            queue = [Int32](repeating: 0, count: n)
            lengths = []
            heap = DistanceHeap(capacity: graph.targets.count + 1)
        }
    }

    /// Sums the dependencies of the sources in `range` (unscaled, ordered pairs).
    static func accumulate(_ graph: Graph, sources range: Range<Int>, path: PathLength, workspace ws: inout Workspace)
        -> [Double]
    {
        let n = graph.nodeCount
        var result = [Double](repeating: 0, count: n)
        if path != .hops && ws.lengths.count != graph.weights.count {
            ws.lengths = graph.weights.map { path.length($0) }
        }
        for s in range {
            let count = path == .hops ? singleSourceBFS(graph, s, &ws) : singleSourceDijkstra(graph, s, &ws)
            accumulateDependencies(graph, s, count, &ws, &result)
        }
        return result
    }

    /// Breadth-first shortest-path counts from `s`; returns how many nodes were reached.
    private static func singleSourceBFS(_ graph: Graph, _ s: Int, _ ws: inout Workspace) -> Int {
        var reached = 0
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                    ws.sigma.withUnsafeMutableBufferPointer { sigma in
                        ws.dist.withUnsafeMutableBufferPointer { dist in
                            ws.stack.withUnsafeMutableBufferPointer { stack in
                                ws.predCount.withUnsafeMutableBufferPointer { predCount in
                                    ws.preds.withUnsafeMutableBufferPointer { preds in
                                        sigma[s] = 1
                                        dist[s] = 0
                                        stack[0] = Int32(s)
                                        var head = 0
                                        var tail = 1
                                        // The stack doubles as the BFS queue: nodes are appended in
                                        // order of distance.
                                        while head < tail {
                                            let v = Int(stack[head])
                                            head += 1
                                            let dv = dist[v]
                                            let sv = sigma[v]
                                            for k in offsets[v]..<offsets[v + 1] {
                                                let w = Int(targets[k])
                                                if dist[w] < 0 {
                                                    dist[w] = dv + 1
                                                    stack[tail] = Int32(w)
                                                    tail += 1
                                                }
                                                if dist[w] == dv + 1 {
                                                    sigma[w] += sv
                                                    preds[inOffsets[w] + Int(predCount[w])] = Int32(v)
                                                    predCount[w] += 1
                                                }
                                            }
                                        }
                                        reached = tail
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return reached
    }

    /// Dijkstra shortest-path counts from `s`; returns how many nodes were settled.
    private static func singleSourceDijkstra(_ graph: Graph, _ s: Int, _ ws: inout Workspace) -> Int {
        var reached = 0
        var heap = ws.heap
        heap.removeAll()
        let n = graph.nodeCount
        // `tentative` holds the best distance seen so far; `dist` >= 0 marks settled nodes.
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                    ws.lengths.withUnsafeBufferPointer { lengths in
                        ws.sigma.withUnsafeMutableBufferPointer { sigma in
                            ws.dist.withUnsafeMutableBufferPointer { dist in
                                ws.delta.withUnsafeMutableBufferPointer { tentative in
                                    ws.stack.withUnsafeMutableBufferPointer { stack in
                                        ws.predCount.withUnsafeMutableBufferPointer { predCount in
                                            ws.preds.withUnsafeMutableBufferPointer { preds in
                                                for i in 0..<n { tentative[i] = .infinity }
                                                sigma[s] = 1
                                                tentative[s] = 0
                                                heap.push(0, Int32(s))
                                                var tail = 0
                                                while !heap.isEmpty {
                                                    let (d, node) = heap.pop()
                                                    let v = Int(node)
                                                    if dist[v] >= 0 { continue }
                                                    dist[v] = d
                                                    stack[tail] = node
                                                    tail += 1
                                                    let sv = sigma[v]
                                                    for k in offsets[v]..<offsets[v + 1] {
                                                        let w = Int(targets[k])
                                                        let vw = d + lengths[k]
                                                        if dist[w] < 0 && vw < tentative[w] {
                                                            tentative[w] = vw
                                                            heap.push(vw, Int32(w))
                                                            sigma[w] = sv
                                                            preds[inOffsets[w]] = node
                                                            predCount[w] = 1
                                                        } else if vw == tentative[w] {
                                                            sigma[w] += sv
                                                            preds[inOffsets[w] + Int(predCount[w])] = node
                                                            predCount[w] += 1
                                                        }
                                                    }
                                                }
                                                reached = tail
                                                for i in 0..<n { tentative[i] = 0 }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        ws.heap = heap
        return reached
    }

    /// Back-propagates dependencies over the settled nodes and resets the workspace for the next source.
    private static func accumulateDependencies(
        _ graph: Graph, _ s: Int, _ count: Int, _ ws: inout Workspace, _ result: inout [Double]
    ) {
        graph.inOffsets.withUnsafeBufferPointer { inOffsets in
            ws.sigma.withUnsafeMutableBufferPointer { sigma in
                ws.dist.withUnsafeMutableBufferPointer { dist in
                    ws.delta.withUnsafeMutableBufferPointer { delta in
                        ws.stack.withUnsafeMutableBufferPointer { stack in
                            ws.predCount.withUnsafeMutableBufferPointer { predCount in
                                ws.preds.withUnsafeMutableBufferPointer { preds in
                                    result.withUnsafeMutableBufferPointer { result in
                                        var i = count - 1
                                        while i >= 0 {
                                            let w = Int(stack[i])
                                            let coeff = (1 + delta[w]) / sigma[w]
                                            let base = inOffsets[w]
                                            for p in 0..<Int(predCount[w]) {
                                                let v = Int(preds[base + p])
                                                delta[v] += sigma[v] * coeff
                                            }
                                            if w != s { result[w] += delta[w] }
                                            i -= 1
                                        }
                                        for j in 0..<count {
                                            let w = Int(stack[j])
                                            sigma[w] = 0
                                            dist[w] = -1
                                            delta[w] = 0
                                            predCount[w] = 0
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
