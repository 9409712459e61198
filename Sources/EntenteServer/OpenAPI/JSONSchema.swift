/// The JSON Schema (2020-12, as OpenAPI 3.1 uses it) of a request or response, in the small subset
/// the API needs: types, properties, items, enumerations, references.
///
/// Numbers and booleans are nullable everywhere: the JSON convention writes an undefined measure
/// (NaN, an empty mean) and an unknown truth value as `null`, never as a number or `false`.
public indirect enum JSONSchema: Sendable {
    case string(format: String? = nil, enumeration: [String]? = nil)
    case integer
    case number
    case boolean
    case array(JSONSchema)
    /// An object: known properties, which of them are always present, and whether other keys may
    /// appear (keys that are data, such as state codes, map to `additional`).
    case object(properties: [String: JSONSchema], required: [String] = [], additional: JSONSchema? = nil)
    /// A named schema in `components/schemas`.
    case reference(String)
    /// Anything: a value whose shape depends on the data (a scenario's parameters).
    case any

    /// The schema as JSON.
    public var json: JSONValue {
        switch self {
        case .string(let format, let enumeration):
            var o: [String: JSONValue] = ["type": "string"]
            if let format { o["format"] = .string(format) }
            if let enumeration { o["enum"] = .array(enumeration.map(JSONValue.string)) }
            return .object(o)
        case .integer: return ["type": ["integer", "null"]]
        case .number: return ["type": ["number", "null"]]
        case .boolean: return ["type": ["boolean", "null"]]
        case .array(let items): return ["type": "array", "items": items.json]
        case .object(let properties, let required, let additional):
            var o: [String: JSONValue] = [
                "type": "object", "properties": .object(properties.mapValues(\.json)),
            ]
            if !required.isEmpty { o["required"] = .array(required.sorted().map(JSONValue.string)) }
            if let additional { o["additionalProperties"] = additional.json }
            return .object(o)
        case .reference(let name): return ["$ref": .string("#/components/schemas/\(name)")]
        case .any: return [:]
        }
    }

    /// Where `value` does not match the schema, as `path: problem` lines; empty when it matches.
    ///
    /// - Parameter components: the named schemas references point to.
    public func violations(of value: JSONValue, at path: String = "$", components: [String: JSONSchema])
        -> [String]
    {
        switch (self, value) {
        case (.any, _): return []
        case (.reference(let name), _):
            guard let target = components[name] else { return ["\(path): unknown schema \(name)"] }
            return target.violations(of: value, at: path, components: components)
        case (.string(_, let enumeration), .string(let s)):
            if let enumeration, !enumeration.contains(s) { return ["\(path): '\(s)' is not one of \(enumeration)"] }
            return []
        case (.integer, .number(let n)):
            return n.rounded() == n ? [] : ["\(path): \(n) is not an integer"]
        case (.integer, .null), (.number, .null), (.number, .number), (.boolean, .bool), (.boolean, .null): return []
        case (.array(let items), .array(let elements)):
            return elements.enumerated().flatMap { (i, e) in
                items.violations(of: e, at: "\(path)[\(i)]", components: components)
            }
        case (.object(let properties, let required, let additional), .object(let fields)):
            var problems = required.filter { fields[$0] == nil }.map { "\(path): missing '\($0)'" }
            for (key, field) in fields.sorted(by: { $0.key < $1.key }) {
                if let schema = properties[key] ?? additional {
                    problems += schema.violations(of: field, at: "\(path).\(key)", components: components)
                }
            }
            return problems
        default:
            return ["\(path): expected \(typeName), found \(value.typeName)"]
        }
    }

    private var typeName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .number: "number"
        case .boolean: "boolean"
        case .array: "array"
        case .object: "object"
        case .reference(let name): name
        case .any: "anything"
        }
    }
}

extension JSONValue {
    fileprivate var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
