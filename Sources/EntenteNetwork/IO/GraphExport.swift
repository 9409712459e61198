import EntenteCore

/// Writes a graph, optionally with per-node measures, in formats that Gephi and Cytoscape open.
///
/// - GraphML: the graphml.graphdrawing.org schema, a `label` and one `double` key per measure on
///   nodes, `weight` on edges.
/// - GEXF 1.3: Gephi's format, with node attributes of type `double` and edge weights.
/// - JSON: networkx's node-link layout (`{"directed", "multigraph", "graph", "nodes", "links"}`),
///   which `networkx.node_link_graph` and Cytoscape's JSON import read.
///
/// NaN and infinite values are written as empty (GraphML, GEXF) or `null` (JSON).
public enum GraphExport {
    /// The export formats.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case graphml, gexf, json
    }

    /// One per-node measure to attach as a node attribute.
    public struct NodeAttribute: Sendable, Hashable {
        public var name: String
        public var values: [Double]

        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// The graph as text in the given format.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - format: GraphML, GEXF or JSON.
    ///   - attributes: per-node values, each with one value per node.
    /// - Precondition: every attribute has `graph.nodeCount` values.
    public static func render(_ graph: Graph, format: Format, attributes: [NodeAttribute] = []) -> String {
        for a in attributes {
            precondition(a.values.count == graph.nodeCount, "attribute \(a.name) has \(a.values.count) values")
        }
        switch format {
        case .graphml: return graphML(graph, attributes)
        case .gexf: return gexf(graph, attributes)
        case .json: return json(graph, attributes)
        }
    }

    private static func number(_ x: Double) -> String { x.isFinite ? "\(x)" : "" }

    private static func graphML(_ g: Graph, _ attributes: [NodeAttribute]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>

            """
        for (i, a) in attributes.enumerated() {
            out += "  <key id=\"m\(i)\" for=\"node\" attr.name=\"\(xml(a.name))\" attr.type=\"double\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"\(g.isDirected ? "directed" : "undirected")\">\n"
        for u in 0..<g.nodeCount {
            out += "    <node id=\"n\(u)\"><data key=\"label\">\(xml(g.labels[u]))</data>"
            for (i, a) in attributes.enumerated() where a.values[u].isFinite {
                out += "<data key=\"m\(i)\">\(number(a.values[u]))</data>"
            }
            out += "</node>\n"
        }
        for (k, e) in g.edges.enumerated() {
            out +=
                "    <edge id=\"e\(k)\" source=\"n\(e.source)\" target=\"n\(e.target)\"><data key=\"weight\">\(number(e.weight))</data></edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func gexf(_ g: Graph, _ attributes: [NodeAttribute]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta><creator>Entente</creator></meta>
              <graph mode="static" defaultedgetype="\(g.isDirected ? "directed" : "undirected")">

            """
        if !attributes.isEmpty {
            out += "    <attributes class=\"node\">\n"
            for (i, a) in attributes.enumerated() {
                out += "      <attribute id=\"\(i)\" title=\"\(xml(a.name))\" type=\"double\"/>\n"
            }
            out += "    </attributes>\n"
        }
        out += "    <nodes>\n"
        for u in 0..<g.nodeCount {
            out += "      <node id=\"\(u)\" label=\"\(xml(g.labels[u]))\""
            let values = attributes.enumerated().filter { $0.element.values[u].isFinite }
            if values.isEmpty {
                out += "/>\n"
            } else {
                out += "><attvalues>"
                for (i, a) in values { out += "<attvalue for=\"\(i)\" value=\"\(number(a.values[u]))\"/>" }
                out += "</attvalues></node>\n"
            }
        }
        out += "    </nodes>\n    <edges>\n"
        for (k, e) in g.edges.enumerated() {
            out +=
                "      <edge id=\"\(k)\" source=\"\(e.source)\" target=\"\(e.target)\" weight=\"\(number(e.weight))\"/>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func json(_ g: Graph, _ attributes: [NodeAttribute]) -> String {
        var out = "{\"directed\": \(g.isDirected), \"multigraph\": false, \"graph\": {}, \"nodes\": ["
        for u in 0..<g.nodeCount {
            if u > 0 { out += ", " }
            out += "{\"id\": \(JSONText.string(g.labels[u]))"
            for a in attributes { out += ", \(JSONText.string(a.name)): \(JSONText.number(a.values[u]))" }
            out += "}"
        }
        out += "], \"links\": ["
        for (k, e) in g.edges.enumerated() {
            if k > 0 { out += ", " }
            out +=
                "{\"source\": \(JSONText.string(g.labels[e.source])), \"target\": \(JSONText.string(g.labels[e.target])), "
            out += "\"weight\": \(JSONText.number(e.weight))}"
        }
        out += "]}\n"
        return out
    }

    /// Escapes text for XML element content and attribute values.
    static func xml(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }
}

/// Minimal JSON text helpers, so the module needs no Foundation.
public enum JSONText {
    /// A JSON string literal with the required escapes.
    public static func string(_ s: String) -> String {
        JSONLiteral.string(s)
    }

    /// A JSON number, shortest round-trip form; `null` for NaN and infinities.
    public static func number(_ x: Double) -> String { x.isFinite ? "\(x)" : "null" }
}
