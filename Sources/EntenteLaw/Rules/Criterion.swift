public import EntenteCore

/// A three-valued test over facts and earlier conditions, the body of a rule.
///
/// Criteria are written with ordinary operators and read like the law:
///
/// ```swift
/// fact(F.armedAttackOccurred) && unless(F.attackGravity, is: "below_armed_attack")
/// ```
///
/// `&&`, `||` and `!` follow Kleene's strong logic (false wins a conjunction over unknown, true
/// wins a disjunction). A few operators encode presumptions on purpose — ``unless(_:)``,
/// ``unless(_:is:)`` and ``Criterion/otherwise(_:)`` — and are listed as such by
/// `entente law rules`, because they are the places where an unknown fact is given a default.
public indirect enum Criterion: Sendable {
    /// A truth fact.
    case fact(FactID)
    /// A choice fact equals a label.
    case equals(FactID, String)
    /// A number fact is at least a value.
    case atLeast(FactID, Double)
    /// A number fact is strictly greater than a value.
    case greaterThan(FactID, Double)
    /// The status of an earlier condition is one of a set.
    case status(String, [ConditionStatus])
    /// A constant.
    case constant(Truth)
    /// Kleene negation.
    case not(Criterion)
    /// Kleene conjunction.
    case all([Criterion])
    /// Kleene disjunction.
    case any([Criterion])
    /// Presumption: yes unless the truth fact is established (`true`).
    case unlessEstablished(FactID)
    /// Presumption: yes unless the choice fact equals the label.
    case unlessEquals(FactID, String)
    /// The first criterion when it is known, else the second (evidence used only as a fallback).
    case firstKnown(Criterion, Criterion)
    /// If-then-else; when the condition is unknown the result is known only if both branches agree.
    case ifThenElse(Criterion, Criterion, Criterion)

    public static func && (lhs: Criterion, rhs: Criterion) -> Criterion {
        if case .all(let l) = lhs { return .all(l + [rhs]) }
        return .all([lhs, rhs])
    }

    public static func || (lhs: Criterion, rhs: Criterion) -> Criterion {
        if case .any(let l) = lhs { return .any(l + [rhs]) }
        return .any([lhs, rhs])
    }

    public static prefix func ! (operand: Criterion) -> Criterion { .not(operand) }

    /// This criterion when it is known, otherwise `fallback`.
    public func otherwise(_ fallback: Criterion) -> Criterion { .firstKnown(self, fallback) }

    /// Whether the criterion contains a presumption operator.
    var hasPresumption: Bool {
        switch self {
        case .unlessEstablished, .unlessEquals, .firstKnown: true
        case .fact, .equals, .atLeast, .greaterThan, .status, .constant: false
        case .not(let c): c.hasPresumption
        case .all(let cs), .any(let cs): cs.contains { $0.hasPresumption }
        case .ifThenElse(let a, let b, let c): a.hasPresumption || b.hasPresumption || c.hasPresumption
        }
    }

    /// Writes the criterion for people, with fact names from `schema`.
    public func rendered(in schema: FactSchema) -> String { render(schema, top: true) }

    private func render(_ s: FactSchema, top: Bool) -> String {
        func wrap(_ text: String) -> String { top ? text : "(\(text))" }
        switch self {
        case .fact(let f): return s[f].name
        case .equals(let f, let v): return "\(s[f].name) = \(v)"
        case .atLeast(let f, let v): return "\(s[f].name) ≥ \(Criterion.number(v))"
        case .greaterThan(let f, let v): return "\(s[f].name) > \(Criterion.number(v))"
        case .status(let code, let statuses):
            return "\(code) is " + statuses.map(\.label).joined(separator: " or ")
        case .constant(let t): return t == .yes ? "always" : (t == .no ? "never" : "unknown")
        case .not(.unlessEstablished(let f)): return "\(s[f].name) is established"
        case .not(let c): return "not " + c.render(s, top: false)
        case .all(let cs): return wrap(cs.map { $0.render(s, top: false) }.joined(separator: " and "))
        case .any(let cs): return wrap(cs.map { $0.render(s, top: false) }.joined(separator: " or "))
        case .unlessEstablished(let f): return "unless \(s[f].name) is established"
        case .unlessEquals(let f, let v): return "unless \(s[f].name) = \(v)"
        case .firstKnown(let a, let b):
            return wrap("\(a.render(s, top: false)), or failing that \(b.render(s, top: false))")
        case .ifThenElse(let a, let b, let c):
            return wrap("if \(a.render(s, top: false)) then \(b.render(s, top: false)) else \(c.render(s, top: false))")
        }
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}

// MARK: - Building blocks, named as the rule files read them

/// A truth fact is established.
public func fact(_ id: some FactReference) -> Criterion { .fact(id.id) }
/// A choice fact equals a label.
public func choice(_ id: some FactReference, is label: String) -> Criterion { .equals(id.id, label) }
/// A number fact is at least `value`.
public func atLeast(_ id: some FactReference, _ value: Double) -> Criterion { .atLeast(id.id, value) }
/// A number fact is more than `value`.
public func moreThan(_ id: some FactReference, _ value: Double) -> Criterion { .greaterThan(id.id, value) }
/// Presumption: holds unless the truth fact is established.
public func unless(_ id: some FactReference) -> Criterion { .unlessEstablished(id.id) }
/// Presumption: holds unless the choice fact equals the label.
public func unless(_ id: some FactReference, is label: String) -> Criterion { .unlessEquals(id.id, label) }
/// Holds only when the truth fact is established (`true`); unknown counts as not established.
/// A presumption: use it for alternative routes that the party relying on them must show.
public func established(_ id: some FactReference) -> Criterion { .not(.unlessEstablished(id.id)) }
/// An earlier condition is met.
public func met(_ code: String) -> Criterion { .status(code, [.met]) }
/// An earlier condition is not met.
public func notMet(_ code: String) -> Criterion { .status(code, [.notMet]) }
/// An earlier condition is unknown.
public func unknown(_ code: String) -> Criterion { .status(code, [.unknown]) }
/// An earlier condition is contested.
public func contested(_ code: String) -> Criterion { .status(code, [.contested]) }
/// An earlier condition has one of the statuses.
public func status(_ code: String, _ statuses: ConditionStatus...) -> Criterion { .status(code, statuses) }
/// Any of the conditions has the status.
public func any(of codes: [String], _ status: ConditionStatus) -> Criterion {
    .any(codes.map { .status($0, [status]) })
}
/// Always true: the last outcome rule's guard.
public let always = Criterion.constant(.yes)
