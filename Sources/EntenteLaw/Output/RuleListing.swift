import EntenteCore

/// A rule book as data for people: what `entente law rules QUESTION` shows.
public struct RuleListing: Codable, Sendable, Equatable {
    /// One condition with its provision, role, period in force and tests written out.
    public struct Condition: Codable, Sendable, Equatable {
        public var code: String
        public var role: ConditionRole
        public var exceptionTo: String?
        /// The period the text was in force, when limited (`in force 1952-02-18 to 1962-07-02`).
        public var inForce: String?
        public var provision: String
        /// When the condition arises; nil when always.
        public var appliesWhen: String?
        public var contestedWhen: String?
        /// The test; nil when the condition never arises.
        public var metWhen: String?
        /// Whether an unknown fact in a test takes a stated default.
        public var usesPresumption: Bool
    }

    /// One line of the outcome decision list.
    public struct Outcome: Codable, Sendable, Equatable {
        public var label: String
        /// The guard over condition statuses; nil for the final `otherwise`.
        public var when: String?
        public var because: String
    }

    /// The rule set's key (`nato`) and title.
    public var key: String
    public var title: String
    /// The periods of the versions, when the text changed over time.
    public var versions: [String]
    /// Conditions in evaluation order.
    public var conditions: [Condition]
    /// The outcome rules; the first that holds decides.
    public var outcomes: [Outcome]
}

extension RuleListing {
    /// The listing of a rule book.
    public init(_ book: RuleBook) {
        let rules = book.ruleSet
        let schema = rules.schema
        let conditions = rules.conditions.map { rule in
            var applies: String?
            if case .constant(.yes) = rule.appliesWhen {} else { applies = rule.appliesWhen.rendered(in: schema) }
            var test: String?
            if case .constant(.no) = rule.appliesWhen {} else { test = rule.test.rendered(in: schema) }
            return Condition(
                code: rule.code, role: rule.role, exceptionTo: rule.exceptionTo, inForce: rule.inForce.label,
                provision: rule.provision, appliesWhen: applies,
                contestedWhen: rule.contestedWhen?.rendered(in: schema), metWhen: test,
                usesPresumption: rule.test.hasPresumption || rule.appliesWhen.hasPresumption)
        }
        let outcomes = rules.outcomeRules.map { outcome in
            var when: String? = outcome.when.rendered(in: schema)
            if case .constant(.yes) = outcome.when { when = nil }
            return Outcome(label: outcome.label, when: when, because: outcome.because)
        }
        self.init(
            key: rules.key, title: rules.title,
            versions: book.variants.count > 1 ? book.variants.compactMap { $0.period.label } : [],
            conditions: conditions, outcomes: outcomes)
    }
}
