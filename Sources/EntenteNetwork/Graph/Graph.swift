public import EntenteCore

/// A weighted graph stored as flat arrays in compressed-sparse-row (CSR) form.
///
/// Nodes are dense ids `0..<nodeCount`, each with a label. The out-adjacency of node `u` is
/// `targets[offsets[u]..<offsets[u + 1]]` with the matching `weights`; neighbours within a row are
/// sorted by id, so every measure visits them in the same order on every run. A directed graph also
/// keeps its in-adjacency (`inOffsets`, `sources`, `inWeights`); in an undirected graph each tie is
/// stored in both rows and the in-adjacency is the out-adjacency.
///
/// Building a graph sums the weights of repeated ties (as the networkx peer script does) and drops
/// self-loops, which none of the measures here give a meaning to.
///
/// ```swift
/// let g = try Graph(labels: ["IDN", "USA", "CHN"],
///                   edges: [WeightedEdge(0, 1, weight: 3), WeightedEdge(0, 2, weight: 2)])
/// g.neighbours(of: 0)   // [1, 2]
/// ```
public struct Graph: Sendable, Hashable {
    /// Whether ties have a direction.
    public let isDirected: Bool
    /// One label per node (for example a state's code); the label of node `i` is `labels[i]`.
    public let labels: [String]
    /// Row starts of the out-adjacency; `nodeCount + 1` entries.
    public let offsets: [Int]
    /// Neighbour ids of the out-adjacency, row by row.
    public let targets: [Int32]
    /// Weights matching `targets`.
    public let weights: [Double]
    /// Row starts of the in-adjacency (equal to `offsets` when undirected).
    public let inOffsets: [Int]
    /// Predecessor ids of the in-adjacency (equal to `targets` when undirected).
    public let sources: [Int32]
    /// Weights matching `sources`.
    public let inWeights: [Double]
    /// Self-loops dropped while building.
    public let droppedSelfLoops: Int

    /// The number of nodes.
    public var nodeCount: Int { labels.count }

    /// The number of distinct ties (an undirected tie counts once).
    public var edgeCount: Int { isDirected ? targets.count : targets.count / 2 }

    /// Builds a graph from an edge list.
    ///
    /// - Parameters:
    ///   - labels: one label per node; the node count is `labels.count`.
    ///   - edges: the ties, by dense id; repeated ties are summed, self-loops dropped.
    ///   - directed: whether ties have a direction (default `false`).
    /// - Throws: ``EntenteError`` `.invalidInput` when an id is out of range or a weight is not
    ///   finite and positive.
    /// - Complexity: O(*n* + *m* log *d*) for *m* edges and largest degree *d*.
    public init(labels: [String], edges: [WeightedEdge], directed: Bool = false) throws(EntenteError) {
        let n = labels.count
        guard n <= Int(Int32.max) else {
            throw EntenteError(.invalidInput, "A graph can have at most \(Int32.max) nodes; got \(n).")
        }
        var loops = 0
        var kept: [WeightedEdge] = []
        kept.reserveCapacity(edges.count)
        for (index, edge) in edges.enumerated() {
            guard edge.source >= 0, edge.source < n, edge.target >= 0, edge.target < n else {
                throw EntenteError(
                    .invalidInput,
                    "Edge \(index) joins nodes \(edge.source) and \(edge.target), but node ids must be in 0..<\(n).")
            }
            guard edge.weight.isFinite, edge.weight > 0 else {
                throw EntenteError(
                    .invalidInput,
                    "Edge \(index) (\(labels[edge.source]) – \(labels[edge.target])) has weight \(edge.weight); "
                        + "weights must be finite and greater than 0.")
            }
            if edge.source == edge.target {
                loops += 1
            } else {
                kept.append(edge)
            }
        }
        self.isDirected = directed
        self.labels = labels
        self.droppedSelfLoops = loops
        let out = Graph.compress(nodeCount: n, edges: kept, directed: directed, reversed: false)
        self.offsets = out.offsets
        self.targets = out.targets
        self.weights = out.weights
        if directed {
            let inn = Graph.compress(nodeCount: n, edges: kept, directed: true, reversed: true)
            self.inOffsets = inn.offsets
            self.sources = inn.targets
            self.inWeights = inn.weights
        } else {
            self.inOffsets = out.offsets
            self.sources = out.targets
            self.inWeights = out.weights
        }
    }

    /// Builds a graph whose labels are the ids written as text (`"0"`, `"1"`, …).
    ///
    /// - Throws: as ``init(labels:edges:directed:)``.
    public init(nodeCount: Int, edges: [WeightedEdge], directed: Bool = false) throws(EntenteError) {
        try self.init(labels: (0..<max(nodeCount, 0)).map { String($0) }, edges: edges, directed: directed)
    }

    /// Builds a graph from ties between labelled nodes, for example COW codes of a World snapshot.
    ///
    /// - Parameters:
    ///   - labels: every node's label, in the order that fixes the dense ids.
    ///   - labelledEdges: ties by label; repeated ties are summed, self-loops dropped.
    ///   - directed: whether ties have a direction.
    /// - Throws: ``EntenteError`` `.invalidInput` naming a label that is not in `labels`, a repeated
    ///   label, or a weight that is not finite and positive.
    public init(
        labels: [String], labelledEdges: [(source: String, target: String, weight: Double)], directed: Bool = false
    ) throws(EntenteError) {
        var index: [String: Int] = [:]
        index.reserveCapacity(labels.count)
        for (i, label) in labels.enumerated() {
            guard index.updateValue(i, forKey: label) == nil else {
                throw EntenteError(.invalidInput, "Node label '\(label)' appears twice; labels must be unique.")
            }
        }
        var edges: [WeightedEdge] = []
        edges.reserveCapacity(labelledEdges.count)
        for (k, e) in labelledEdges.enumerated() {
            guard let a = index[e.source] else {
                throw EntenteError(.invalidInput, "Tie \(k) starts at '\(e.source)', which is not a node of the graph.")
            }
            guard let b = index[e.target] else {
                throw EntenteError(.invalidInput, "Tie \(k) ends at '\(e.target)', which is not a node of the graph.")
            }
            edges.append(WeightedEdge(a, b, weight: e.weight))
        }
        try self.init(labels: labels, edges: edges, directed: directed)
    }

    /// Counting sort by row, then sort each row by neighbour and merge repeats by summing.
    private static func compress(
        nodeCount n: Int, edges: [WeightedEdge], directed: Bool, reversed: Bool
    ) -> (offsets: [Int], targets: [Int32], weights: [Double]) {
        var counts = [Int](repeating: 0, count: n + 1)
        for e in edges {
            counts[(reversed ? e.target : e.source) + 1] += 1
            if !directed { counts[e.target + 1] += 1 }
        }
        for i in 0..<n { counts[i + 1] += counts[i] }
        let total = counts[n]
        var cursor = counts
        var rawTargets = [Int32](repeating: 0, count: total)
        var rawWeights = [Double](repeating: 0, count: total)
        for e in edges {
            let (a, b) = reversed ? (e.target, e.source) : (e.source, e.target)
            rawTargets[cursor[a]] = Int32(b)
            rawWeights[cursor[a]] = e.weight
            cursor[a] += 1
            if !directed {
                rawTargets[cursor[b]] = Int32(a)
                rawWeights[cursor[b]] = e.weight
                cursor[b] += 1
            }
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(total)
        weights.reserveCapacity(total)
        var row: [(Int32, Double)] = []
        for u in 0..<n {
            row.removeAll(keepingCapacity: true)
            for k in counts[u]..<counts[u + 1] { row.append((rawTargets[k], rawWeights[k])) }
            // Stable sort keeps the input order of repeated ties, so their sum is reproducible.
            row.sort { $0.0 < $1.0 }
            var k = 0
            while k < row.count {
                let v = row[k].0
                var w = row[k].1
                k += 1
                while k < row.count, row[k].0 == v {
                    w += row[k].1
                    k += 1
                }
                targets.append(v)
                weights.append(w)
            }
            offsets[u + 1] = targets.count
        }
        return (offsets, targets, weights)
    }

    /// The out-neighbours of a node (all neighbours when undirected), sorted by id.
    public func neighbours(of node: Int) -> ArraySlice<Int32> {
        targets[offsets[node]..<offsets[node + 1]]
    }

    /// The in-neighbours of a node (all neighbours when undirected), sorted by id.
    public func predecessors(of node: Int) -> ArraySlice<Int32> {
        sources[inOffsets[node]..<inOffsets[node + 1]]
    }

    /// The weight of the tie from `source` to `target`, or `nil` when there is none.
    ///
    /// - Complexity: O(log *d*) for the out-degree *d* of `source`.
    public func weight(from source: Int, to target: Int) -> Double? {
        var lo = offsets[source]
        var hi = offsets[source + 1]
        let t = Int32(target)
        while lo < hi {
            let mid = (lo + hi) / 2
            if targets[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets[source + 1] && targets[lo] == t ? weights[lo] : nil
    }

    /// The ties as an edge list: each undirected tie once (source < target), sorted by source and target.
    public var edges: [WeightedEdge] {
        var result: [WeightedEdge] = []
        result.reserveCapacity(edgeCount)
        for u in 0..<nodeCount {
            for k in offsets[u]..<offsets[u + 1] {
                let v = Int(targets[k])
                if isDirected || u < v { result.append(WeightedEdge(u, v, weight: weights[k])) }
            }
        }
        return result
    }

    /// The dense id of the node with this label, or `nil`.
    ///
    /// - Complexity: O(*n*); build a dictionary once if you look up many labels.
    public func node(labelled label: String) -> Int? {
        labels.firstIndex(of: label)
    }

    /// The same ties without direction: the weight between two nodes is the sum of the weights of
    /// the ties in both directions. An undirected graph is returned as it is.
    public func undirected() -> Graph {
        guard isDirected else { return self }
        // Sums are valid input, so building cannot fail.
        return (try? Graph(labels: labels, edges: edges, directed: false)) ?? self
    }
}
