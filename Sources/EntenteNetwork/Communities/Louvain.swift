public import EntenteCore

/// Communities found by the Louvain method (Blondel et al. 2008), seeded and deterministic.
///
/// The algorithm is networkx 3.6's `louvain_communities`: in random node order, each node moves to
/// the neighbouring community with the largest positive modularity gain until no node moves; the
/// communities then become nodes of an aggregated graph and the step repeats while modularity
/// improves by more than `threshold`. The node order comes from this module's SplitMix64 seeded
/// with `seed`, so the same seed gives the same partition on every run and machine; it is not
/// Python's generator, so partitions differ from networkx's in tie-breaking while their
/// modularity is comparable.
///
/// A directed graph is symmetrised first (the weight between two nodes is the sum of both
/// directions) and the modularity reported is the undirected one.
public struct Communities: NodePartition, Sendable, Hashable {
    /// The community of every node, numbered 0, 1, … in order of each community's first node.
    public let membership: [Int]
    /// Modularity of `membership` on the (symmetrised) graph.
    public let modularity: Double
    /// The seed that produced this partition.
    public let seed: UInt64

    /// Runs Louvain community detection.
    ///
    /// - Parameters:
    ///   - graph: the graph (symmetrised when directed).
    ///   - seed: seeds the node order (default 1, as the peer script).
    ///   - resolution: γ; above 1 favours smaller communities (default 1).
    ///   - threshold: the smallest modularity gain that starts another level (default 1e-7).
    /// - Throws: ``EntenteError`` `.invalidInput` for a non-positive resolution.
    /// - Complexity: about O(*m*) per pass; a few passes per level, a few levels in practice.
    public init(
        louvain graph: Graph, seed: UInt64 = 1, resolution: Double = 1, threshold: Double = 1e-7
    ) throws(EntenteError) {
        guard resolution > 0, resolution.isFinite else {
            throw EntenteError(.invalidInput, "Louvain resolution must be positive and finite; got \(resolution).")
        }
        let g = graph.undirected()
        let n = g.nodeCount
        self.seed = seed
        var total = 0.0
        for w in g.weights { total += w }
        let m = total / 2
        guard n > 0, m > 0 else {
            self.membership = Array(0..<n)
            self.modularity = 0
            return
        }
        var rng = SplitMix64(seed: seed)
        var level = LevelGraph(g)
        // The level node of every original node.
        var levelOf = Array(0..<n)
        var mod = level.modularity(of: Array(0..<n), count: n, m: m, resolution: resolution)
        while true {
            let (node2com, improved) = level.oneLevel(m: m, resolution: resolution, rng: &rng)
            let (renumbered, count) = Communities.renumber(node2com)
            for i in 0..<n { levelOf[i] = renumbered[levelOf[i]] }
            if !improved { break }
            // Modularity of the partition, computed on the (smaller) level graph.
            let newMod = level.modularity(of: renumbered, count: count, m: m, resolution: resolution)
            if newMod - mod <= threshold { break }
            mod = newMod
            level = level.aggregated(by: renumbered, count: count)
        }
        let (canonical, _) = Communities.renumber(levelOf)
        self.membership = canonical
        self.modularity = try Modularity.compute(g, membership: canonical, resolution: resolution)
    }

    /// Relabels communities 0, 1, … in order of first appearance.
    static func renumber(_ labels: [Int]) -> ([Int], Int) {
        var map = [Int](repeating: -1, count: (labels.max() ?? -1) + 1)
        var next = 0
        var result = labels
        for (i, c) in labels.enumerated() {
            if map[c] < 0 {
                map[c] = next
                next += 1
            }
            result[i] = map[c]
        }
        return (result, next)
    }
}

/// One level of the Louvain hierarchy: an undirected weighted graph with self-loops kept apart.
struct LevelGraph {
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    /// Weight of each node's self-loop (ties inside the community it stands for).
    var selfLoop: [Double]
    /// Strength counting a self-loop twice, as networkx's degree does.
    var degree: [Double]

    var nodeCount: Int { selfLoop.count }

    init(_ g: Graph) {
        offsets = g.offsets
        targets = g.targets
        weights = g.weights
        selfLoop = [Double](repeating: 0, count: g.nodeCount)
        degree = (0..<g.nodeCount).map { u in
            var s = 0.0
            for k in g.offsets[u]..<g.offsets[u + 1] { s += g.weights[k] }
            return s
        }
    }

    private init(offsets: [Int], targets: [Int32], weights: [Double], selfLoop: [Double], degree: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfLoop = selfLoop
        self.degree = degree
    }

    /// Local moving (networkx `_one_level`): returns each node's community and whether any node moved.
    func oneLevel(m: Double, resolution: Double, rng: inout SplitMix64) -> ([Int], Bool) {
        let n = nodeCount
        var node2com = Array(0..<n)
        var stot = degree
        var order = Array(0..<n)
        rng.shuffle(&order)
        var weightTo = [Double](repeating: 0, count: n)
        var touched = [Int](repeating: 0, count: n)
        var improvement = false
        let twoM2 = 2 * m * m
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                weights.withUnsafeBufferPointer { weights in
                    degree.withUnsafeBufferPointer { degree in
                        node2com.withUnsafeMutableBufferPointer { node2com in
                            stot.withUnsafeMutableBufferPointer { stot in
                                weightTo.withUnsafeMutableBufferPointer { weightTo in
                                    touched.withUnsafeMutableBufferPointer { touched in
                                        var moves = 1
                                        while moves > 0 {
                                            moves = 0
                                            for u in order {
                                                // Weight from u to each neighbouring community, in first-seen order.
                                                // A community is "seen" when its accumulated weight is positive
                                                // (weights are positive).
                                                var count = 0
                                                for k in offsets[u]..<offsets[u + 1] {
                                                    let c = node2com[Int(targets[k])]
                                                    if weightTo[c] == 0 {
                                                        touched[count] = c
                                                        count += 1
                                                    }
                                                    weightTo[c] += weights[k]
                                                }
                                                let current = node2com[u]
                                                var bestCom = current
                                                var bestGain = 0.0
                                                let d = degree[u]
                                                stot[current] -= d
                                                let removeCost =
                                                    -weightTo[current] / m + resolution * (stot[current] * d) / twoM2
                                                for t in 0..<count {
                                                    let c = touched[t]
                                                    let gain =
                                                        removeCost + weightTo[c] / m - resolution * (stot[c] * d)
                                                        / twoM2
                                                    if gain > bestGain {
                                                        bestGain = gain
                                                        bestCom = c
                                                    }
                                                }
                                                stot[bestCom] += d
                                                if bestCom != current {
                                                    node2com[u] = bestCom
                                                    moves += 1
                                                    improvement = true
                                                }
                                                for t in 0..<count { weightTo[touched[t]] = 0 }
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
        return (node2com, improvement)
    }

    /// Modularity of a partition of this level's nodes, with m the original total tie weight.
    func modularity(of community: [Int], count: Int, m: Double, resolution: Double) -> Double {
        var inside = [Double](repeating: 0, count: count)
        var total = [Double](repeating: 0, count: count)
        for u in 0..<nodeCount {
            let c = community[u]
            total[c] += degree[u]
            inside[c] += selfLoop[u]
            for k in offsets[u]..<offsets[u + 1] where community[Int(targets[k])] == c {
                inside[c] += weights[k] / 2
            }
        }
        var q = 0.0
        for c in 0..<count {
            let share = total[c] / (2 * m)
            q += inside[c] / m - resolution * share * share
        }
        return q
    }

    /// The graph of communities (networkx `_gen_graph`): community ties summed, inner ties as self-loops.
    func aggregated(by community: [Int], count: Int) -> LevelGraph {
        // Members of each community, by counting sort (one flat array, not one array per community).
        var memberStart = [Int](repeating: 0, count: count + 1)
        for u in 0..<nodeCount { memberStart[community[u] + 1] += 1 }
        for c in 0..<count { memberStart[c + 1] += memberStart[c] }
        var cursor = memberStart
        var members = [Int](repeating: 0, count: nodeCount)
        for u in 0..<nodeCount {
            members[cursor[community[u]]] = u
            cursor[community[u]] += 1
        }
        var newOffsets = [Int](repeating: 0, count: count + 1)
        var newTargets: [Int32] = []
        var newWeights: [Double] = []
        var newSelf = [Double](repeating: 0, count: count)
        var newDegree = [Double](repeating: 0, count: count)
        var acc = [Double](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        var touched: [Int] = []
        for c in 0..<count {
            touched.removeAll(keepingCapacity: true)
            for u in members[memberStart[c]..<memberStart[c + 1]] {
                newSelf[c] += selfLoop[u]
                newDegree[c] += degree[u]
                for k in offsets[u]..<offsets[u + 1] {
                    let cv = community[Int(targets[k])]
                    if cv == c {
                        newSelf[c] += weights[k] / 2
                    } else {
                        if !seen[cv] {
                            seen[cv] = true
                            touched.append(cv)
                        }
                        acc[cv] += weights[k]
                    }
                }
            }
            touched.sort()
            for cv in touched {
                newTargets.append(Int32(cv))
                newWeights.append(acc[cv])
                acc[cv] = 0
                seen[cv] = false
            }
            newOffsets[c + 1] = newTargets.count
        }
        return LevelGraph(
            offsets: newOffsets, targets: newTargets, weights: newWeights, selfLoop: newSelf, degree: newDegree)
    }
}
