import ArgumentParser
import EntenteCore
import EntenteLaw
import EntenteServices
import Foundation

/// `entente law template QUESTION [--output FILE]`
struct LawTemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a skeleton file for a question: every fact (or rule field) with its meaning.")

    @Argument(help: "The question (\(QuestionKind.names.joined(separator: ", "))).")
    var question: QuestionArgument

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        let template = Services.lawTemplate(question: question.question)
        guard let output else {
            print(template.text, terminator: "")
            return
        }
        do {
            try template.text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw EntenteError(.storage, "cannot write \(output): \(error.localizedDescription)")
        }
    }
}
