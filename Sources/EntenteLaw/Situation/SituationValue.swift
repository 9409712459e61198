/// A value read from a situation file, with the line it came from.
///
/// YAML and JSON are both read through the YAML parser (JSON is YAML), so both give the same
/// values and the same line numbers in error messages.
public indirect enum SituationValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([Located])
    case map([(key: String, value: Located)])

    /// A value and its 1-based line in the file (0 when not known).
    public struct Located: Sendable {
        /// The value.
        public var value: SituationValue
        /// Its line.
        public var line: Int
    }

    /// How the value's type is named in error messages.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .list: "a list"
        case .map: "a mapping"
        }
    }

    /// The value as written, for error messages.
    var shown: String {
        switch self {
        case .null: "null"
        case .bool(let b): String(b)
        case .number(let n): Criterion.number(n)
        case .string(let s): "\"\(s)\""
        case .list: "a list"
        case .map: "a mapping"
        }
    }
}
