/// A part of a rule set declaration.
public enum RulePart: Sendable {
    case condition(ConditionRule)
    case outcome(OutcomeRule)
}

/// Collects conditions, exceptions and outcome rules into a ``RuleSet``.
@resultBuilder
public enum RuleSetBuilder {
    public static func buildExpression(_ declaration: some ConditionDeclaration) -> [RulePart] {
        [.condition(declaration.rule)]
    }
    public static func buildExpression(_ outcome: Outcome) -> [RulePart] { [.outcome(outcome.rule)] }
    public static func buildExpression(_ parts: [RulePart]) -> [RulePart] { parts }
    public static func buildBlock(_ parts: [RulePart]...) -> [RulePart] { parts.flatMap { $0 } }
    public static func buildArray(_ parts: [[RulePart]]) -> [RulePart] { parts.flatMap { $0 } }
    public static func buildOptional(_ parts: [RulePart]?) -> [RulePart] { parts ?? [] }
    public static func buildEither(first parts: [RulePart]) -> [RulePart] { parts }
    public static func buildEither(second parts: [RulePart]) -> [RulePart] { parts }
}

/// The declared law for one question (or one treaty under a question): its conditions in
/// evaluation order, its exceptions, and its outcome decision list.
///
/// ```swift
/// RuleSet("self_defence", title: "Self-defence", schema: F.schema, outcomes: [...], ranking: [...]) {
///     Requirement("NECESSITY", "Customary law; ICJ Nicaragua (1986) para. 194",
///                 test: fact(F.necessity), met: "…", notMet: "…")
///     Outcome("lawful", when: always, because: "…")
/// }
/// ```
public struct RuleSet: Sendable {
    /// A key naming the rule set (`self_defence`, `collective_defence/NATO/5`).
    public let key: String
    /// A title for listings.
    public let title: String
    public let schema: FactSchema
    /// The outcome labels this rule set may give.
    public let outcomes: [String]
    /// Outcome labels in tiers from least to most favourable to the claim examined; labels in no
    /// tier (such as "another basis applies") are not ranked. The monotonicity tests use it.
    public let ranking: [[String]]
    public let conditions: [ConditionRule]
    public let outcomeRules: [OutcomeRule]

    public init(
        _ key: String, title: String, schema: FactSchema, outcomes: [String], ranking: [[String]],
        @RuleSetBuilder _ body: () -> [RulePart]
    ) {
        self.key = key
        self.title = title
        self.schema = schema
        self.outcomes = outcomes
        self.ranking = ranking
        var conditions: [ConditionRule] = []
        var outcomeRules: [OutcomeRule] = []
        for part in body() {
            switch part {
            case .condition(let c): conditions.append(c)
            case .outcome(let o): outcomeRules.append(o)
            }
        }
        self.conditions = conditions
        self.outcomeRules = outcomeRules
    }

    /// The tier of an outcome label in ``ranking``, or `nil` when it is not ranked.
    public func rank(of label: String) -> Int? { ranking.firstIndex { $0.contains(label) } }
}
