/// A node of the explanation tree as reported: the outcome, a condition or exception, or a fact read.
public struct ExplanationReport: Codable, Sendable, Equatable {
    /// What the node stands for.
    public enum Kind: String, Codable, Sendable {
        case outcome, condition, exception, fact
    }

    public var kind: Kind
    /// The outcome label (outcome nodes).
    public var label: String?
    /// The condition's code, status, role and provision (condition and exception nodes).
    public var code: String?
    public var status: ConditionStatus?
    public var role: ConditionRole?
    public var provision: String?
    /// The reasoning (outcome, condition and exception nodes).
    public var text: String?
    /// The fact read (fact nodes).
    public var fact: String?
    public var value: FactValue?
    public var display: String?
    public var source: FactSource?
    public var note: String?
    /// For a derived fact, the inputs and the rule that derived it.
    public var derivedFrom: String?
    /// Nested nodes; absent on leaves.
    public var children: [ExplanationReport]?

    public init(kind: Kind, children: [ExplanationReport]? = nil) {
        self.kind = kind
        self.children = children
    }

    private enum CodingKeys: String, CodingKey {
        case kind, label, code, status, role, provision, text, fact, value, display, source, note, derivedFrom, children
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        label = try c.decodeIfPresent(String.self, forKey: .label)
        code = try c.decodeIfPresent(String.self, forKey: .code)
        status = try c.decodeIfPresent(ConditionStatus.self, forKey: .status)
        role = try c.decodeIfPresent(ConditionRole.self, forKey: .role)
        provision = try c.decodeIfPresent(String.self, forKey: .provision)
        text = try c.decodeIfPresent(String.self, forKey: .text)
        fact = try c.decodeIfPresent(String.self, forKey: .fact)
        // A fact node's unknown value is written `null`, which is a value here, not an absent key.
        value = c.contains(.value) ? try c.decode(FactValue.self, forKey: .value) : nil
        display = try c.decodeIfPresent(String.self, forKey: .display)
        source = try c.decodeIfPresent(FactSource.self, forKey: .source)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        derivedFrom = try c.decodeIfPresent(String.self, forKey: .derivedFrom)
        children = try c.decodeIfPresent([ExplanationReport].self, forKey: .children)
    }
}
