public import EntenteCore

/// How much of a node's or a group's ties run through major powers.
public struct Dominance: Sendable, Hashable {
    /// Tie weight to major powers (other than the node or member itself).
    public var majorTies: Double
    /// Total tie weight considered.
    public var totalTies: Double
    /// majorTies / totalTies, in [0, 1]; `nil` without ties.
    public var majorShare: Double?
    /// Herfindahl index of the tie weight over partners, in (0, 1]; `nil` without ties.
    public var partnerHerfindahl: Double?
}

/// Great-power dominance: the share of tie weight that runs through a set of major powers, and the
/// concentration of partners.
///
/// Ties are read in both directions (m_ij = w_ij + w_ji).
///
/// - For a node i: share = Σ_{j ∈ majors, j ≠ i} m_ij / Σ_j m_ij; partner Herfindahl = Σ_j (m_ij / Σ_k m_ik)².
/// - For a group G (a region): only ties leaving the group count, so the measure reads "how much of
///   the region's outside engagement goes through the majors". share = Σ_{i ∈ G, j ∈ majors \ G} m_ij /
///   Σ_{i ∈ G, j ∉ G} m_ij; partner Herfindahl over outside partners j of the summed weights
///   Σ_{i ∈ G} m_ij. A major power inside the group is part of the region, not an outside dominator.
public enum GreatPowerDominance {
    /// Dominance for one node.
    ///
    /// - Throws: ``EntenteError`` `.invalidInput` when the node id is out of range.
    public static func node(_ graph: Graph, _ node: Int, majors: Set<Int>) throws(EntenteError) -> Dominance {
        guard node >= 0, node < graph.nodeCount else {
            throw EntenteError(.invalidInput, "Node id \(node) is not in the graph (0..<\(graph.nodeCount)).")
        }
        let g = graph.undirected()
        var major = 0.0
        var total = 0.0
        for k in g.offsets[node]..<g.offsets[node + 1] {
            total += g.weights[k]
            if majors.contains(Int(g.targets[k])) { major += g.weights[k] }
        }
        var h = 0.0
        for k in g.offsets[node]..<g.offsets[node + 1] {
            let share = g.weights[k] / total
            h += share * share
        }
        return Dominance(
            majorTies: major, totalTies: total, majorShare: total > 0 ? major / total : nil,
            partnerHerfindahl: total > 0 ? h : nil)
    }

    /// Dominance for a group of nodes, counting only ties that leave the group.
    ///
    /// - Throws: ``EntenteError`` `.invalidInput` for an empty group or an id out of range.
    public static func group(_ graph: Graph, members: Set<Int>, majors: Set<Int>) throws(EntenteError) -> Dominance {
        guard !members.isEmpty else { throw EntenteError(.invalidInput, "The group has no members.") }
        if let bad = members.first(where: { $0 < 0 || $0 >= graph.nodeCount }) {
            throw EntenteError(.invalidInput, "Node id \(bad) is not in the graph (0..<\(graph.nodeCount)).")
        }
        let g = graph.undirected()
        var byPartner = [Double](repeating: 0, count: g.nodeCount)
        var major = 0.0
        var total = 0.0
        for i in members.sorted() {
            for k in g.offsets[i]..<g.offsets[i + 1] {
                let j = Int(g.targets[k])
                if members.contains(j) { continue }
                let w = g.weights[k]
                byPartner[j] += w
                total += w
                if majors.contains(j) { major += w }
            }
        }
        var h = 0.0
        if total > 0 {
            for w in byPartner where w > 0 {
                let share = w / total
                h += share * share
            }
        }
        return Dominance(
            majorTies: major, totalTies: total, majorShare: total > 0 ? major / total : nil,
            partnerHerfindahl: total > 0 ? h : nil)
    }
}
