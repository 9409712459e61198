import ArgumentParser
import EntenteRender
import EntenteServices

/// `entente law assess FILE [--format text|json|html]`
struct LawAssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assess a situation file (YAML or JSON) and explain the answer; a customary-law rule is judged.")

    @Argument(help: "The situation file, YAML or JSON (see `entente law template QUESTION`), or a customary-law rule.")
    var situation: String

    @Option(help: "Output format: text, json or html.")
    var format: LawFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let text = try LawCommand.read(situation)
        let answer = try await storeOptions.services().assess(document: text, file: situation)
        print(try Self.render(answer, format: format), terminator: "")
    }

    static func render(_ answer: LawAnswer, format: LawFormat) throws -> String {
        switch format {
        case .text: answer.text()
        case .json: try EntenteJSON.string(answer) + "\n"
        case .html: answer.html()
        }
    }
}
