/// A fact's value as the JSON report carries it: a truth, a number, a label, a date or a State
/// name as text, a list of State names, or null when unknown.
public enum FactValue: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([String])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? container.decode(Double.self) {
            self = .number(n)
        } else if let s = try? container.decode(String.self) {
            self = .string(s)
        } else {
            self = .list(try container.decode([String].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let b): try container.encode(b)
        case .number(let n): try container.encode(n)
        case .string(let s): try container.encode(s)
        case .list(let l): try container.encode(l)
        }
    }
}

/// Where a reported fact's value came from.
public enum FactSource: String, Codable, Sendable {
    /// Given by the situation.
    case situation
    /// Filled by the engine from other facts or the knowledge base.
    case derived
    /// Neither given nor derivable.
    case unknown
}

/// A fact as shown in a report.
public struct FactReport: Codable, Sendable, Equatable {
    /// The fact's name.
    public var fact: String
    /// The value, typed for machines.
    public var value: FactValue
    /// The value as a situation file would write it (`null` when unknown), for people.
    public var display: String
    public var source: FactSource
    /// The `<name>_note` text, if any.
    public var note: String?
    /// For a derived fact, the inputs and the rule that derived it.
    public var derivedFrom: String?

    public init(
        fact: String, value: FactValue, display: String, source: FactSource, note: String? = nil,
        derivedFrom: String? = nil
    ) {
        self.fact = fact
        self.value = value
        self.display = display
        self.source = source
        self.note = note
        self.derivedFrom = derivedFrom
    }
}
