import EntenteRender

/// Short builders over ``EntenteRender/Markup`` for the dashboard's pages: every text and attribute
/// goes through Markup's escaping, so no page writes markup by hand.
enum HTML {
    typealias Node = Markup.Node

    /// An element with children (never self-closing: HTML has no `<div/>`).
    static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [Node]) -> Node {
        Markup.element(name, attributes, children, selfClosing: false)
    }

    /// An element holding text.
    static func text(_ name: String, _ attributes: [(String, String)] = [], _ text: String) -> Node {
        Markup.element(name, attributes, text: text)
    }

    /// An element holding text, without attributes.
    static func text(_ name: String, _ text: String) -> Node {
        Markup.element(name, [], text: text)
    }

    /// A void element (`input`, `br`, `meta`, `link`).
    static func void(_ name: String, _ attributes: [(String, String)]) -> Node {
        Markup.element(name, attributes, [], selfClosing: true)
    }

    static func link(_ href: String, _ label: String, _ attributes: [(String, String)] = []) -> Node {
        text("a", [("href", href)] + attributes, label)
    }

    static func p(_ s: String, _ attributes: [(String, String)] = []) -> Node { text("p", attributes, s) }

    /// A table with a header row and rows of cells.
    static func table(_ header: [String], _ rows: [[Node]], _ attributes: [(String, String)] = []) -> Node {
        let head = el("thead", [], [el("tr", [], header.map { text("th", [("scope", "col")], $0) })])
        let body = el("tbody", [], rows.map { cells in el("tr", [], cells.map { el("td", [], [$0]) }) })
        return el("table", attributes, [head, body])
    }

    /// A table whose cells are plain text.
    static func textTable(_ header: [String], _ rows: [[String]]) -> Node {
        table(header, rows.map { $0.map(Node.text) })
    }

    /// `<select name>` with options (value, label), the current one selected.
    static func select(_ name: String, _ options: [(String, String)], selected: String?, id: String? = nil) -> Node {
        el(
            "select", [("name", name), ("id", id ?? name)],
            options.map { value, label in
                text("option", [("value", value)] + (value == selected ? [("selected", "selected")] : []), label)
            })
    }

    /// A label followed by its control.
    static func field(_ label: String, for id: String, _ control: Node, hint: String? = nil) -> Node {
        var children: [Node] = [text("label", [("for", id)], label), control]
        if let hint { children.append(text("small", [("class", "hint")], hint)) }
        return el("div", [("class", "field")], children)
    }

    static func input(_ name: String, type: String = "text", value: String?, extra: [(String, String)] = []) -> Node {
        void("input", [("type", type), ("name", name), ("id", name)] + (value.map { [("value", $0)] } ?? []) + extra)
    }

    /// Nodes joined by a separator text.
    static func joined(_ nodes: [Node], separator: String) -> [Node] {
        var out: [Node] = []
        for (i, node) in nodes.enumerated() {
            if i > 0 { out.append(.text(separator)) }
            out.append(node)
        }
        return out
    }
}
