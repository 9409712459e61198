/// A division of a graph's nodes into communities numbered 0, 1, …: what Louvain and signed
/// Louvain both answer, and the views of it every caller reads.
public protocol NodePartition {
    /// The community of every node, numbered 0, 1, … in order of each community's first node.
    var membership: [Int] { get }
}

extension NodePartition {
    /// The number of communities.
    public var count: Int { (membership.max() ?? -1) + 1 }

    /// The members of every community, each sorted by node id.
    public var members: [[Int]] {
        var groups = [[Int]](repeating: [], count: count)
        for (node, c) in membership.enumerated() { groups[c].append(node) }
        return groups
    }
}
