/// The type of value a fact holds.
///
/// Every fact may also be unknown (`null` or absent in a situation file).
public enum FactKind: Sendable, Equatable {
    /// `true`, `false` or unknown.
    case truth
    /// One of a fixed list of labels.
    case choice([String])
    /// A number; `integer` facts refuse fractions.
    case number(integer: Bool)
    /// A calendar day written `YYYY-MM-DD`.
    case date
    /// One State, given as ISO 3166 alpha-3, COW code or a name the knowledge base knows.
    case state
    /// A list of States.
    case states
    /// Free text (a name, a place, a quotation); shown in explanations, never reasoned on.
    case text

    /// A short name of the kind for listings and error messages.
    public var label: String {
        switch self {
        case .truth: "true|false|null"
        case .choice(let options): options.joined(separator: "|")
        case .number(let integer): integer ? "integer" : "number"
        case .date: "date YYYY-MM-DD"
        case .state: "state"
        case .states: "list of states"
        case .text: "text"
        }
    }
}

/// Which way a fact pushes the outcome when it becomes true.
///
/// Used by the property tests that check monotonicity and shown by `entente law facts`.
public enum FactPolarity: Sendable, Equatable {
    /// Establishing the fact never makes the outcome less favourable to the acting State or claim.
    case favours
    /// Establishing the fact never makes the outcome more favourable.
    case opposes
    /// No monotone relation is claimed.
    case neutral
}
