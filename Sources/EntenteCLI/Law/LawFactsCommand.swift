import ArgumentParser
import EntenteLaw
import EntenteRender
import EntenteServices

/// `entente law facts QUESTION [--format text|json]`
struct LawFactsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "List the facts a question accepts (for customary_law, the rule file's fields), with their meanings.")

    @Argument(help: "The question (\(QuestionKind.names.joined(separator: ", "))).")
    var question: QuestionArgument

    @Option(help: "Output format: text or json.")
    var format: LawListingFormat = .text

    func run() async throws {
        let report = Services.lawFacts(question: question.question)
        print(format == .json ? try EntenteJSON.string(report) + "\n" : report.text(), terminator: "")
    }
}
