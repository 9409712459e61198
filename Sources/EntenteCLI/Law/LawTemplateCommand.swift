import ArgumentParser
import EntenteLaw
import Foundation

/// `entente law template QUESTION [--output FILE]`
struct LawTemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a situation skeleton for a question: every fact, null, with its meaning.")

    @Argument(help: "The question (\(Question.allCases.map(\.name).joined(separator: ", "))).")
    var question: QuestionArgument

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        let text = SituationTemplate.yaml(for: question.question)
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                printToStandardError("error: cannot write \(output): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        } else {
            print(text, terminator: "")
        }
    }
}
