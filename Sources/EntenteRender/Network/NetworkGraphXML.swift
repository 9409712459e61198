public import EntenteServices

/// GraphML and GEXF documents of a network, written with ``Markup`` so every label is escaped.
///
/// - GraphML: the graphml.graphdrawing.org schema, a `label` and one `double` key per attribute on
///   nodes, `weight` on edges.
/// - GEXF 1.3: Gephi's format, with node attributes of type `double` and edge weights.
///
/// Undefined attribute values are left out of the node.
public enum NetworkGraphXML {
    public static func graphML(_ graph: NetworkGraphReport) -> String {
        var children: [Markup.Node] = [
            Markup.element("key", [("id", "label"), ("for", "node"), ("attr.name", "label"), ("attr.type", "string")]),
            Markup.element(
                "key", [("id", "weight"), ("for", "edge"), ("attr.name", "weight"), ("attr.type", "double")]),
        ]
        for (i, a) in graph.attributes.enumerated() {
            children.append(
                Markup.element(
                    "key", [("id", "m\(i)"), ("for", "node"), ("attr.name", a.name), ("attr.type", "double")]))
        }
        var body: [Markup.Node] = []
        for (u, label) in graph.nodes.enumerated() {
            var data = [Markup.element("data", [("key", "label")], text: label)]
            for (i, a) in graph.attributes.enumerated() {
                if let value = a.values[u] { data.append(Markup.element("data", [("key", "m\(i)")], text: "\(value)")) }
            }
            body.append(Markup.element("node", [("id", "n\(u)")], data))
        }
        for (k, e) in graph.edges.enumerated() {
            body.append(
                Markup.element(
                    "edge", [("id", "e\(k)"), ("source", "n\(e.source)"), ("target", "n\(e.target)")],
                    [Markup.element("data", [("key", "weight")], text: number(e.weight))]))
        }
        children.append(
            Markup.element("graph", [("id", "G"), ("edgedefault", graph.directed ? "directed" : "undirected")], body))
        let root = Markup.element(
            "graphml",
            [
                ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                (
                    "xsi:schemaLocation",
                    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
                ),
            ], children)
        return Markup.xmlDocument(root)
    }

    public static func gexf(_ graph: NetworkGraphReport) -> String {
        var sections: [Markup.Node] = []
        if !graph.attributes.isEmpty {
            sections.append(
                Markup.element(
                    "attributes", [("class", "node")],
                    graph.attributes.enumerated().map { i, a in
                        Markup.element("attribute", [("id", "\(i)"), ("title", a.name), ("type", "double")])
                    }))
        }
        let nodes = graph.nodes.enumerated().map { u, label -> Markup.Node in
            let values = graph.attributes.enumerated().compactMap { i, a -> Markup.Node? in
                a.values[u].map { Markup.element("attvalue", [("for", "\(i)"), ("value", "\($0)")]) }
            }
            return Markup.element(
                "node", [("id", "\(u)"), ("label", label)],
                values.isEmpty ? [] : [Markup.element("attvalues", [], values)])
        }
        sections.append(Markup.element("nodes", [], nodes, selfClosing: false))
        let edges = graph.edges.enumerated().map { k, e in
            Markup.element(
                "edge",
                [("id", "\(k)"), ("source", "\(e.source)"), ("target", "\(e.target)"), ("weight", number(e.weight))])
        }
        sections.append(Markup.element("edges", [], edges, selfClosing: false))
        let root = Markup.element(
            "gexf", [("xmlns", "http://gexf.net/1.3"), ("version", "1.3")],
            [
                Markup.element("meta", [], [Markup.element("creator", text: "Entente")]),
                Markup.element(
                    "graph", [("mode", "static"), ("defaultedgetype", graph.directed ? "directed" : "undirected")],
                    sections),
            ])
        return Markup.xmlDocument(root)
    }

    private static func number(_ x: Double) -> String { x.isFinite ? "\(x)" : "" }
}
