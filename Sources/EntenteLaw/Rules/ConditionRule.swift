public import EntenteCore

/// The part a condition plays in its rule set.
public enum ConditionRole: String, Sendable {
    /// Must be met for the rule to give its positive result.
    case requirement
    /// Defeats a rule when it is established (met). An exception that is unknown is reported, and
    /// listed in `would_change`, but does not by itself make the outcome unknown: the party relying
    /// on the exception must establish it.
    case exception
    /// Another legal basis that makes the question moot when met.
    case alternativeBasis = "alternative_basis"
    /// Shown and explained, but evidential only: it does not decide the outcome on its own.
    case evidence
    /// A threshold whose status selects which obligations apply.
    case threshold
}

/// A span of days a text of the law was in force; `until` is exclusive.
public struct InForce: Sendable, Equatable {
    /// First day in force.
    public var from: Day?
    /// First day no longer in force.
    public var until: Day?

    /// A span from `from` (inclusive) to `until` (exclusive); `nil` ends are open.
    public init(from: Day? = nil, until: Day? = nil) {
        self.from = from
        self.until = until
    }

    /// Whether the text is in force on `day`.
    public func contains(_ day: Day) -> Bool {
        (from.map { day >= $0 } ?? true) && (until.map { day < $0 } ?? true)
    }

    /// Always in force.
    public static let always = InForce()

    var label: String? {
        switch (from, until) {
        case (nil, nil): nil
        case (let f?, nil): "in force from \(f.iso)"
        case (nil, let u?): "in force until \(u.adding(days: -1).iso)"
        case (let f?, let u?): "in force \(f.iso) to \(u.adding(days: -1).iso)"
        }
    }
}

/// One legal condition: its code, the provision it comes from, when it arises, how it is tested,
/// and a sentence of reasoning for each status.
///
/// Conditions are evaluated in declaration order; a criterion may refer to an earlier condition's
/// status by code. Status is decided as follows: if ``appliesWhen`` is false the condition is
/// `not_applicable` (unknown: `unknown`); else if ``contestedWhen`` is true it is `contested`;
/// else ``test`` gives `met`, `not_met` or `unknown`.
public struct ConditionRule: Sendable {
    /// The condition code (`ARMED_ATTACK`).
    public var code: String
    /// The provision(s) cited.
    public var provision: String
    /// The part the condition plays.
    public var role: ConditionRole
    /// For an exception, the condition or rule it is an exception to.
    public var exceptionTo: String?
    /// When this text of the condition is in force.
    public var inForce: InForce
    /// When the condition arises at all.
    public var appliesWhen: Criterion
    /// When the law on the known facts is disputed.
    public var contestedWhen: Criterion?
    /// When the condition is met.
    public var test: Criterion
    /// One sentence of reasoning per status.
    public var reasons: [ConditionStatus: String]

    init(
        _ code: String, provision: String, role: ConditionRole, exceptionTo: String? = nil,
        inForce: InForce = .always, appliesWhen: Criterion, contestedWhen: Criterion?, test: Criterion,
        met: String, notMet: String, unknown: String?, notApplicable: String?, contested: String?
    ) {
        self.code = code
        self.provision = provision
        self.role = role
        self.exceptionTo = exceptionTo
        self.inForce = inForce
        self.appliesWhen = appliesWhen
        self.contestedWhen = contestedWhen
        self.test = test
        var reasons: [ConditionStatus: String] = [.met: met, .notMet: notMet]
        reasons[.unknown] = unknown
        reasons[.notApplicable] = notApplicable
        reasons[.contested] = contested
        self.reasons = reasons
    }
}

/// A declaration in a rule set that produces one ``ConditionRule``.
public protocol ConditionDeclaration: Sendable {
    /// The condition declared.
    var rule: ConditionRule { get }
}

extension ConditionRule: ConditionDeclaration {
    /// The rule itself.
    public var rule: ConditionRule { self }
}

/// A declaration whose role alone sets it apart: ``Requirement``, ``AlternativeBasis``, ``Evidence``
/// and ``Threshold`` share one initialiser, so their parameters cannot drift apart.
public protocol RoleDeclaration: ConditionDeclaration {
    /// The part every condition of this declaration plays.
    static var role: ConditionRole { get }
    /// Wraps a built condition.
    init(rule: ConditionRule)
}

extension RoleDeclaration {
    /// Declares the condition.
    ///
    /// - Parameters:
    ///   - code: the condition code (`legal-facts.md` vocabulary).
    ///   - provision: the provision(s) the condition comes from.
    ///   - inForce: the period the text is in force, for law versioned by date.
    ///   - appliesWhen: when the condition arises at all (else `not_applicable`).
    ///   - contestedWhen: when the law on the known facts is disputed (then `contested`).
    ///   - test: when the condition is met.
    ///   - met: one sentence of reasoning for each status; `unknown` reasoning gets the deciding facts appended.
    public init(
        _ code: String, _ provision: String, inForce: InForce = .always,
        appliesWhen: Criterion = always, contestedWhen: Criterion? = nil, test: Criterion,
        met: String, notMet: String, unknown: String? = nil, notApplicable: String? = nil, contested: String? = nil
    ) {
        self.init(
            rule: ConditionRule(
                code, provision: provision, role: Self.role, inForce: inForce, appliesWhen: appliesWhen,
                contestedWhen: contestedWhen, test: test, met: met, notMet: notMet, unknown: unknown,
                notApplicable: notApplicable, contested: contested))
    }
}

/// Declares a condition that must be met.
public struct Requirement: RoleDeclaration {
    /// The part the condition plays.
    public static let role = ConditionRole.requirement
    /// The condition declared.
    public let rule: ConditionRule
    /// Wraps a built condition.
    public init(rule: ConditionRule) { self.rule = rule }
}

/// Declares another legal basis that makes the question moot when met.
public struct AlternativeBasis: RoleDeclaration {
    /// The part the condition plays.
    public static let role = ConditionRole.alternativeBasis
    /// The condition declared.
    public let rule: ConditionRule
    /// Wraps a built condition.
    public init(rule: ConditionRule) { self.rule = rule }
}

/// Declares an evidential condition: explained, never decisive on its own.
public struct Evidence: RoleDeclaration {
    /// The part the condition plays.
    public static let role = ConditionRole.evidence
    /// The condition declared.
    public let rule: ConditionRule
    /// Wraps a built condition.
    public init(rule: ConditionRule) { self.rule = rule }
}

/// Declares a threshold: its status selects which obligations apply.
public struct Threshold: RoleDeclaration {
    /// The part the condition plays.
    public static let role = ConditionRole.threshold
    /// The condition declared.
    public let rule: ConditionRule
    /// Wraps a built condition.
    public init(rule: ConditionRule) { self.rule = rule }
}

/// Declares an exception: a separate rule that, when met, defeats the rule named by `to`; its other
/// parameters are those of ``RoleDeclaration/init(_:_:inForce:appliesWhen:contestedWhen:test:met:notMet:unknown:notApplicable:contested:)``.
public struct Exception: ConditionDeclaration {
    /// The condition declared.
    public let rule: ConditionRule

    /// Declares the condition.
    public init(
        _ code: String, _ provision: String, to: String, inForce: InForce = .always,
        appliesWhen: Criterion = always, contestedWhen: Criterion? = nil, test: Criterion,
        met: String, notMet: String, unknown: String? = nil, notApplicable: String? = nil, contested: String? = nil
    ) {
        rule = ConditionRule(
            code, provision: provision, role: .exception, exceptionTo: to, inForce: inForce, appliesWhen: appliesWhen,
            contestedWhen: contestedWhen, test: test, met: met, notMet: notMet, unknown: unknown,
            notApplicable: notApplicable, contested: contested)
    }
}

/// One line of a question's outcome decision list: the first rule whose guard holds gives the outcome.
public struct OutcomeRule: Sendable {
    /// The outcome label.
    public var label: String
    /// The guard, over condition statuses.
    public var when: Criterion
    /// One sentence saying why.
    public var because: String
}

/// Declares an outcome rule: `label` when `when` holds, with the one-sentence reason `because`.
public struct Outcome: Sendable {
    /// The outcome rule declared.
    public let rule: OutcomeRule

    /// Declares the outcome rule.
    public init(_ label: String, when: Criterion, because: String) {
        rule = OutcomeRule(label: label, when: when, because: because)
    }
}
