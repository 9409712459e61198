import EntenteCore

/// A minimal JSON writer with a fixed key order, so outputs are stable and diffable.
struct JSONWriter {
    private(set) var text = ""
    private var indent = 0
    private var needsComma: [Bool] = [false]

    static func quote(_ s: String) -> String {
        JSONLiteral.string(s)
    }

    private mutating func prefix(key: String?) {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        if indent > 0 { text += "\n" + String(repeating: "  ", count: indent) }
        if let key { text += JSONWriter.quote(key) + ": " }
    }

    mutating func open(_ bracket: Character, key: String? = nil) {
        prefix(key: key)
        text.append(bracket)
        indent += 1
        needsComma.append(false)
    }

    mutating func close(_ bracket: Character) {
        let hadItems = needsComma.removeLast()
        indent -= 1
        if hadItems { text += "\n" + String(repeating: "  ", count: indent) }
        text.append(bracket)
    }

    mutating func raw(_ value: String, key: String? = nil) {
        prefix(key: key)
        text += value
    }

    mutating func string(_ value: String?, key: String? = nil) {
        raw(value.map(JSONWriter.quote) ?? "null", key: key)
    }
}
