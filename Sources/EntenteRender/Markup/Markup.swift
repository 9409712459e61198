/// The one audited writer of HTML, SVG and XML: documents are built as trees of ``Markup/Node``s, and
/// every text and attribute value is escaped when rendered, so no caller concatenates markup.
///
/// There is deliberately no "raw" node: a string can never reach the output unescaped.
public enum Markup {
    /// A piece of a document.
    public indirect enum Node: Sendable {
        case element(Element)
        case text(String)
        case comment(String)
    }

    /// An element with attributes (in the order given) and children.
    public struct Element: Sendable {
        public var name: String
        public var attributes: [(String, String)]
        public var children: [Node]
        /// Written as `<name/>` when it has no children (XML and SVG); HTML void elements say so too.
        public var selfClosing: Bool

        public init(
            _ name: String, _ attributes: [(String, String)] = [], children: [Node] = [], selfClosing: Bool = true
        ) {
            self.name = name
            self.attributes = attributes
            self.children = children
            self.selfClosing = selfClosing
        }
    }

    /// `<name attr="…">children</name>`.
    public static func element(
        _ name: String, _ attributes: [(String, String)] = [], _ children: [Node] = [], selfClosing: Bool = true
    ) -> Node {
        .element(Element(name, attributes, children: children, selfClosing: selfClosing))
    }

    /// An element holding only text.
    public static func element(_ name: String, _ attributes: [(String, String)] = [], text: String) -> Node {
        .element(Element(name, attributes, children: [.text(text)], selfClosing: false))
    }

    /// Text with `&`, `<`, `>`, `"` and `'` escaped, and control characters other than tab and line
    /// breaks dropped (XML 1.0 cannot carry them).
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Renders nodes; `indent` spaces per level for elements whose children are all elements
    /// (0: no added whitespace). Text content is never re-indented.
    public static func render(_ nodes: [Node], indent: Int = 2) -> String {
        var out = ""
        for node in nodes { write(node, level: 0, indent: indent, into: &out) }
        return out
    }

    /// An XML document: the declaration, then the root.
    public static func xmlDocument(_ root: Node, indent: Int = 2) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + render([root], indent: indent) + "\n"
    }

    /// An HTML5 document: the doctype, then the root.
    public static func htmlDocument(_ root: Node) -> String {
        "<!DOCTYPE html>\n" + render([root], indent: 0) + "\n"
    }

    private static func write(_ node: Node, level: Int, indent: Int, into out: inout String) {
        switch node {
        case .text(let text):
            out += escape(text)
        case .comment(let text):
            out += "<!-- " + escape(text).replacing("--", with: "- -") + " -->"
        case .element(let element):
            out += "<" + element.name
            for (name, value) in element.attributes {
                out += " " + name + "=\"" + escape(value) + "\""
            }
            if element.children.isEmpty && element.selfClosing {
                out += "/>"
                return
            }
            out += ">"
            let block =
                indent > 0 && !element.children.isEmpty
                && element.children.allSatisfy {
                    if case .text = $0 { return false }
                    return true
                }
            for child in element.children {
                if block { out += "\n" + String(repeating: " ", count: indent * (level + 1)) }
                write(child, level: level + 1, indent: indent, into: &out)
            }
            if block { out += "\n" + String(repeating: " ", count: indent * level) }
            out += "</" + element.name + ">"
        }
    }
}
