import ArgumentParser
import EntenteCore
import EntenteLaw
import Foundation

/// `entente law …`
struct LawCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "law",
        abstract: "What international law says: assess a situation, list rules, facts and templates.",
        subcommands: [
            LawAssessCommand.self, LawRulesCommand.self, LawFactsCommand.self, LawTemplateCommand.self,
            LawCustomCommand.self,
        ]
    )

    /// A law file's text; a file that cannot be read is a not-found error naming it, one that is
    /// not UTF-8 a refused input naming its line (``InputFile``).
    static func read(_ file: String) throws(EntenteError) -> String {
        try InputFile.text(file) { error in
            EntenteError(.notFound, "cannot read \(file): \(error.localizedDescription)", underlying: error)
        }
    }
}

/// Output formats of the `law` commands that answer a question.
enum LawFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}

/// A question of the catalogue named on the command line.
struct QuestionArgument: ExpressibleByArgument {
    let question: QuestionKind

    init?(argument: String) {
        guard let question = QuestionKind(name: argument) else { return nil }
        self.question = question
    }

    static var allValueStrings: [String] { QuestionKind.names }
}

/// Output formats of the `law` commands that list the catalogue (rules, facts).
enum LawListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
