public import EntenteCore

/// A situation: the question asked, the day it is asked about, and the facts.
///
/// Read one from YAML or JSON with ``parse(_:file:knowledge:)``; build one in code with
/// ``init(question:asOf:facts:title:file:)`` (the simulation's path).
///
/// ```yaml
/// question: self_defence
/// as_of: 1990-08-03
/// facts:
///   acting_state: KWT
///   armed_attack_occurred: true
/// ```
public struct Situation: Sendable {
    /// The question asked.
    public var question: Question
    /// The day the law and the memberships are read at.
    public var asOf: Day
    /// The facts, with States resolved to COW codes.
    public var facts: FactTable
    /// An optional title.
    public var title: String?
    /// The `expected:` block of a worked example, kept as written (the engine ignores it).
    public var expected: SituationValue.Located?
    /// The file name used in messages.
    public var file: String

    /// A situation built in code.
    public init(question: Question, asOf: Day, facts: FactTable, title: String? = nil, file: String = "situation") {
        self.question = question
        self.asOf = asOf
        self.facts = facts
        self.title = title
        self.expected = nil
        self.file = file
    }

    /// Earliest and latest day any situation may name.
    public static let supportedDays = (
        first: Day(year: 1816, month: 1, day: 1)!, last: Day(year: 2100, month: 12, day: 31)!
    )

    static let topLevelKeys = ["question", "as_of", "facts", "title", "description", "notes", "expected"]

    /// Reads a situation from YAML or JSON text.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the file name, used in error messages.
    ///   - knowledge: resolves State references.
    /// - Throws: `EntenteError` naming the file, line and field path of the first problem:
    ///   an unknown question or fact, a value of the wrong type, an unknown State, a date that does
    ///   not exist or is out of range.
    public static func parse(_ text: String, file: String, knowledge: any LawKnowledge) throws(EntenteError)
        -> Situation
    {
        let root = try SituationReader.read(text, file: file)
        guard case .map(let pairs) = root.value else {
            throw EntenteError(
                .invalidInput,
                "\(file):\(root.line): expected a mapping with question, as_of and facts, found \(root.value.typeName)."
            )
        }
        var question: Question?
        var asOf: Day?
        var factsNode: SituationValue.Located?
        var title: String?
        var expected: SituationValue.Located?
        for (key, value) in pairs {
            let place = "\(file):\(value.line): \(key)"
            switch key {
            case "question":
                guard case .string(let name) = value.value else {
                    throw EntenteError(
                        .invalidInput, "\(place): expected a question name, found \(value.value.typeName).")
                }
                if QuestionKind(name: name) == .customaryLaw {
                    throw EntenteError(
                        .invalidInput,
                        "\(place): customary_law is judged from a candidate rule with its evidence, not from a situation's facts; read the file as a law document."
                    )
                }
                guard let q = Question(rawValue: name) else {
                    let names = QuestionKind.names
                    let close = names.filter { Suggestions.editDistance($0, name) <= 3 }
                    let hint = close.isEmpty ? "" : " Did you mean \(close.joined(separator: " or "))?"
                    throw EntenteError(
                        .invalidInput,
                        "\(place): unknown question \"\(name)\"; expected one of \(names.joined(separator: ", ")).\(hint)"
                    )
                }
                question = q
            case "as_of":
                asOf = try parseDay(value, place: place)
            case "facts":
                factsNode = value
            case "title":
                if case .string(let s) = value.value { title = s }
            case "expected":
                expected = value
            case "description", "notes":
                break
            default:
                let close = topLevelKeys.filter { Suggestions.editDistance($0, key) <= 2 }
                let hint = close.isEmpty ? "" : " Did you mean \(close.joined(separator: " or "))?"
                throw EntenteError(
                    .invalidInput,
                    "\(place): unknown key; a situation has \(topLevelKeys.joined(separator: ", ")).\(hint)")
            }
        }
        guard let question else {
            throw EntenteError(
                .invalidInput,
                "\(file): question: missing; expected one of \(Question.allCases.map(\.name).joined(separator: ", ")).")
        }
        guard let asOf else {
            throw EntenteError(
                .invalidInput, "\(file): as_of: missing; expected the day the law is read at, written YYYY-MM-DD.")
        }
        let schema = LawEngine.shared.schema(for: question)
        var facts = FactTable(schema: schema)
        if let factsNode {
            switch factsNode.value {
            case .null: break
            case .map(let entries):
                var binder = FactBinder(schema: schema, file: file, knowledge: knowledge)
                binder.day = asOf
                try binder.bind(entries, prefix: "", into: &facts)
            default:
                throw EntenteError(
                    .invalidInput,
                    "\(file):\(factsNode.line): facts: expected a mapping of fact names to values, found \(factsNode.value.typeName)."
                )
            }
        }
        var situation = Situation(question: question, asOf: asOf, facts: facts, title: title, file: file)
        situation.expected = expected
        return situation
    }

    static func parseDay(_ value: SituationValue.Located, place: String) throws(EntenteError) -> Day {
        guard case .string(let text) = value.value else {
            throw EntenteError(
                .invalidDate, "\(place): expected a date written YYYY-MM-DD, found \(value.value.shown).")
        }
        guard let day = Day(iso: text) else {
            throw EntenteError(
                .invalidDate, "\(place): \"\(text)\" is not a date; expected YYYY-MM-DD (a day that exists).")
        }
        guard day >= supportedDays.first, day <= supportedDays.last else {
            throw EntenteError(
                .invalidDate,
                "\(place): \(text) is out of range; Entente reads dates from \(supportedDays.first.iso) to \(supportedDays.last.iso)."
            )
        }
        return day
    }
}

/// Binds the `facts:` mapping of a situation to a ``FactTable``, checking every value's type.
struct FactBinder {
    let schema: FactSchema
    let file: String
    let knowledge: any LawKnowledge
    /// The situation's `as_of`: State codes are read as they stood on it (``StateSuccession``).
    var day: Day?
    let prefixes: Set<String>

    init(schema: FactSchema, file: String, knowledge: any LawKnowledge) {
        self.schema = schema
        self.file = file
        self.knowledge = knowledge
        self.prefixes = schema.objectPrefixes
    }

    mutating func bind(
        _ entries: [(key: String, value: SituationValue.Located)], prefix: String, into facts: inout FactTable
    ) throws(EntenteError) {
        for (key, located) in entries {
            let name = prefix + key
            let place = "\(file):\(located.line): facts.\(name)"
            if prefixes.contains(name) {
                switch located.value {
                case .null: continue
                case .map(let inner): try bind(inner, prefix: name + ".", into: &facts)
                default:
                    let fields = schema.facts.filter { $0.name.hasPrefix(name + ".") }.map {
                        String($0.name.dropFirst(name.count + 1))
                    }
                    throw EntenteError(
                        .invalidInput,
                        "\(place): expected a mapping with fields \(fields.joined(separator: ", ")), found \(located.value.shown)."
                    )
                }
                continue
            }
            if name.hasSuffix("_note"), let base = schema.id(named: String(name.dropLast(5))) {
                guard case .string(let note) = located.value else {
                    throw EntenteError(
                        .invalidInput, "\(place): expected a note as text, found \(located.value.typeName).")
                }
                facts[note: base] = note
                continue
            }
            guard let id = schema.id(named: name) else {
                let suggestions = schema.suggestions(for: name)
                let hint =
                    suggestions.isEmpty
                    ? " Run `entente law facts \(schema.question.name)` for the list."
                    : " Did you mean \(suggestions.joined(separator: " or "))?"
                throw EntenteError(
                    .invalidInput, "\(place): \(schema.question.name) has no fact named \"\(name)\".\(hint)")
            }
            try bind(located.value, to: id, place: place, into: &facts)
        }
    }

    func bind(_ value: SituationValue, to id: FactID, place: String, into facts: inout FactTable) throws(EntenteError) {
        let kind = schema[id].kind
        if case .null = value { return }
        func wrongType(_ expected: String) -> EntenteError {
            EntenteError(.invalidInput, "\(place): expected \(expected), found \(value.shown).")
        }
        switch kind {
        case .truth:
            guard case .bool(let b) = value else { throw wrongType("true, false or null") }
            facts[truth: id] = b ? .yes : .no
        case .choice(let options):
            guard case .string(let s) = value, let index = options.firstIndex(of: s) else {
                throw wrongType("one of \(options.joined(separator: ", "))")
            }
            facts.setRaw(id, Double(index))
        case .number(let integer):
            guard case .number(let n) = value else { throw wrongType(integer ? "a whole number" : "a number") }
            guard n.isFinite, abs(n) < 1e12 else {
                throw wrongType(integer ? "a whole number below a trillion" : "a finite number below a trillion")
            }
            if integer && (n != n.rounded() || n < 0) { throw wrongType("a whole number, zero or more") }
            facts.setRaw(id, n)
        case .date:
            let day = try Situation.parseDay(.init(value: value, line: 0), place: place)
            facts[day: id] = day
        case .state:
            facts[state: id] = try resolve(value, place: place)
        case .states:
            switch value {
            case .list(let items):
                var codes: [CowCode] = []
                for (i, item) in items.enumerated() {
                    codes.append(try resolve(item.value, place: "\(place)[\(i)]"))
                }
                facts[states: id] = codes
            default:
                facts[states: id] = [try resolve(value, place: place)]
            }
        case .text:
            switch value {
            case .string(let s): facts[text: id] = s
            case .number, .bool: facts[text: id] = value.shown
            case .list(let items):
                var parts: [String] = []
                for item in items {
                    guard case .string(let s) = item.value else { throw wrongType("text or a list of text") }
                    parts.append(s)
                }
                facts[text: id] = parts.joined(separator: ", ")
            default: throw wrongType("text")
            }
        }
    }

    private func resolve(_ value: SituationValue, place: String) throws(EntenteError) -> CowCode {
        let reference: String
        switch value {
        case .string(let s): reference = s
        case .number(let n) where n == n.rounded() && n > 0 && n < 100_000: reference = String(Int(n))
        default:
            throw EntenteError(
                .invalidInput, "\(place): expected a State (ISO 3166 alpha-3, COW code or name), found \(value.shown).")
        }
        do {
            if let day { return try knowledge.resolveState(reference, on: day) }
            return try knowledge.resolveState(reference)
        } catch {
            throw EntenteError(error.code, "\(place): \(error.message)", underlying: error)
        }
    }
}
