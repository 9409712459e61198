import EntenteCore

/// A minimal JSON value and writer with a fixed key order and exact number formatting.
///
/// Numbers are written with Swift's shortest round-trip representation, so reading them back gives
/// the same bits; NaN and infinities, which JSON lacks, are written as `null`.
public indirect enum JSONText: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])

    public static func == (lhs: JSONText, rhs: JSONText) -> Bool { lhs.rendered() == rhs.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// The JSON text; `indent` spaces per level (0: one line).
    public func rendered(indent: Int = 1) -> String {
        var out = ""
        write(into: &out, level: 0, indent: indent)
        return out
    }

    private func write(into out: inout String, level: Int, indent: Int) {
        let newline = indent > 0 ? "\n" : ""
        let pad = String(repeating: " ", count: indent * (level + 1))
        let closePad = String(repeating: " ", count: indent * level)
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let d): out += JSONText.numberText(d)
        case .string(let s): JSONText.escape(s, into: &out)
        case .array(let items):
            // Arrays of scalars stay on one line; they are the bulk of the output.
            if items.allSatisfy({ $0.isScalar }) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += "," }
                    item.write(into: &out, level: level + 1, indent: 0)
                }
                out += "]"
                return
            }
            out += "[" + newline
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," + newline }
                out += pad
                item.write(into: &out, level: level + 1, indent: indent)
            }
            out += newline + closePad + "]"
        case .object(let fields):
            out += "{" + newline
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += "," + newline }
                out += pad
                JSONText.escape(key, into: &out)
                out += indent > 0 ? ": " : ":"
                value.write(into: &out, level: level + 1, indent: indent)
            }
            out += newline + closePad + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    static func numberText(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d.rounded() == d && abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    static func escape(_ s: String, into out: inout String) {
        JSONLiteral.append(s, to: &out)
    }
}

/// CSV helpers: RFC 4180 quoting and exact numbers (empty field for NaN).
enum CSVText {
    static func field(_ s: String) -> String {
        if s.contains(",") || s.contains("\"") || s.contains("\n") {
            return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
        }
        return s
    }

    static func number(_ d: Double) -> String {
        if d.isNaN { return "" }
        if d.isInfinite { return d > 0 ? "inf" : "-inf" }
        return JSONText.numberText(d)
    }

    static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\n" }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
