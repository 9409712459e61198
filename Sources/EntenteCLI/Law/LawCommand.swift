import ArgumentParser
import EntenteCore
import EntenteLaw

/// `entente law …`
struct LawCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "law",
        abstract: "What international law says: assess a situation, list rules, facts and templates.",
        subcommands: [
            LawAssessCommand.self, LawRulesCommand.self, LawFactsCommand.self, LawTemplateCommand.self,
            LawBenchCommand.self, LawCustomCommand.self,
        ]
    )
}

/// Output formats of `entente law assess`.
enum LawFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}

/// A question named on the command line.
struct QuestionArgument: ExpressibleByArgument {
    let question: Question

    init?(argument: String) {
        guard let question = Question(rawValue: argument) else { return nil }
        self.question = question
    }

    static var allValueStrings: [String] { Question.allCases.map(\.name) }
}

/// Prints a library error the way every `law` subcommand does and exits non-zero.
func failLaw(_ error: EntenteError) -> ExitCode {
    printToStandardError("error: \(error.message)")
    return ExitCode(error.code == .internalFailure ? 70 : 2)
}
