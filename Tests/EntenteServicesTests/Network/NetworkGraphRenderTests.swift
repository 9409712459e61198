import EntenteRender
import EntenteServices
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// GraphML, GEXF, node-link JSON and CSV edge lists written from a network report.
struct NetworkGraphRenderTests {
    func graph(attributes: [NetworkGraphReport.Attribute] = []) -> NetworkGraphReport {
        NetworkGraphReport(
            directed: false, nodes: ["A&B", "<C>", "D \"quoted\""],
            edges: [.init(source: 0, target: 1, weight: 2.5), .init(source: 1, target: 2, weight: 1)],
            attributes: attributes)
    }

    @Test func nodeLinkJSONParsesAndKeepsEverything() throws {
        let text = try NetworkGraphText.nodeLinkJSON(graph(attributes: [.init(name: "score", values: [1, nil, 3])]))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == false)
        #expect(object["multigraph"] as? Bool == false)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["A&B", "<C>", "D \"quoted\""])
        #expect(nodes[1]["score"] is NSNull)
        #expect(nodes[2]["score"] as? Double == 3)
        #expect(links.count == 2)
        #expect(links[0]["source"] as? String == "A&B")
        #expect(links[0]["weight"] as? Double == 2.5)
    }

    @Test func nodeLinkJSONEscapesControlCharactersInLabels() throws {
        let report = NetworkGraphReport(directed: true, nodes: ["a\"b\\c\n\u{1}", "x"], edges: [])
        let text = try NetworkGraphText.nodeLinkJSON(report)
        #expect(text.contains("\\u0001"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes[0]["id"] as? String == "a\"b\\c\n\u{1}")
    }

    @Test func graphMLEscapesLabelsAndCountsElements() throws {
        let text = NetworkGraphXML.graphML(graph())
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains("<data key=\"label\">A&amp;B</data>"))
        #expect(text.contains("&lt;C&gt;"))
        #expect(text.components(separatedBy: "<node ").count - 1 == 3)
        #expect(text.components(separatedBy: "<edge ").count - 1 == 2)
        #expect(text.contains("edgedefault=\"undirected\""))
        #expect(text.contains("<data key=\"weight\">2.5</data>"))
    }

    @Test func graphMLLeavesOutUndefinedValues() throws {
        let text = NetworkGraphXML.graphML(graph(attributes: [.init(name: "score", values: [1, nil, 3])]))
        #expect(text.contains("attr.name=\"score\""))
        #expect(text.components(separatedBy: "<data key=\"m0\">").count - 1 == 2)
    }

    @Test func gexfCarriesWeightsAndAttributes() throws {
        let report = NetworkGraphReport(
            directed: true, nodes: ["0", "1"], edges: [.init(source: 1, target: 0, weight: 4)],
            attributes: [.init(name: "x", values: [0.5, 1])])
        let text = NetworkGraphXML.gexf(report)
        #expect(text.contains("defaultedgetype=\"directed\""))
        #expect(text.contains("<edge id=\"0\" source=\"1\" target=\"0\" weight=\"4.0\"/>"))
        #expect(text.contains("<attvalue for=\"0\" value=\"0.5\"/>"))
    }

    @Test func xmlDocumentsAreWellFormed() throws {
        for text in [NetworkGraphXML.graphML(graph()), NetworkGraphXML.gexf(graph())] {
            let parser = XMLParser(data: Data(text.utf8))
            #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        }
    }

    @Test func edgeListCSVQuotesLabelsAndKeepsFullPrecision() {
        let text = NetworkGraphText.edgeListCSV(
            NetworkGraphReport(
                directed: false, nodes: ["A,B", "C"], edges: [.init(source: 0, target: 1, weight: 0.1 + 0.2)]))
        #expect(text == "source,target,weight\n\"A,B\",C,\(0.1 + 0.2)\n")
    }
}
