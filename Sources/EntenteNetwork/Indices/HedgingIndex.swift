public import EntenteCore

/// A named set of nodes, for example the US-led or the China/Russia-led bloc.
public struct Bloc: Sendable, Hashable {
    /// A display name.
    public var name: String
    /// The member node ids.
    public var members: Set<Int>

    public init(name: String, members: Set<Int>) {
        self.name = name
        self.members = members
    }

    /// A bloc from member labels, looked up in a graph.
    ///
    /// - Throws: ``EntenteError`` `.invalidInput` naming the first label the graph does not have.
    public init(name: String, labels: [String], in graph: Graph) throws(EntenteError) {
        var index: [String: Int] = [:]
        for (i, l) in graph.labels.enumerated() { index[l] = i }
        var members = Set<Int>()
        for label in labels {
            guard let id = index[label] else {
                throw EntenteError(.invalidInput, "Bloc '\(name)': node '\(label)' is not in the graph.")
            }
            members.insert(id)
        }
        self.init(name: name, members: members)
    }
}

/// Where a node stands between two blocs.
public struct BlocPosition: Sendable, Hashable {
    /// The node.
    public var node: Int
    /// T_A: the node's tie weight to members of bloc A (both directions, itself excluded).
    public var tiesToA: Double
    /// T_B: the node's tie weight to members of bloc B.
    public var tiesToB: Double
    /// S: the node's total tie weight.
    public var strength: Double
    /// (T_A − T_B) / (T_A + T_B), in [−1, 1]: +1 all with A, −1 all with B; `nil` with no bloc ties.
    public var balance: Double?
    /// 1 − |balance| = 2 min(T_A, T_B) / (T_A + T_B), in [0, 1]: 1 when ties to both blocs are equal.
    public var hedging: Double?
    /// (T_A + T_B) / S, in [0, 1]: the share of the node's ties that run to either bloc.
    public var engagement: Double?
    /// hedging × engagement: high only for a node tied substantially *and* evenly to both blocs.
    public var hedgingIndex: Double?
}

/// The bloc balance and hedging index of a node toward two named blocs.
///
/// Ties are read in both directions (m_ij = w_ij + w_ji). With T_A and T_B a node's tie weight to
/// the members of each bloc (ties to itself excluded) and S its total tie weight:
///
/// - balance = (T_A − T_B) / (T_A + T_B)
/// - hedging = 1 − |balance|
/// - engagement = (T_A + T_B) / S
/// - hedging index = hedging × engagement
///
/// A free-and-active policy such as Indonesia's shows as balance near 0 with high engagement. The
/// blocs must not overlap, so a tie never counts for both sides. See the "Indices" article.
public enum HedgingIndex {
    /// The position of one node.
    ///
    /// - Throws: ``EntenteError`` `.invalidInput` when the blocs overlap or the node id is out of range.
    public static func compute(_ graph: Graph, node: Int, blocA: Bloc, blocB: Bloc) throws(EntenteError) -> BlocPosition
    {
        try compute(graph.undirected(), nodes: [node], blocA: blocA, blocB: blocB)[0]
    }

    /// The positions of every node.
    ///
    /// - Throws: ``EntenteError`` `.invalidInput` when the blocs overlap.
    public static func compute(_ graph: Graph, blocA: Bloc, blocB: Bloc) throws(EntenteError) -> [BlocPosition] {
        try compute(graph.undirected(), nodes: Array(0..<graph.nodeCount), blocA: blocA, blocB: blocB)
    }

    private static func compute(_ g: Graph, nodes: [Int], blocA: Bloc, blocB: Bloc) throws(EntenteError)
        -> [BlocPosition]
    {
        let overlap = blocA.members.intersection(blocB.members)
        guard overlap.isEmpty else {
            let names = overlap.sorted().prefix(5).map { $0 < g.nodeCount ? g.labels[$0] : String($0) }
            throw EntenteError(
                .invalidInput,
                "Blocs '\(blocA.name)' and '\(blocB.name)' share members (\(names.joined(separator: ", "))); a node can belong to one bloc only."
            )
        }
        var side = [Int8](repeating: 0, count: g.nodeCount)
        for i in blocA.members where i >= 0 && i < g.nodeCount { side[i] = 1 }
        for i in blocB.members where i >= 0 && i < g.nodeCount { side[i] = 2 }
        var result: [BlocPosition] = []
        for u in nodes {
            guard u >= 0, u < g.nodeCount else {
                throw EntenteError(.invalidInput, "Node id \(u) is not in the graph (0..<\(g.nodeCount)).")
            }
            var a = 0.0
            var b = 0.0
            var s = 0.0
            for k in g.offsets[u]..<g.offsets[u + 1] {
                let w = g.weights[k]
                s += w
                switch side[Int(g.targets[k])] {
                case 1: a += w
                case 2: b += w
                default: break
                }
            }
            let bloc = a + b
            let balance: Double? = bloc > 0 ? (a - b) / bloc : nil
            let hedging = balance.map { 1 - abs($0) }
            let engagement: Double? = s > 0 ? bloc / s : nil
            let index: Double? = hedging.flatMap { h in engagement.map { h * $0 } }
            result.append(
                BlocPosition(
                    node: u, tiesToA: a, tiesToB: b, strength: s, balance: balance, hedging: hedging,
                    engagement: engagement, hedgingIndex: index))
        }
        return result
    }
}
