/// A small JSON reader whose numbers round-trip exactly.
///
/// Numbers are converted by Swift's `Double(_:)` (correctly rounded), so a value written by
/// ``JSONText`` reads back bit for bit — which Foundation's `JSONSerialization` does not guarantee
/// (measured: it changed the last digit of about one value in ten).
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    struct ParseError: Error, Sendable {
        var offset: Int
        var problem: String
    }

    static func parse(_ text: String) throws(ParseError) -> JSONValue {
        let bytes = Array(text.utf8)
        var i = 0
        let value = try parseValue(bytes, &i)
        skipSpace(bytes, &i)
        guard i == bytes.count else { throw ParseError(offset: i, problem: "unexpected text after the value") }
        return value
    }

    var number: Double? {
        switch self {
        case .number(let d): return d
        case .null: return .nan
        default: return nil
        }
    }
    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    var object: [String: JSONValue]? { if case .object(let o) = self { return o } else { return nil } }

    private static func skipSpace(_ b: [UInt8], _ i: inout Int) {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    private static func expect(_ b: [UInt8], _ i: inout Int, _ literal: String) throws(ParseError) {
        for c in literal.utf8 {
            guard i < b.count, b[i] == c else { throw ParseError(offset: i, problem: "expected '\(literal)'") }
            i += 1
        }
    }

    private static func parseValue(_ b: [UInt8], _ i: inout Int) throws(ParseError) -> JSONValue {
        skipSpace(b, &i)
        guard i < b.count else { throw ParseError(offset: i, problem: "unexpected end of text") }
        switch b[i] {
        case UInt8(ascii: "{"):
            i += 1
            var fields: [String: JSONValue] = [:]
            skipSpace(b, &i)
            if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
            while true {
                skipSpace(b, &i)
                let key = try parseString(b, &i)
                skipSpace(b, &i)
                try expect(b, &i, ":")
                fields[key] = try parseValue(b, &i)
                skipSpace(b, &i)
                guard i < b.count else { throw ParseError(offset: i, problem: "unterminated object") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
                throw ParseError(offset: i, problem: "expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONValue] = []
            skipSpace(b, &i)
            if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                items.append(try parseValue(b, &i))
                skipSpace(b, &i)
                guard i < b.count else { throw ParseError(offset: i, problem: "unterminated array") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw ParseError(offset: i, problem: "expected ',' or ']'")
            }
        case UInt8(ascii: "\""): return .string(try parseString(b, &i))
        case UInt8(ascii: "t"): try expect(b, &i, "true"); return .bool(true)
        case UInt8(ascii: "f"): try expect(b, &i, "false"); return .bool(false)
        case UInt8(ascii: "n"): try expect(b, &i, "null"); return .null
        default:
            let start = i
            while i < b.count,
                b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: ".")
                    || b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") || (b[i] >= 0x30 && b[i] <= 0x39)
            {
                i += 1
            }
            guard i > start, let d = Double(String(decoding: b[start..<i], as: UTF8.self)) else {
                throw ParseError(offset: start, problem: "expected a value")
            }
            return .number(d)
        }
    }

    private static func parseString(_ b: [UInt8], _ i: inout Int) throws(ParseError) -> String {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw ParseError(offset: i, problem: "expected a string") }
        i += 1
        var out: [UInt8] = []
        while i < b.count {
            let c = b[i]
            i += 1
            if c == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            if c != UInt8(ascii: "\\") { out.append(c); continue }
            guard i < b.count else { break }
            let e = b[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard i + 4 <= b.count, let v = UInt32(String(decoding: b[i..<(i + 4)], as: UTF8.self), radix: 16)
                else {
                    throw ParseError(offset: i, problem: "bad \\u escape")
                }
                i += 4
                out += Array(String(Character(Unicode.Scalar(v) ?? "\u{FFFD}")).utf8)
            default: out.append(e)
            }
        }
        throw ParseError(offset: i, problem: "unterminated string")
    }
}
