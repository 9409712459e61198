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
    /// Reads a candidate rule of customary law with further evidence files. With a knowledge base,
    /// the rule is checked as strictly as a situation — every State it names must be known, and
    /// the error names the file, line and field with the knowledge base's suggestion — and the
    /// records written for an organisation are expanded to its members.
    ///
    /// - Throws: `EntenteError` naming the file, line and field of the first problem.
    public static func customRule(
        _ rule: LawFileText, evidence: [LawFileText] = [], knowledge: (any LawKnowledge)? = nil
    ) throws(EntenteError) -> CustomRule {
        var parsed = try CustomRule.parse(rule.text, file: rule.file)
        for file in evidence { try parsed.addEvidence(file.text, file: file.file) }
        if let knowledge { try check(&parsed, knowledge: knowledge) }
        return parsed
    }

    /// Refuses unknown States (issue 10: rule files validated as strictly as situations) and
    /// expands organisation groups, once every file and the knowledge base's evidence are in.
    static func check(_ rule: inout CustomRule, knowledge: any LawKnowledge) throws(EntenteError) {
        try rule.validateStates(knowledge: knowledge)
        try rule.expandGroups(knowledge: knowledge)
    }

    /// Reads a candidate rule with further evidence files, checked against the knowledge base
    /// (unknown States refused, groups expanded) and, when `fromData` is set, with the knowledge
    /// base's evidence as its `from_data` block selects.
    public func customRule(_ rule: LawFileText, evidence: [LawFileText] = [], fromData: Bool)
        async throws(EntenteError) -> CustomRule
    {
        var parsed = try Self.customRule(rule, evidence: evidence)
        if fromData { try await addData(to: &parsed) }
        try Self.check(&parsed, knowledge: try await lawKnowledge())
        return parsed
    }

    /// Judges whether a practice has become customary international law (ILC 2018 Draft
    /// Conclusions) on the evidence in the files alone; no store is read. Give `knowledge` to
    /// check the States and expand organisation groups; without it only declared groups count.
    public static func assessCustom(
        _ rule: LawFileText, evidence: [LawFileText] = [], knowledge: (any LawKnowledge)? = nil
    ) throws(EntenteError) -> CustomLawReport {
        CustomLawReport(CustomaryLaw.assess(try customRule(rule, evidence: evidence, knowledge: knowledge)))
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
