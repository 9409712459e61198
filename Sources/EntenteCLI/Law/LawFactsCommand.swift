import ArgumentParser
import EntenteLaw

/// `entente law facts QUESTION`
struct LawFactsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "List the facts a question accepts, with their kinds and meanings.")

    @Argument(help: "The question (\(Question.allCases.map(\.name).joined(separator: ", "))).")
    var question: QuestionArgument

    func run() async throws {
        print(Self.render(question.question), terminator: "")
    }

    static func render(_ question: Question) -> String {
        let schema = LawEngine.shared.schema(for: question)
        var out = "Facts of \(question.name) (true/false/null; any fact may carry a <name>_note text):\n\n"
        for fact in schema.facts {
            out += "\(fact.name)  [\(fact.kind.label)]\n    \(fact.summary)"
            if let from = fact.derivedFrom, !fact.summary.contains("derived") { out += " When absent: from \(from)." }
            out += "\n"
        }
        return out
    }
}
