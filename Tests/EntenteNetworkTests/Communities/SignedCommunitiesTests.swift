import EntenteCore
import EntenteNetwork
import Testing

/// Signed modularity: negative ties must split what positive ties alone would join, the result
/// must equal Newman–Girvan modularity when there are no negative ties, and the same seed must
/// give the same partition.
struct SignedCommunitiesTests {
    /// Two four-node cliques joined by a positive bridge of the same weight as their inside ties,
    /// with every cross pair hostile: the negative ties must keep them apart.
    private func twoCamps(hostility: Double) throws -> (Graph, Graph) {
        let labels = (0..<8).map { "S\($0)" }
        var positive: [WeightedEdge] = []
        for camp in [0, 4] {
            for i in camp..<(camp + 4) {
                for j in (i + 1)..<(camp + 4) { positive.append(WeightedEdge(i, j, weight: 1)) }
            }
        }
        // A strong positive tie between the camps' leaders, as a consultation pact might give.
        positive.append(WeightedEdge(0, 4, weight: 3))
        var negative: [WeightedEdge] = []
        if hostility > 0 {
            for i in 0..<4 {
                for j in 4..<8 { negative.append(WeightedEdge(i, j, weight: hostility)) }
            }
        }
        return (try Graph(labels: labels, edges: positive), try Graph(labels: labels, edges: negative))
    }

    @Test func hostileTiesSplitTheCamps() throws {
        let (p, q) = try twoCamps(hostility: 1)
        let c = try SignedCommunities(positive: p, negative: q, seed: 1)
        #expect(c.count == 2)
        #expect(c.membership[0] != c.membership[4])
        #expect(Set(c.membership[0..<4]).count == 1)
        #expect(Set(c.membership[4..<8]).count == 1)
    }

    @Test(arguments: [UInt64(1), 2, 3, 7, 42])
    func withoutNegativeTiesItIsNewmanGirvanModularity(_ seed: UInt64) throws {
        let (p, q) = try twoCamps(hostility: 0)
        let c = try SignedCommunities(positive: p, negative: q, seed: seed)
        let q0 = try Modularity.compute(p, membership: c.membership)
        #expect(abs(c.modularity - q0) < 1e-12)
        // The best Louvain finds on the same graph is no better than ours by more than noise.
        let louvain = try Communities(louvain: p, seed: seed)
        #expect(c.modularity >= louvain.modularity - 1e-9)
    }

    @Test func sameSeedSamePartition() throws {
        let (p, q) = try twoCamps(hostility: 0.5)
        let a = try SignedCommunities(positive: p, negative: q, seed: 9)
        let b = try SignedCommunities(positive: p, negative: q, seed: 9)
        #expect(a == b)
    }

    @Test func signedModularityOfTheSplitBeatsOneCommunity() throws {
        let (p, q) = try twoCamps(hostility: 1)
        let c = try SignedCommunities(positive: p, negative: q, seed: 1)
        // One community scores exactly 0: its inside weight 2W⁺ − 2W⁻ cancels the null-model terms
        // (Σ s⁺_i s⁺_j / 2W⁺ = 2W⁺, likewise for W⁻). The split must score above it.
        #expect(c.modularity > 0.1)
    }

    @Test func differentNodesAreRefused() throws {
        let p = try Graph(labels: ["A", "B"], edges: [WeightedEdge(0, 1, weight: 1)])
        let q = try Graph(labels: ["A", "B", "C"], edges: [])
        #expect(throws: EntenteError.self) { try SignedCommunities(positive: p, negative: q) }
    }
}
