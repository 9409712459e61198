/// A three-valued truth: established, established not to be so, or unknown.
///
/// International law is decided on facts that are often not known. `Truth` keeps "unknown" apart
/// from "no" so that a conclusion depending on a missing fact is itself unknown (Kleene's strong
/// three-valued logic), never a silent "no".
public enum Truth: Hashable, Sendable {
    case yes
    case no
    case unknown

    /// Wraps an optional Boolean: `nil` is unknown.
    public init(_ value: Bool?) {
        switch value {
        case .some(true): self = .yes
        case .some(false): self = .no
        case .none: self = .unknown
        }
    }

    /// The Boolean when the value is known.
    public var bool: Bool? {
        switch self {
        case .yes: true
        case .no: false
        case .unknown: nil
        }
    }

    public var isKnown: Bool { self != .unknown }

    /// Kleene negation.
    public static prefix func ! (value: Truth) -> Truth {
        switch value {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }

    /// Kleene conjunction: false wins over unknown.
    public static func && (lhs: Truth, rhs: @autoclosure () -> Truth) -> Truth {
        if lhs == .no { return .no }
        let right = rhs()
        if right == .no { return .no }
        return lhs == .yes && right == .yes ? .yes : .unknown
    }

    /// Kleene disjunction: true wins over unknown.
    public static func || (lhs: Truth, rhs: @autoclosure () -> Truth) -> Truth {
        if lhs == .yes { return .yes }
        let right = rhs()
        if right == .yes { return .yes }
        return lhs == .no && right == .no ? .no : .unknown
    }
}

extension Truth: Codable {
    /// Encoded as JSON `true`, `false` or `null`, the way situations write facts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .unknown : Truth(try container.decode(Bool.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value = bool { try container.encode(value) } else { try container.encodeNil() }
    }
}
