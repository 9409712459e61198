public import EntenteCore
public import EntenteLaw

/// A file's text with its name, for messages.
public struct LawFileText: Sendable, Hashable {
    public var text: String
    public var file: String

    public init(text: String, file: String) {
        self.text = text
        self.file = file
    }
}

extension Services {
    /// Reads a candidate rule of customary law with further evidence files.
    ///
    /// - Throws: `EntenteError` naming the file, line and field of the first problem.
    public static func customRule(_ rule: LawFileText, evidence: [LawFileText] = []) throws(EntenteError)
        -> CustomRule
    {
        var parsed = try CustomRule.parse(rule.text, file: rule.file)
        for file in evidence { try parsed.addEvidence(file.text, file: file.file) }
        return parsed
    }

    /// Reads a candidate rule with further evidence files and, when `fromData` is set, the
    /// knowledge base's evidence as its `from_data` block selects.
    public func customRule(_ rule: LawFileText, evidence: [LawFileText] = [], fromData: Bool)
        async throws(EntenteError) -> CustomRule
    {
        var parsed = try Self.customRule(rule, evidence: evidence)
        if fromData { try await addData(to: &parsed) }
        return parsed
    }

    /// Judges whether a practice has become customary international law (ILC 2018 Draft
    /// Conclusions) on the evidence in the files alone; no store is read.
    public static func assessCustom(_ rule: LawFileText, evidence: [LawFileText] = []) throws(EntenteError)
        -> CustomLawReport
    {
        CustomLawReport(CustomaryLaw.assess(try customRule(rule, evidence: evidence)))
    }

    /// Judges a candidate rule on the files' evidence and, when `fromData` is set, the knowledge base's.
    public func assessCustom(_ rule: LawFileText, evidence: [LawFileText] = [], fromData: Bool)
        async throws(EntenteError) -> CustomLawReport
    {
        CustomLawReport(CustomaryLaw.assess(try await customRule(rule, evidence: evidence, fromData: fromData)))
    }

    /// Adds the knowledge base's evidence to a rule: the universe of states with their regions, and
    /// what its `from_data` block selects.
    public func addData(to rule: inout CustomRule) async throws(EntenteError) {
        try await CustomEvidenceFromData(store: store, coverage: coverage).add(to: &rule)
    }
}
