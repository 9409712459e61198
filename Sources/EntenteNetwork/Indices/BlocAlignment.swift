public import EntenteCore

/// Where each state stands between two blocs found on a signed network.
///
/// With P_A, P_B a node's positive tie weight to the members of bloc A and bloc B and N_A, N_B
/// its negative (hostile) tie weight to them, its position is
///
///     position = (P_A − P_B + N_B − N_A) / (P_A + P_B + N_A + N_B)
///
/// in [−1, 1]: +1 when every tie it has to either bloc is friendly to A or hostile to B, −1 the
/// reverse, 0 when it is balanced or tied to neither (then `nil`). A state is drawn toward a bloc
/// by alliances with it and pushed toward it by disputes with the other.
public enum BlocAlignment {
    /// One node's ties to the two blocs.
    public struct Position: Sendable, Hashable {
        public var node: Int
        public var positiveToA: Double
        public var positiveToB: Double
        public var negativeToA: Double
        public var negativeToB: Double
        /// The position in [−1, 1]; nil without ties to either bloc.
        public var position: Double?
    }

    /// The positions of every node; a bloc member's ties to its own fellow members count.
    ///
    /// - Parameters:
    ///   - positive: positive ties (read in both directions when directed).
    ///   - negative: negative ties as magnitudes, on the same nodes.
    ///   - blocA: members of bloc A.
    ///   - blocB: members of bloc B (disjoint from A).
    /// - Throws: ``EntenteError`` `.invalidInput` when the graphs differ in nodes or the blocs overlap.
    public static func compute(positive: Graph, negative: Graph, blocA: Set<Int>, blocB: Set<Int>)
        throws(EntenteError) -> [Position]
    {
        guard positive.labels == negative.labels else {
            throw EntenteError(.invalidInput, "The positive and negative networks have different nodes.")
        }
        guard blocA.isDisjoint(with: blocB) else {
            throw EntenteError(.invalidInput, "The two blocs share members; a state can be in one bloc only.")
        }
        let p = positive.undirected()
        let q = negative.undirected()
        var side = [Int8](repeating: 0, count: p.nodeCount)
        for i in blocA where i >= 0 && i < p.nodeCount { side[i] = 1 }
        for i in blocB where i >= 0 && i < p.nodeCount { side[i] = 2 }
        var result: [Position] = []
        result.reserveCapacity(p.nodeCount)
        for u in 0..<p.nodeCount {
            var sums = (0.0, 0.0, 0.0, 0.0)
            for k in p.offsets[u]..<p.offsets[u + 1] {
                switch side[Int(p.targets[k])] {
                case 1: sums.0 += p.weights[k]
                case 2: sums.1 += p.weights[k]
                default: break
                }
            }
            for k in q.offsets[u]..<q.offsets[u + 1] {
                switch side[Int(q.targets[k])] {
                case 1: sums.2 += q.weights[k]
                case 2: sums.3 += q.weights[k]
                default: break
                }
            }
            let total = sums.0 + sums.1 + sums.2 + sums.3
            result.append(
                Position(
                    node: u, positiveToA: sums.0, positiveToB: sums.1, negativeToA: sums.2, negativeToB: sums.3,
                    position: total > 0 ? (sums.0 - sums.1 + sums.3 - sums.2) / total : nil))
        }
        return result
    }
}
