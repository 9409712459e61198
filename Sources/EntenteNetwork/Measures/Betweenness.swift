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
        for range in chunks {
            slots.append(accumulate(graph, sources: range, path: path))
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
                    (index, accumulate(graph, sources: range, path: path))
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

    /// Sums the dependencies of the sources in `range` (unscaled, ordered pairs).
    ///
    /// All scratch memory is allocated once per chunk; the graph's arrays are borrowed as buffer
    /// pointers once around the whole loop.
    static func accumulate(_ graph: Graph, sources range: Range<Int>, path: PathLength) -> [Double] {
        let n = graph.nodeCount
        var result = [Double](repeating: 0, count: n)
        let lengths: [Double] = path == .hops ? [] : graph.weights.map { path.length($0) }
        let scratch = Scratch(nodeCount: n, predecessorCapacity: graph.sources.count)
        defer { scratch.deallocate() }
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                    lengths.withUnsafeBufferPointer { lengths in
                        result.withUnsafeMutableBufferPointer { result in
                            let csr = CSR(offsets: offsets, targets: targets, inOffsets: inOffsets, lengths: lengths)
                            for s in range {
                                let count = path == .hops ? bfs(csr, s, scratch) : dijkstra(csr, s, scratch)
                                backPropagate(csr, s, count, scratch, result)
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// Borrowed views of the graph arrays.
    struct CSR {
        let offsets: UnsafeBufferPointer<Int>
        let targets: UnsafeBufferPointer<Int32>
        let inOffsets: UnsafeBufferPointer<Int>
        let lengths: UnsafeBufferPointer<Double>
    }

    /// Per-chunk scratch memory; every array is reset to its initial state after each source.
    struct Scratch {
        let sigma: UnsafeMutableBufferPointer<Double>
        /// Final distance of settled nodes; −1 when not settled.
        let dist: UnsafeMutableBufferPointer<Double>
        /// Tentative distance (Dijkstra); +∞ when not reached.
        let tentative: UnsafeMutableBufferPointer<Double>
        let delta: UnsafeMutableBufferPointer<Double>
        /// Nodes in order of settlement (non-decreasing distance).
        let stack: UnsafeMutableBufferPointer<Int32>
        let predCount: UnsafeMutableBufferPointer<Int32>
        /// Predecessors of w live at preds[inOffsets[w] ..< inOffsets[w] + predCount[w]].
        let preds: UnsafeMutableBufferPointer<Int32>
        /// Indexed 4-ary heap: heap[i] is a node, position[node] its slot or −1.
        let heap: UnsafeMutableBufferPointer<Int32>
        let position: UnsafeMutableBufferPointer<Int32>

        init(nodeCount n: Int, predecessorCapacity: Int) {
            func doubles(_ value: Double) -> UnsafeMutableBufferPointer<Double> {
                let p = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(n, 1))
                p.initialize(repeating: value)
                return p
            }
            func ints(_ value: Int32, _ count: Int) -> UnsafeMutableBufferPointer<Int32> {
                let p = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(count, 1))
                p.initialize(repeating: value)
                return p
            }
            sigma = doubles(0)
            dist = doubles(-1)
            tentative = doubles(.infinity)
            delta = doubles(0)
            stack = ints(0, n)
            predCount = ints(0, n)
            preds = ints(0, predecessorCapacity)
            heap = ints(0, n)
            position = ints(-1, n)
        }

        func deallocate() {
            for p in [sigma, dist, tentative, delta] { p.deallocate() }
            for p in [stack, predCount, preds, heap, position] { p.deallocate() }
        }
    }

    /// Breadth-first shortest-path counts from `s`; returns how many nodes were reached.
    private static func bfs(_ g: CSR, _ s: Int, _ w: Scratch) -> Int {
        w.sigma[s] = 1
        w.dist[s] = 0
        w.stack[0] = Int32(s)
        var head = 0
        var tail = 1
        // The stack doubles as the queue: nodes are appended in order of distance.
        while head < tail {
            let v = Int(w.stack[head])
            head += 1
            let next = w.dist[v] + 1
            let sv = w.sigma[v]
            for k in g.offsets[v]..<g.offsets[v + 1] {
                let u = Int(g.targets[k])
                let du = w.dist[u]
                if du < 0 {
                    w.dist[u] = next
                    w.stack[tail] = Int32(u)
                    tail += 1
                } else if du != next {
                    continue
                }
                w.sigma[u] += sv
                w.preds[g.inOffsets[u] + Int(w.predCount[u])] = Int32(v)
                w.predCount[u] += 1
            }
        }
        return tail
    }

    /// Dijkstra shortest-path counts from `s` with an indexed 4-ary heap; returns how many nodes were settled.
    ///
    /// Equal-length paths are detected by exact equality of summed lengths, as in networkx.
    private static func dijkstra(_ g: CSR, _ s: Int, _ w: Scratch) -> Int {
        var size = 0
        let key = w.tentative
        let heap = w.heap
        let position = w.position

        @inline(__always) func siftUp(_ start: Int) {
            var i = start
            let node = heap[i]
            let k = key[Int(node)]
            while i > 0 {
                let parent = (i - 1) >> 2
                let p = heap[parent]
                if key[Int(p)] <= k { break }
                heap[i] = p
                position[Int(p)] = Int32(i)
                i = parent
            }
            heap[i] = node
            position[Int(node)] = Int32(i)
        }

        @inline(__always) func popMin() -> Int {
            let top = Int(heap[0])
            position[top] = -1
            size -= 1
            if size > 0 {
                let node = heap[size]
                let k = key[Int(node)]
                var i = 0
                while true {
                    let first = 4 * i + 1
                    if first >= size { break }
                    var c = first
                    var kc = key[Int(heap[first])]
                    let last = min(first + 4, size)
                    var j = first + 1
                    while j < last {
                        let kj = key[Int(heap[j])]
                        if kj < kc {
                            c = j
                            kc = kj
                        }
                        j += 1
                    }
                    if kc >= k { break }
                    let child = heap[c]
                    heap[i] = child
                    position[Int(child)] = Int32(i)
                    i = c
                }
                heap[i] = node
                position[Int(node)] = Int32(i)
            }
            return top
        }

        w.sigma[s] = 1
        key[s] = 0
        heap[0] = Int32(s)
        position[s] = 0
        size = 1
        var tail = 0
        while size > 0 {
            let v = popMin()
            let d = key[v]
            w.dist[v] = d
            w.stack[tail] = Int32(v)
            tail += 1
            let sv = w.sigma[v]
            for k in g.offsets[v]..<g.offsets[v + 1] {
                let u = Int(g.targets[k])
                if w.dist[u] >= 0 { continue }
                let candidate = d + g.lengths[k]
                let current = key[u]
                if candidate < current {
                    key[u] = candidate
                    if current == .infinity {
                        heap[size] = Int32(u)
                        position[u] = Int32(size)
                        size += 1
                        siftUp(size - 1)
                    } else {
                        siftUp(Int(position[u]))
                    }
                    w.sigma[u] = sv
                    w.preds[g.inOffsets[u]] = Int32(v)
                    w.predCount[u] = 1
                } else if candidate == current {
                    w.sigma[u] += sv
                    w.preds[g.inOffsets[u] + Int(w.predCount[u])] = Int32(v)
                    w.predCount[u] += 1
                }
            }
        }
        return tail
    }

    /// Back-propagates dependencies over the settled nodes and resets the scratch for the next source.
    private static func backPropagate(
        _ g: CSR, _ s: Int, _ count: Int, _ w: Scratch, _ result: UnsafeMutableBufferPointer<Double>
    ) {
        var i = count - 1
        while i >= 0 {
            let node = Int(w.stack[i])
            let coeff = (1 + w.delta[node]) / w.sigma[node]
            let base = g.inOffsets[node]
            for p in 0..<Int(w.predCount[node]) {
                let v = Int(w.preds[base + p])
                w.delta[v] += w.sigma[v] * coeff
            }
            if node != s { result[node] += w.delta[node] }
            i -= 1
        }
        for j in 0..<count {
            let node = Int(w.stack[j])
            w.sigma[node] = 0
            w.dist[node] = -1
            w.tentative[node] = .infinity
            w.delta[node] = 0
            w.predCount[node] = 0
        }
    }
}
