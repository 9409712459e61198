public import EntenteCore

/// The values of one question's facts for one situation, stored densely by ``FactID``.
///
/// Every value that rules reason on (truths, choices, numbers, days, State codes) is one `Double`
/// in a flat array, with NaN for unknown; free text, State lists and notes live in side arrays
/// that are only allocated when used and only read when an explanation is rendered.
///
/// ```swift
/// var facts = FactTable(schema: SelfDefenceFacts.schema)
/// facts[truth: SelfDefenceFacts.armedAttackOccurred] = .yes
/// ```
public struct FactTable: Sendable {
    /// The schema the ids refer to.
    public let schema: FactSchema
    @usableFromInline var values: ContiguousArray<Double>
    var texts: [String?] = []
    var stateLists: [[CowCode]?] = []
    /// Notes by fact, in the order set: a situation notes a few facts of dozens, and a table with a
    /// slot per fact cost a generic allocation for every assessment that derives a place.
    var notes: [(index: Int, note: FactNote)] = []
    /// Facts the situation gave explicitly (as opposed to derived from the knowledge base).
    var given: [Bool]
    /// Derived facts `would_change` leaves alone (empty until one is set): a flag derived from a
    /// place changes only when the place does.
    var fixed: [Bool] = []

    /// An empty table: every fact unknown.
    public init(schema: FactSchema) {
        self.schema = schema
        self.values = ContiguousArray(repeating: .nan, count: schema.count)
        self.given = [Bool](repeating: false, count: schema.count)
    }

    /// The raw encoded value (NaN when unknown): truths are 0/1, choices their index, days their
    /// ordinal, States their COW code.
    @inlinable public func raw(_ id: some FactReference) -> Double { values[id.id.index] }

    /// Whether the fact has a value.
    @inlinable public func isKnown(_ id: some FactReference) -> Bool { !values[id.id.index].isNaN }

    /// Sets the raw encoded value and marks the fact as given by the situation.
    public mutating func setRaw(_ id: some FactReference, _ value: Double) {
        values[id.id.index] = value
        given[id.id.index] = !value.isNaN
    }

    /// Sets a value the engine derived (from the knowledge base or from other facts).
    mutating func derive(_ id: some FactReference, _ value: Double) {
        values[id.id.index] = value
    }

    /// Sets a derived value that `would_change` does not offer to change on its own.
    mutating func deriveFixed(_ id: some FactReference, _ value: Double) {
        values[id.id.index] = value
        if fixed.isEmpty { fixed = [Bool](repeating: false, count: schema.count) }
        fixed[id.id.index] = true
    }

    /// Whether the situation itself supplied the fact.
    public func wasGiven(_ id: some FactReference) -> Bool { given[id.id.index] }

    /// A truth fact.
    public subscript(truth id: some FactReference) -> Truth {
        get {
            let v = values[id.id.index]
            return v.isNaN ? .unknown : (v != 0 ? .yes : .no)
        }
        set {
            setRaw(id, newValue == .unknown ? .nan : (newValue == .yes ? 1 : 0))
        }
    }

    /// A number fact (`nil` when unknown).
    public subscript(number id: some FactReference) -> Double? {
        get { let v = values[id.id.index]; return v.isNaN ? nil : v }
        set { setRaw(id, newValue ?? .nan) }
    }

    /// A date fact.
    public subscript(day id: some FactReference) -> Day? {
        get { let v = values[id.id.index]; return v.isNaN ? nil : Day(ordinal: Int32(v)) }
        set { setRaw(id, newValue.map { Double($0.ordinal) } ?? .nan) }
    }

    /// A State fact.
    public subscript(state id: some FactReference) -> CowCode? {
        get { let v = values[id.id.index]; return v.isNaN ? nil : CowCode(Int(v)) }
        set { setRaw(id, newValue.map { Double($0.rawValue) } ?? .nan) }
    }

    /// A choice fact, as its label.
    public subscript(choice id: some FactReference) -> String? {
        get {
            let v = values[id.id.index]
            guard !v.isNaN, case .choice(let options) = schema[id.id].kind else { return nil }
            return options[Int(v)]
        }
        set {
            guard let newValue else { setRaw(id, .nan); return }
            guard case .choice(let options) = schema[id.id].kind, let index = options.firstIndex(of: newValue) else {
                preconditionFailure("\(newValue) is not an option of \(schema[id.id].name)")
            }
            setRaw(id, Double(index))
        }
    }

    /// A text fact.
    public subscript(text id: some FactReference) -> String? {
        get { texts.isEmpty ? nil : texts[id.id.index] }
        set {
            if texts.isEmpty { texts = [String?](repeating: nil, count: schema.count) }
            texts[id.id.index] = newValue
            given[id.id.index] = newValue != nil
        }
    }

    /// A list-of-States fact.
    public subscript(states id: some FactReference) -> [CowCode]? {
        get { stateLists.isEmpty ? nil : stateLists[id.id.index] }
        set {
            if stateLists.isEmpty { stateLists = [[CowCode]?](repeating: nil, count: schema.count) }
            stateLists[id.id.index] = newValue
            given[id.id.index] = newValue != nil
        }
    }

    /// The `<name>_note` text attached to a fact, shown in explanations.
    public subscript(note id: some FactReference) -> String? {
        get { storedNote(id.id.index)?.text }
        set { setNote(id, newValue.map(FactNote.text)) }
    }

    /// Whether the fact carries a note (without writing a derived one out).
    func hasNote(_ id: some FactReference) -> Bool { storedNote(id.id.index) != nil }

    private func storedNote(_ index: Int) -> FactNote? {
        for entry in notes where entry.index == index { return entry.note }
        return nil
    }

    /// Attaches a note in its stored form (a derived note is written out only when read).
    mutating func setNote(_ id: some FactReference, _ note: FactNote?) {
        let index = id.id.index
        if let at = notes.firstIndex(where: { $0.index == index }) {
            if let note { notes[at].note = note } else { notes.remove(at: at) }
        } else if let note {
            if notes.isEmpty { notes.reserveCapacity(16) }  // a place derives a dozen at once
            notes.append((index, note))
        }
    }

    /// The value written as a situation file would write it (`true`, `armed_attack`, `1990-08-02`,
    /// `null`), for explanations.
    public func display(_ id: some FactReference, stateName: (CowCode) -> String? = { _ in nil }) -> String {
        FactTable.display(
            raw: values[id.id.index], kind: schema[id.id].kind, text: self[text: id],
            states: self[states: id], stateName: stateName)
    }

    static func display(
        raw v: Double, kind: FactKind, text: String? = nil, states: [CowCode]? = nil,
        stateName: (CowCode) -> String? = { _ in nil }
    ) -> String {
        switch kind {
        case .text: return text.map { "\"\($0)\"" } ?? "null"
        case .states:
            guard let states else { return "null" }
            return "[" + states.map { stateName($0) ?? "COW \($0.rawValue)" }.joined(separator: ", ") + "]"
        default: break
        }
        if v.isNaN { return "null" }
        switch kind {
        case .truth: return v != 0 ? "true" : "false"
        case .choice(let options): return options[Int(v)]
        case .number:
            return Criterion.number(v)
        case .date: return Day(ordinal: Int32(v)).iso
        case .state:
            let code = CowCode(Int(v))
            return stateName(code).map { "\($0) (COW \(code.rawValue))" } ?? "COW \(code.rawValue)"
        case .states, .text: return "null"
        }
    }
}
