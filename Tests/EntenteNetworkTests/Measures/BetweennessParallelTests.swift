import EntenteNetwork
import Testing

struct BetweennessParallelTests {
    @Test(arguments: [1, 2, 3, 8])
    func parallelResultIsBitIdenticalToSequential(_ concurrency: Int) async throws {
        let graph = try Reference("n200").graph()
        for path in [PathLength.hops, .inverseWeight] {
            let sequential = Betweenness.compute(graph, path: path)
            let parallel = await Betweenness.compute(graph, path: path, maxConcurrency: concurrency)
            #expect(parallel == sequential, "\(path) with \(concurrency) tasks")
        }
    }

    @Test func smallGraphsHaveZeroBetweenness() throws {
        let graph = try Graph(nodeCount: 2, edges: [WeightedEdge(0, 1)])
        #expect(Betweenness.compute(graph) == [0, 0])
    }

    @Test func pathMiddleCarriesAllShortestPaths() throws {
        // 0 – 1 – 2: node 1 lies on the only path between 0 and 2; normalised by (n−1)(n−2)/2 = 1.
        let graph = try Graph(nodeCount: 3, edges: [WeightedEdge(0, 1), WeightedEdge(1, 2)])
        #expect(Betweenness.compute(graph, path: .hops) == [0, 1, 0])
    }
}
