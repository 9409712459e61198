public import EntenteCore

/// One fact changed to another value.
public struct FactChange: Sendable, Equatable {
    /// The fact.
    public let fact: FactID
    /// The encoded value it had (NaN when unknown).
    public let from: Double
    /// The encoded value that would change the outcome.
    public let to: Double

    public static func == (l: FactChange, r: FactChange) -> Bool {
        l.fact == r.fact && l.to == r.to && (l.from == r.from || (l.from.isNaN && r.from.isNaN))
    }
}

/// A smallest set of fact changes (one or two) that would give a different outcome.
public struct FactChangeSet: Sendable, Equatable {
    /// The first (or only) change.
    public let first: FactChange
    /// The second change of a pair.
    public let second: FactChange?
    /// The index of the outcome the changes would give.
    public let outcome: Int

    /// The changes in the set.
    public var changes: [FactChange] { second.map { [first, $0] } ?? [first] }
}

/// The engine's answer to one question about one situation.
///
/// It holds what the engine computed — each condition's status, the outcome rule that fired, the
/// smallest fact changes that would flip the outcome — and renders reasoning, the explanation tree
/// and the text/JSON/HTML reports only when asked, so the simulation pays nothing for strings.
public struct Assessment: Sendable {
    /// The compiled rule set (the law in force on the governing day).
    public let ruleSet: CompiledRuleSet
    /// The facts the assessment used, after knowledge-base lookups and derivations.
    public let facts: FactTable
    /// Each condition's status, indexed like `ruleSet.conditions`.
    public let statuses: StatusVector
    /// The index of the outcome rule that decided.
    public let outcomeRule: Int
    /// The index of the outcome label in `ruleSet.ruleSet.outcomes`.
    public let outcome: Int
    /// The smallest sets of fact changes that would change the outcome.
    public let wouldChange: [FactChangeSet]
    /// Whether the search for `wouldChange` stopped at its budget.
    public let wouldChangeTruncated: Bool
    /// The day whose law was applied.
    public let governingDay: Day
    /// For a situation with several acts, each act's answer and the rule that combined them; this
    /// assessment is then the deciding act's, so its outcome is the whole situation's.
    public internal(set) var severalActs: SeveralActs? = nil

    /// The outcome label (`lawful`, `triggered`, …).
    public var outcomeLabel: String { ruleSet.outcomeLabel(outcome) }

    /// The question answered.
    public var question: Question { ruleSet.ruleSet.schema.question }

    /// The status of a condition by code, or `nil` when the rule set has no such condition in force.
    public func status(of code: String) -> ConditionStatus? {
        ruleSet.conditionIndex(code).map { statuses[$0] }
    }
}
