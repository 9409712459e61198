import ArgumentParser
import EntenteLaw
import EntenteRender
import EntenteServices

/// `entente law rules [QUESTION] [--format text|json]`
struct LawRulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the rule sets with their provisions, conditions, exceptions and outcome rules.")

    @Argument(help: "A question (\(QuestionKind.names.joined(separator: ", "))); all when omitted.")
    var question: QuestionArgument?

    @Option(help: "Output format: text or json.")
    var format: LawListingFormat = .text

    func run() async throws {
        let report = Services.lawRules(question: question?.question)
        print(format == .json ? try EntenteJSON.string(report) + "\n" : report.text(), terminator: "")
    }
}
