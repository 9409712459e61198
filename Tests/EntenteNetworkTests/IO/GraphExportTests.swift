import EntenteCore
import EntenteNetwork
import Foundation
import Testing

struct GraphExportTests {
    func graph() throws -> Graph {
        try Graph(
            labels: ["A&B", "<C>", "D \"quoted\""], edges: [WeightedEdge(0, 1, weight: 2.5), WeightedEdge(1, 2)])
    }

    @Test func nodeLinkJSONParsesAndKeepsEverything() throws {
        let g = try graph()
        let text = GraphExport.render(g, format: .json, attributes: [.init(name: "score", values: [1, .nan, 3])])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == false)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["A&B", "<C>", "D \"quoted\""])
        #expect(nodes[1]["score"] is NSNull)
        #expect(nodes[2]["score"] as? Double == 3)
        #expect(links.count == 2)
        #expect(links[0]["source"] as? String == "A&B")
        #expect(links[0]["weight"] as? Double == 2.5)
    }

    @Test func graphMLEscapesLabelsAndCountsElements() throws {
        let text = GraphExport.render(try graph(), format: .graphml)
        #expect(text.contains("<data key=\"label\">A&amp;B</data>"))
        #expect(text.contains("&lt;C&gt;"))
        #expect(text.components(separatedBy: "<node ").count - 1 == 3)
        #expect(text.components(separatedBy: "<edge ").count - 1 == 2)
        #expect(text.contains("edgedefault=\"undirected\""))
    }

    @Test func gexfCarriesWeightsAndAttributes() throws {
        let g = try Graph(nodeCount: 2, edges: [WeightedEdge(1, 0, weight: 4)], directed: true)
        let text = GraphExport.render(g, format: .gexf, attributes: [.init(name: "x", values: [0.5, 1])])
        #expect(text.contains("defaultedgetype=\"directed\""))
        #expect(text.contains("<edge id=\"0\" source=\"1\" target=\"0\" weight=\"4.0\"/>"))
        #expect(text.contains("<attvalue for=\"0\" value=\"0.5\"/>"))
    }

    @Test func jsonStringsEscapeControlCharacters() {
        #expect(JSONText.string("a\"b\\c\n\u{1}") == "\"a\\\"b\\\\c\\n\\u0001\"")
        #expect(JSONText.number(.infinity) == "null")
    }
}

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
}
