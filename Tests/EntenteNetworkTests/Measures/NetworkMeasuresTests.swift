import EntenteCore
import EntenteNetwork
import Foundation
import Testing

struct NetworkMeasuresTests {
    @Test func sequentialAndParallelGiveTheSameMeasures() async throws {
        let graph = try Reference("karate").graph()
        let a = try NetworkMeasures.compute(graph)
        let b = try await NetworkMeasures.compute(graph, maxConcurrency: 3)
        #expect(a.betweenness == b.betweenness)
        #expect(a.communities == b.communities)
        #expect(a.labels == graph.labels)
        #expect(a.eigenvector.count == graph.nodeCount)
    }

    @Test func emptyGraphIsRefusedByEigenvector() throws {
        let graph = try Graph(nodeCount: 0, edges: [])
        #expect(throws: EntenteError.self) { try NetworkMeasures.compute(graph) }
    }

    @Test func eachMeasureReadsItsOwnColumn() throws {
        let graph = try Reference("karate").graph()
        let m = try NetworkMeasures.compute(graph)
        let node = graph.nodeCount - 1
        #expect(m.value(.degree, node) == Double(m.degree.degree[node]))
        #expect(m.value(.strength, node) == m.degree.strength[node])
        #expect(m.value(.betweenness, node) == m.betweenness[node])
        #expect(m.value(.eigenvector, node) == m.eigenvector[node])
        #expect(m.value(.pagerank, node) == m.pageRank[node])
        #expect(m.value(.clustering, node) == m.clustering[node])
        #expect(m.value(.constraint, node) == m.constraint[node])
        #expect(m.value(.hhi, node) == m.partnerConcentration[node])
        #expect(m.value(.community, node) == Double(m.communities.membership[node]))
        #expect(NodeMeasure.allCases.filter(\.isInteger) == [.degree, .community])
    }
}
