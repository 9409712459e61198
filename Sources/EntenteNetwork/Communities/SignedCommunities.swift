public import EntenteCore

/// Communities of a signed network — positive ties (alliances, exercises, organisations) and
/// negative ties (rivalries, disputes, wars) — found by maximising signed modularity.
///
/// Signed modularity (Gómez, Jensen and Arenas 2009, *Physical Review E* 80, 016114) rewards
/// positive weight inside communities and negative weight between them:
///
///     Q = [ Σ_ij (w⁺_ij − w⁻_ij − s⁺_i s⁺_j / 2W⁺ + s⁻_i s⁻_j / 2W⁻) δ(c_i, c_j) ] / (2W⁺ + 2W⁻)
///
/// with w⁺ and w⁻ the positive and negative weights (magnitudes), s⁺ and s⁻ each node's positive
/// and negative strength, and W⁺, W⁻ the total positive and negative weight. The maximiser is
/// the Louvain method (Blondel et al. 2008) with that gain: nodes visited in an order drawn from
/// SplitMix64 seeded with `seed` move to the community with the largest positive gain until none
/// moves, communities become nodes, and the step repeats. The same seed gives the same partition
/// on every run and machine.
///
/// With no negative ties this is Newman–Girvan modularity, so the result is comparable with
/// ``Communities``; the two implementations break ties differently.
public struct SignedCommunities: NodePartition, Sendable, Hashable {
    /// The community of every node, numbered 0, 1, … in order of each community's first node.
    public let membership: [Int]
    /// Signed modularity of `membership`.
    public let modularity: Double
    /// The seed that produced this partition.
    public let seed: UInt64

    /// Finds communities of a signed network.
    ///
    /// - Parameters:
    ///   - positive: the positive ties (symmetrised when directed).
    ///   - negative: the negative ties as magnitudes, on the same nodes (symmetrised when directed).
    ///   - seed: seeds the node order (default 1).
    /// - Throws: ``EntenteError`` `.invalidInput` when the two graphs have different nodes.
    /// - Complexity: O(*n*²) memory and O(*n*²) per pass over the nodes: the level graphs are
    ///   dense, which suits networks of states (≈ 200 nodes).
    public init(positive: Graph, negative: Graph, seed: UInt64 = 1) throws(EntenteError) {
        guard positive.labels == negative.labels else {
            throw EntenteError(
                .invalidInput,
                "The positive and negative networks have different nodes (\(positive.nodeCount) and \(negative.nodeCount))."
            )
        }
        let n = positive.nodeCount
        self.seed = seed
        var level = DenseSignedLevel(positive: positive.undirected(), negative: negative.undirected())
        guard n > 0, level.totalPositive > 0 else {
            self.membership = Array(0..<n)
            self.modularity = 0
            return
        }
        var rng = SplitMix64(seed: seed)
        var levelOf = Array(0..<n)
        while true {
            let (assignment, moved) = level.localMoving(rng: &rng)
            if !moved { break }
            let (renumbered, count) = Communities.renumber(assignment)
            for i in 0..<n { levelOf[i] = renumbered[levelOf[i]] }
            level = level.aggregated(by: renumbered, count: count)
        }
        let (canonical, _) = Communities.renumber(levelOf)
        self.membership = canonical
        let original = DenseSignedLevel(positive: positive.undirected(), negative: negative.undirected())
        self.modularity = original.modularity(of: canonical)
    }
}

/// One level of the signed Louvain method: dense positive and negative weight matrices (the
/// diagonal holds weight inside an aggregated node) and each node's strengths.
private struct DenseSignedLevel {
    let n: Int
    var positive: [Double]
    var negative: [Double]
    var positiveStrength: [Double]
    var negativeStrength: [Double]
    /// W⁺ and W⁻: total weight, each undirected tie once.
    let totalPositive: Double
    let totalNegative: Double

    init(positive p: Graph, negative q: Graph) {
        n = p.nodeCount
        positive = [Double](repeating: 0, count: n * n)
        negative = [Double](repeating: 0, count: n * n)
        positiveStrength = [Double](repeating: 0, count: n)
        negativeStrength = [Double](repeating: 0, count: n)
        var tp = 0.0
        var tn = 0.0
        for u in 0..<n {
            for k in p.offsets[u]..<p.offsets[u + 1] {
                positive[u * n + Int(p.targets[k])] += p.weights[k]
                positiveStrength[u] += p.weights[k]
                tp += p.weights[k]
            }
            for k in q.offsets[u]..<q.offsets[u + 1] {
                negative[u * n + Int(q.targets[k])] += q.weights[k]
                negativeStrength[u] += q.weights[k]
                tn += q.weights[k]
            }
        }
        totalPositive = tp / 2
        totalNegative = tn / 2
    }

    private init(
        n: Int, positive: [Double], negative: [Double], positiveStrength: [Double], negativeStrength: [Double],
        totalPositive: Double, totalNegative: Double
    ) {
        self.n = n
        self.positive = positive
        self.negative = negative
        self.positiveStrength = positiveStrength
        self.negativeStrength = negativeStrength
        self.totalPositive = totalPositive
        self.totalNegative = totalNegative
    }

    /// Moves nodes to the community with the largest signed-modularity gain until none moves.
    /// Returns each node's community and whether any node moved.
    func localMoving(rng: inout SplitMix64) -> ([Int], Bool) {
        var community = Array(0..<n)
        var sumPositive = positiveStrength
        var sumNegative = negativeStrength
        let twoP = 2 * totalPositive
        let twoN = 2 * totalNegative
        var order = Array(0..<n)
        rng.shuffle(&order)
        var linkTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var movedAny = false
        var size = [Int](repeating: 1, count: n)
        for _ in 0..<1_000 {
            var moved = false
            for i in order {
                let own = community[i]
                // Signed link weight from i to each community it touches.
                touched.removeAll(keepingCapacity: true)
                let row = i * n
                for j in 0..<n where j != i {
                    let w = positive[row + j] - negative[row + j]
                    if positive[row + j] == 0, negative[row + j] == 0 { continue }
                    let c = community[j]
                    if linkTo[c] == 0, !touched.contains(c) { touched.append(c) }
                    linkTo[c] += w
                }
                sumPositive[own] -= positiveStrength[i]
                sumNegative[own] -= negativeStrength[i]
                func gain(_ c: Int) -> Double {
                    var g = linkTo[c] - positiveStrength[i] * sumPositive[c] / twoP
                    if twoN > 0 { g += negativeStrength[i] * sumNegative[c] / twoN }
                    return g
                }
                // Staying is the baseline and ties keep the node where it is; a node whose own
                // community now gains it less than nothing is better alone.
                size[own] -= 1
                var best = own
                var bestGain = gain(own)
                for c in touched.sorted() where c != own {
                    let g = gain(c)
                    if g > bestGain + 1e-12 {
                        bestGain = g
                        best = c
                    }
                }
                if bestGain < -1e-12 {
                    best = size[own] == 0 ? own : (size.firstIndex(of: 0) ?? own)
                }
                size[best] += 1
                sumPositive[best] += positiveStrength[i]
                sumNegative[best] += negativeStrength[i]
                if best != own {
                    community[i] = best
                    moved = true
                    movedAny = true
                }
                for c in touched { linkTo[c] = 0 }
            }
            if !moved { break }
        }
        return (community, movedAny)
    }

    /// The level graph whose nodes are the given communities.
    func aggregated(by community: [Int], count: Int) -> DenseSignedLevel {
        var p = [Double](repeating: 0, count: count * count)
        var q = [Double](repeating: 0, count: count * count)
        var sp = [Double](repeating: 0, count: count)
        var sq = [Double](repeating: 0, count: count)
        for i in 0..<n {
            let a = community[i]
            sp[a] += positiveStrength[i]
            sq[a] += negativeStrength[i]
            for j in 0..<n {
                let b = community[j]
                p[a * count + b] += positive[i * n + j]
                q[a * count + b] += negative[i * n + j]
            }
        }
        return DenseSignedLevel(
            n: count, positive: p, negative: q, positiveStrength: sp, negativeStrength: sq,
            totalPositive: totalPositive, totalNegative: totalNegative)
    }

    /// Signed modularity of a partition of this level's nodes.
    func modularity(of community: [Int]) -> Double {
        let twoP = 2 * totalPositive
        let twoN = 2 * totalNegative
        guard twoP + twoN > 0 else { return 0 }
        var q = 0.0
        for i in 0..<n {
            for j in 0..<n where community[i] == community[j] {
                var term = positive[i * n + j] - negative[i * n + j]
                if twoP > 0 { term -= positiveStrength[i] * positiveStrength[j] / twoP }
                if twoN > 0 { term += negativeStrength[i] * negativeStrength[j] / twoN }
                q += term
            }
        }
        return q / (twoP + twoN)
    }
}
