public import EntenteCore

/// A law file read: a situation for one of the rule engine's questions, or a candidate rule of
/// customary law. Which one is decided by the document's declared question (`question:`), or, for
/// rule files that declare none, by their top-level `rule:` key.
public enum LawDocument: Sendable {
    case situation(Situation)
    case customaryRule(CustomRule)

    /// The question the document asks.
    public var kind: QuestionKind {
        switch self {
        case .situation(let situation): .situation(situation.question)
        case .customaryRule: .customaryLaw
        }
    }

    /// The question a document declares, read from its top level without binding its facts.
    ///
    /// - Throws: `EntenteError` naming the file when it is not YAML or JSON, or declares an
    ///   unknown question (with the catalogue's names).
    public static func declaredKind(_ text: String, file: String) throws(EntenteError) -> QuestionKind? {
        let root = try SituationReader.read(text, file: file)
        guard case .map(let pairs) = root.value else { return nil }
        if let declared = pairs.first(where: { $0.key == "question" })?.value {
            guard case .string(let name) = declared.value, let kind = QuestionKind(name: name) else {
                // Situation parsing reports the unknown name with a suggestion.
                return nil
            }
            return kind
        }
        return pairs.contains { $0.key == "rule" } ? .customaryLaw : nil
    }

    /// Reads a law file (YAML or JSON).
    ///
    /// - Throws: `EntenteError` naming the file, line and field of the first problem.
    public static func parse(_ text: String, file: String, knowledge: any LawKnowledge) throws(EntenteError)
        -> LawDocument
    {
        switch try declaredKind(text, file: file) {
        case .customaryLaw: .customaryRule(try CustomRule.parse(text, file: file))
        case .situation, nil: .situation(try Situation.parse(text, file: file, knowledge: knowledge))
        }
    }
}
