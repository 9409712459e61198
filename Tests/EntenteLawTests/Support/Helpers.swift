import EntenteCore
import EntenteLaw
import Testing

let knowledge = FixtureKnowledge()

/// Assesses a situation written as YAML facts under a question, with the fixture knowledge.
func assess(_ question: Question, asOf: String = "2020-01-01", _ facts: String) throws -> Assessment {
    let indented = facts.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(
        separator: "\n")
    let text = "question: \(question.name)\nas_of: \(asOf)\nfacts:\n\(indented)\n"
    let situation = try Situation.parse(text, file: "test.yaml", knowledge: knowledge)
    return try LawEngine.shared.assess(situation, knowledge: knowledge)
}

/// The error a situation produces.
func situationError(_ text: String) -> EntenteError? {
    do {
        let situation = try Situation.parse(text, file: "bad.yaml", knowledge: knowledge)
        _ = try LawEngine.shared.assess(situation, knowledge: knowledge)
        return nil
    } catch {
        return error
    }
}

extension Assessment {
    /// Statuses by code, for compact assertions.
    subscript(code: String) -> ConditionStatus? { status(of: code) }
}
