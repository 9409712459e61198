/// A part of a rule set declaration.
public enum RulePart: Sendable {
    case condition(ConditionRule)
    case outcome(OutcomeRule)
}

/// Collects conditions, exceptions and outcome rules into a ``RuleSet``.
@resultBuilder
public enum RuleSetBuilder {
    /// A condition or exception declaration.
    public static func buildExpression(_ declaration: some ConditionDeclaration) -> [RulePart] {
        [.condition(declaration.rule)]
    }
    /// An outcome rule.
    public static func buildExpression(_ outcome: Outcome) -> [RulePart] { [.outcome(outcome.rule)] }
    /// Parts built elsewhere (shared declarations).
    public static func buildExpression(_ parts: [RulePart]) -> [RulePart] { parts }
    /// Concatenates the parts of a block.
    public static func buildBlock(_ parts: [RulePart]...) -> [RulePart] { parts.flatMap { $0 } }
    /// Parts from a `for` loop.
    public static func buildArray(_ parts: [[RulePart]]) -> [RulePart] { parts.flatMap { $0 } }
    /// Parts from an `if` without `else`.
    public static func buildOptional(_ parts: [RulePart]?) -> [RulePart] { parts ?? [] }
    /// The first branch of an `if`/`else`.
    public static func buildEither(first parts: [RulePart]) -> [RulePart] { parts }
    /// The second branch of an `if`/`else`.
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
    /// The facts the rule set reads.
    public let schema: FactSchema
    /// The outcome labels this rule set may give.
    public let outcomes: [String]
    /// Outcome labels in tiers from least to most favourable to the claim examined; labels in no
    /// tier (such as "another basis applies") are not ranked. The monotonicity tests use it.
    public let ranking: [[String]]
    /// The conditions and exceptions, in evaluation order (all periods).
    public let conditions: [ConditionRule]
    /// The outcome decision list: the first rule whose guard holds decides.
    public let outcomeRules: [OutcomeRule]

    /// Declares a rule set.
    ///
    /// - Parameters:
    ///   - key: a key naming the rule set.
    ///   - title: a title for listings.
    ///   - schema: the facts it reads.
    ///   - outcomes: every outcome label it may give.
    ///   - ranking: outcome tiers from least to most favourable to the claim.
    ///   - body: the conditions, exceptions and outcome rules.
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
