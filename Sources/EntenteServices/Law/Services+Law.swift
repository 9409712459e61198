public import EntenteCore
public import EntenteLaw

extension Services {
    /// The legal engine's view of the knowledge base: memberships, treaty parties, ATOP pacts and
    /// the state directory, from the cached snapshot.
    public func lawKnowledge() async throws(EntenteError) -> StoreLawKnowledge {
        StoreLawKnowledge(snapshot: try await knowledgeSnapshot())
    }

    /// Assesses a situation file's text: parse, assess, report.
    ///
    /// - Throws: `EntenteError` naming the file, line and field of the first problem.
    public func assess(situationText text: String, file: String) async throws(EntenteError) -> AssessmentReport {
        let knowledge = try await lawKnowledge()
        return try Self.assess(try Situation.parse(text, file: file, knowledge: knowledge), knowledge: knowledge)
    }

    /// Answers any law file, by the question it declares: a situation is assessed; a customary-law
    /// rule is judged on the evidence it carries, plus the knowledge base's when it has a
    /// `from_data` block. Both are checked against the knowledge base: unknown States are refused
    /// with the file, line and a suggestion, and a rule's organisation groups are expanded.
    public func assess(document text: String, file: String) async throws(EntenteError) -> LawAnswer {
        guard try LawDocument.declaredKind(text, file: file) == .customaryLaw else {
            return .situation(try await assess(situationText: text, file: file))
        }
        var rule = try CustomRule.parse(text, file: file)
        if rule.dataQuery != nil { try await addData(to: &rule) }
        try Self.check(&rule, knowledge: try await lawKnowledge())
        return .customaryLaw(CustomLawReport(CustomaryLaw.assess(rule)))
    }

    static func assess(_ situation: Situation, knowledge: any LawKnowledge) throws(EntenteError)
        -> AssessmentReport
    {
        let assessment: Assessment
        do {
            assessment = try LawEngine.shared.assess(situation, knowledge: knowledge)
        } catch {
            throw EntenteError(error.code, "\(situation.file): \(error.message)", underlying: error)
        }
        return AssessmentReport(assessment, knowledge: knowledge)
    }
}
