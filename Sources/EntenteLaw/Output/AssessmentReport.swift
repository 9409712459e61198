import EntenteCore

/// One examined condition as reported.
public struct ConditionReport: Codable, Sendable, Equatable {
    public var code: String
    public var status: ConditionStatus
    public var provision: String
    public var role: ConditionRole
    public var exceptionTo: String?
    /// The facts the condition read.
    public var factsUsed: [FactReport]
    /// One sentence of reasoning; for an unknown status it names the unknown facts that would decide it.
    public var reasoning: String
}

/// One change of a fact in a `would_change` set, values as a situation file writes them.
public struct FactChangeReport: Codable, Sendable, Equatable {
    public var fact: String
    public var from: String
    public var to: String
}

/// A set of one or two fact changes that gives another outcome.
public struct WouldChangeReport: Codable, Sendable, Equatable {
    public var changes: [FactChangeReport]
    /// The outcome the changes give.
    public var outcome: String
}

/// The answer to a legal question as data: the outcome with its reason, each condition with the
/// facts it read, the explanation tree, the `would_change` sets and the facts still unknown.
///
/// Front ends render it (text, HTML) or encode it (JSON); building one does the string work the
/// engine itself avoids, so build one only to show it.
public struct AssessmentReport: Codable, Sendable, Equatable {
    /// The question's name (`self_defence`).
    public var question: String
    /// The rule set applied (`nato`).
    public var ruleSet: String
    public var ruleSetTitle: String
    /// The day whose law was applied, `YYYY-MM-DD`.
    public var lawAsOf: String
    /// Which text of the law was in force then, when the law changed over time.
    public var lawVersion: String?
    public var outcome: String
    /// The one-sentence reason for the outcome.
    public var reasoning: String
    /// Every examined condition, in evaluation order.
    public var conditions: [ConditionReport]
    public var explanation: ExplanationReport
    public var wouldChange: [WouldChangeReport]
    /// Whether the `would_change` search stopped at its budget.
    public var wouldChangeTruncated: Bool
    /// Facts the conditions read that are neither given nor derived, by name.
    public var unknownFacts: [String]
    /// Every fact the situation gave, the engine derived or a condition read, in the question's order.
    public var facts: [FactReport]
    /// For a situation with several acts: each act's answer and the combining rule. The report's
    /// own outcome, conditions and facts are then the deciding act's.
    public var severalActs: SeveralActsReport? = nil

    /// The reported fact named `name`.
    public func fact(named name: String) -> FactReport? {
        facts.first { $0.fact == name }
    }

    /// The reported condition with this code.
    public func condition(_ code: String) -> ConditionReport? {
        conditions.first { $0.code == code }
    }
}
