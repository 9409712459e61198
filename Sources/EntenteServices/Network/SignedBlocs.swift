import EntenteCore
import EntenteNetwork

/// Blocs of a year's layer: its communities (signed or plain modularity), the communities of the
/// two anchor groups, and every state's position between them.
struct SignedBlocs: Sendable {
    let membership: [Int]
    let modularity: Double
    /// The community of bloc A's and bloc B's anchor (the anchor with the most positive tie weight).
    let communityA: Int
    let communityB: Int
    let positions: [BlocAlignment.Position]

    /// Whether the anchors fell in different communities.
    var twoBlocs: Bool { communityA != communityB }

    var count: Int { (membership.max() ?? -1) + 1 }

    /// - Parameters:
    ///   - anchorsA: bloc A's anchor states (dense ids), at least one.
    ///   - anchorsB: bloc B's anchor states, at least one, disjoint from A.
    init(
        layers: WorldLayers, layer: NetworkLayer, method: NetworkBlocMethod, anchorsA: Set<Int>, anchorsB: Set<Int>,
        seed: UInt64
    ) throws(EntenteError) {
        // On the signed method the combined layer is read as blocs see it: the alignment layer.
        let source: NetworkLayer = method == .signed && layer == .combined ? .alignment : layer
        let positive = try layers.knownLayer(source).undirected()
        let negative = try layers.negativeTies()
        let membership: [Int]
        switch method {
        case .signed:
            let c = try SignedCommunities(positive: positive, negative: negative, seed: seed)
            membership = c.membership
            modularity = c.modularity
        case .louvain:
            let c = try Communities(louvain: positive, seed: seed)
            membership = c.membership
            modularity = c.modularity
        }
        self.membership = membership
        var strength = [Double](repeating: 0, count: positive.nodeCount)
        for u in 0..<positive.nodeCount {
            for k in positive.offsets[u]..<positive.offsets[u + 1] { strength[u] += positive.weights[k] }
        }
        func anchor(_ ids: Set<Int>) -> Int {
            // The strongest anchor leads; ties go to the lowest id so the choice is stable.
            let best = ids.sorted().max { strength[$0] < strength[$1] } ?? 0
            return membership[best]
        }
        let communityA = anchor(anchorsA)
        let communityB = anchor(anchorsB)
        self.communityA = communityA
        self.communityB = communityB
        let n = positive.nodeCount
        let a = Set((0..<n).filter { membership[$0] == communityA })
        let b = communityA == communityB ? Set<Int>() : Set((0..<n).filter { membership[$0] == communityB })
        positions = try BlocAlignment.compute(positive: positive, negative: negative, blocA: a, blocB: b)
    }
}

extension WorldLayers {
    /// The hostility layer times the options' hostility weight: the negative ties of the signed network.
    func negativeTies() throws(EntenteError) -> Graph {
        let hostility = layer(.hostility)
        let w = options.hostilityWeight
        let edges = w > 0 ? hostility.edges.map { WeightedEdge($0.source, $0.target, weight: $0.weight * w) } : []
        return try Graph(labels: hostility.labels, edges: edges)
    }
}
