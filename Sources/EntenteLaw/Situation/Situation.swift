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
    /// Several acts judged in one situation (incidents, actions, activities, purported consents):
    /// each has the situation's shared `facts` with its own on top. Empty for one act.
    public var acts: [Act] = []
    /// How the acts' answers combine; `nil` uses ``CombiningRule/default(for:)``.
    public var combine: CombiningRule?

    /// One act of a situation with several acts.
    public struct Act: Sendable {
        /// The act's label.
        public var label: String
        /// The shared facts with the act's own on top.
        public var facts: FactTable
        /// The line the act starts on.
        public var line: Int

        /// An act built in code.
        public init(label: String, facts: FactTable, line: Int = 0) {
            self.label = label
            self.facts = facts
            self.line = line
        }
    }

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

    static let topLevelKeys = [
        "question", "as_of", "facts", "acts", "combine", "title", "description", "notes", "expected",
    ]

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
        var actsNode: SituationValue.Located?
        var combine: CombiningRule?
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
            case "acts":
                actsNode = value
            case "combine":
                guard case .string(let name) = value.value, let rule = CombiningRule(rawValue: name) else {
                    throw EntenteError(
                        .invalidInput,
                        "\(place): expected every (the least favourable act decides) or any (the most favourable "
                            + "act decides), found \(value.value.shown).")
                }
                combine = rule
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
        situation.combine = combine
        if let actsNode {
            situation.acts = try parseActs(actsNode, shared: facts, schema: schema, file: file, knowledge: knowledge)
        } else if combine != nil {
            throw EntenteError(.invalidInput, "\(file): combine: given without acts; list the acts under acts:.")
        }
        return situation
    }

    static let actKeys = ["label", "facts", "note"]

    /// Reads `acts:`, a list of acts, each `{label, facts, note}`, binding each act's facts over the
    /// shared ones.
    static func parseActs(
        _ node: SituationValue.Located, shared: FactTable, schema: FactSchema, file: String,
        knowledge: any LawKnowledge
    ) throws(EntenteError) -> [Act] {
        guard case .list(let items) = node.value, !items.isEmpty else {
            throw EntenteError(
                .invalidInput,
                "\(file):\(node.line): acts: expected a list of acts, each with a label and its facts, found "
                    + "\(node.value.typeName).")
        }
        var acts: [Act] = []
        var labels = Set<String>()
        for (i, item) in items.enumerated() {
            let place = "\(file):\(item.line): acts[\(i)]"
            guard case .map(let pairs) = item.value else {
                throw EntenteError(
                    .invalidInput, "\(place): expected a mapping with label and facts, found \(item.value.typeName).")
            }
            var label: String?
            var facts = shared
            for (key, value) in pairs {
                switch key {
                case "label":
                    guard case .string(let text) = value.value else {
                        throw EntenteError(.invalidInput, "\(place).label: expected text, found \(value.value.shown).")
                    }
                    label = text
                case "facts":
                    guard case .map(let entries) = value.value else {
                        if case .null = value.value { continue }
                        throw EntenteError(
                            .invalidInput,
                            "\(file):\(value.line): acts[\(i)].facts: expected a mapping of fact names to values, "
                                + "found \(value.value.typeName).")
                    }
                    var binder = FactBinder(schema: schema, file: file, knowledge: knowledge)
                    try binder.bind(entries, prefix: "", into: &facts)
                case "note":
                    break
                default:
                    let close = actKeys.filter { Suggestions.editDistance($0, key) <= 2 }
                    let hint = close.isEmpty ? "" : " Did you mean \(close.joined(separator: " or "))?"
                    throw EntenteError(
                        .invalidInput,
                        "\(file):\(value.line): acts[\(i)].\(key): unknown key; an act has "
                            + "\(actKeys.joined(separator: ", ")).\(hint)")
                }
            }
            guard let label else {
                throw EntenteError(
                    .invalidInput, "\(place): label: missing; name the act (e.g. \"strike of 19 October\").")
            }
            guard labels.insert(label).inserted else {
                throw EntenteError(
                    .invalidInput, "\(place).label: \"\(label)\" names two acts; give each act its own label.")
            }
            acts.append(Act(label: label, facts: facts, line: item.line))
        }
        return acts
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
                if name.hasSuffix("_note") {
                    let base = String(name.dropLast(5))
                    let close = schema.suggestions(for: base)
                    let hint =
                        close.isEmpty ? "" : " Did you mean \(close.map { $0 + "_note" }.joined(separator: " or "))?"
                    throw EntenteError(
                        .invalidInput,
                        "\(place): a note belongs to a fact, but \(schema.question.name) has no fact named \"\(base)\".\(hint)"
                    )
                }
                let suggestions = schema.suggestions(for: name)
                let hint =
                    suggestions.isEmpty
                    ? " Run `entente law facts \(schema.question.name)` for the list."
                    : " Did you mean \(suggestions.joined(separator: " or "))?"
                throw EntenteError(
                    .invalidInput, "\(place): \(schema.question.name) has no fact named \"\(name)\".\(hint)")
            }
            if case .map(let fields) = located.value {
                try bindAnnotated(fields, to: id, place: place, into: &facts)
                continue
            }
            try bind(located.value, to: id, place: place, into: &facts)
        }
    }

    /// A fact written with its note: `fact: { value: true, note: "why" }`.
    mutating func bindAnnotated(
        _ fields: [(key: String, value: SituationValue.Located)], to id: FactID, place: String,
        into facts: inout FactTable
    ) throws(EntenteError) {
        let allowed = ["value", "note"]
        for (key, value) in fields {
            switch key {
            case "value":
                try bind(value.value, to: id, place: place, into: &facts)
            case "note":
                guard case .string(let note) = value.value else {
                    throw EntenteError(
                        .invalidInput, "\(place).note: expected a note as text, found \(value.value.typeName).")
                }
                facts[note: id] = note
            default:
                let close = allowed.filter { Suggestions.editDistance($0, key) <= 2 }
                let hint = close.isEmpty ? "" : " Did you mean \(close.joined(separator: " or "))?"
                throw EntenteError(
                    .invalidInput,
                    "\(file):\(value.line): facts.\(schema[id].name).\(key): unknown key; a fact written as a mapping "
                        + "has value and note.\(hint)")
            }
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
            guard case .bool(let b) = value else {
                if case .string(let text) = value, ["yes", "no", "true", "false", "y", "n"].contains(text.lowercased())
                {
                    throw wrongType("true, false or null (without quotes)")
                }
                throw wrongType("true, false or null")
            }
            facts[truth: id] = b ? .yes : .no
        case .choice(let options):
            guard case .string(let s) = value, let index = options.firstIndex(of: s) else {
                var hint = ""
                if case .string(let s) = value {
                    let written = s.lowercased().replacing(" ", with: "_").replacing("-", with: "_")
                    let close = options.map { ($0, Suggestions.editDistance($0, written)) }
                        .filter { $0.1 <= max(2, written.count / 3) }.sorted { $0.1 < $1.1 }.map(\.0)
                    if !close.isEmpty { hint = " Did you mean \(close.prefix(2).joined(separator: " or "))?" }
                }
                throw EntenteError(
                    .invalidInput,
                    "\(place): expected one of \(options.joined(separator: ", ")), found \(value.shown).\(hint)")
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
