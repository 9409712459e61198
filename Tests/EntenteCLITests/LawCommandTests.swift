import ArgumentParser
import EntenteCore
import Foundation
import Testing

@testable import EntenteCLI

/// The `law` commands parse the catalogue's questions and keep benchmarks out of the shipped CLI.
struct LawCommandTests {
    @Test func questionsComeFromTheOneCatalogue() {
        #expect(QuestionArgument(argument: "customary_law") != nil)
        #expect(QuestionArgument(argument: "self_defence") != nil)
        #expect(QuestionArgument(argument: "self_defense") == nil)
        #expect(QuestionArgument.allValueStrings.contains("customary_law"))
    }

    @Test func thereIsNoBenchmarkCommand() throws {
        let names = LawCommand.configuration.subcommands.map { $0.configuration.commandName }
        #expect(!names.contains("bench"))
        #expect(names.contains("custom") && names.contains("assess"))
        #expect(throws: (any Error).self) { try LawCustomCommand.parse(["rule.yaml", "--bench", "3"]) }
    }

    @Test func anUnreadableFileIsNotFoundAndNamed() {
        let error = #expect(throws: EntenteError.self) { try LawCommand.read("/nonexistent/law.yaml") }
        #expect(error?.code == .notFound)
        #expect(error?.message.hasPrefix("cannot read /nonexistent/law.yaml") == true)
    }
}
