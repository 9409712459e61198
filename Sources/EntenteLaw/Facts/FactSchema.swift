import EntenteCore
import Synchronization

/// The dense index of a fact inside one question's ``FactSchema``.
///
/// Fact tables are arrays indexed by this number, so a rule reads a fact with one array access.
public struct FactID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The position of the fact in its schema.
    public let index: Int

    init(_ index: Int) { self.index = index }

    public static func < (lhs: FactID, rhs: FactID) -> Bool { lhs.index < rhs.index }
    public var description: String { "#\(index)" }
}

/// One fact a question accepts: its name in situation files, its kind, and what it means.
public struct FactDefinition: Sendable {
    /// The fact's dense index.
    public let id: FactID
    /// The name in situation files; nested fields use a dot (`location.in_europe`, `votes.for`).
    public let name: String
    /// The kind of value it holds.
    public let kind: FactKind
    /// One sentence saying what the fact means.
    public let summary: String
    /// Which way the fact pushes the outcome (see ``FactPolarity``).
    public let polarity: FactPolarity
    /// Where the engine takes the value from when the situation leaves it out, if anywhere.
    public let derivedFrom: String?
}

/// The ordered set of facts one question accepts.
///
/// A schema is built once per question and shared by reference; its order gives every fact a dense
/// ``FactID``.
public final class FactSchema: Sendable {
    /// The question this schema belongs to.
    public let question: Question
    /// The facts in id order.
    public let facts: [FactDefinition]
    private let byName: [String: FactID]

    init(_ question: Question, _ entries: [FactEntry]) {
        self.question = question
        var facts: [FactDefinition] = []
        var byName: [String: FactID] = [:]
        for (offset, entry) in entries.enumerated() {
            precondition(byName[entry.name] == nil, "duplicate fact \(entry.name)")
            let id = FactID(offset)
            facts.append(
                FactDefinition(
                    id: id, name: entry.name, kind: entry.kind, summary: entry.summary,
                    polarity: entry.polarity, derivedFrom: entry.derivedFrom))
            byName[entry.name] = id
        }
        self.facts = facts
        self.byName = byName
    }

    /// The number of facts.
    public var count: Int { facts.count }

    /// The id of a fact by name, or `nil` when the question has no such fact.
    public func id(named name: String) -> FactID? { byName[name] }

    /// The id of a fact the rule sets rely on; a missing name is a programming error.
    func required(_ name: String) -> FactID {
        guard let id = byName[name] else { preconditionFailure("no fact \(name) in \(question.name)") }
        return id
    }

    /// The definition of a fact.
    public subscript(id: FactID) -> FactDefinition { facts[id.index] }

    /// Names of object facts (`location`, `votes`) whose fields are written as a nested mapping.
    public var objectPrefixes: Set<String> {
        Set(facts.compactMap { fact in fact.name.firstIndex(of: ".").map { String(fact.name[..<$0]) } })
    }

    /// Fact names close to `name`, for "did you mean" messages.
    public func suggestions(for name: String) -> [String] {
        let scored = facts.map { ($0.name, Suggestions.editDistance($0.name, name)) }
        let limit = max(2, name.count / 3)
        return scored.filter { $0.1 <= limit }.sorted { $0.1 < $1.1 }.prefix(3).map(\.0)
    }
}

/// A fact as written in a question's declaration, before it gets its id.
struct FactEntry: Sendable {
    var name: String
    var kind: FactKind
    var summary: String
    var polarity: FactPolarity = .neutral
    var derivedFrom: String? = nil
}

/// Names one fact of a question: its ``FactID``, or the ``Fact`` that declares it.
public protocol FactReference: Sendable {
    /// The fact's dense index in its question's schema.
    var id: FactID { get }
}

extension FactID: FactReference {
    /// The id itself.
    public var id: FactID { self }
}

/// One fact as a question declares it: the name, kind and meaning are written once, in the
/// declaration, and both the schema and the rules refer to the declaration.
///
/// The id is looked up in the schema the first time it is asked for, because the schema is built
/// from the declarations and so cannot exist before them; after that it is remembered (rules read
/// facts millions of times a second, and a look-up by name hashes the name each time). A class, so
/// that reading a declaration's id copies nothing.
public final class Fact: FactReference {
    let entry: FactEntry
    let schema: @Sendable () -> FactSchema
    /// The id once looked up, or -1. Every thread finds the same index, so relaxed order suffices.
    private let resolved = Atomic<Int>(-1)

    init(entry: FactEntry, schema: @escaping @Sendable () -> FactSchema) {
        self.entry = entry
        self.schema = schema
    }

    /// The fact's dense index in its question's schema.
    public var id: FactID {
        let index = resolved.load(ordering: .relaxed)
        if index >= 0 { return FactID(index) }
        let id = schema().required(entry.name)
        resolved.store(id.index, ordering: .relaxed)
        return id
    }
}

/// A question's facts, each declared once as a `static let` made by ``fact(_:_:_:_:derivedFrom:)``;
/// `schema` lists the declarations in schema order.
protocol FactDeclarations: SendableMetatype {
    static var schema: FactSchema { get }
}

extension FactDeclarations {
    /// Declares a fact of this question.
    static func fact(
        _ name: String, _ kind: FactKind, _ summary: String, _ polarity: FactPolarity = .neutral,
        derivedFrom: String? = nil
    ) -> Fact {
        fact(FactEntry(name: name, kind: kind, summary: summary, polarity: polarity, derivedFrom: derivedFrom))
    }

    /// Declares, for this question, a fact whose meaning is shared with other questions.
    static func fact(_ entry: FactEntry) -> Fact { Fact(entry: entry, schema: { schema }) }
}
