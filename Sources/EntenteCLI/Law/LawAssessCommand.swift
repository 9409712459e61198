import ArgumentParser
import EntenteCore
import EntenteLaw
import Foundation

/// `entente law assess SITUATION [--format text|json|html]`
struct LawAssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assess a situation file (YAML or JSON) and explain the answer.")

    @Argument(help: "The situation file, YAML or JSON (see `entente law template QUESTION`).")
    var situation: String

    @Option(help: "Output format: text, json or html.")
    var format: LawFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let text: String
        do {
            text = try String(contentsOfFile: situation, encoding: .utf8)
        } catch {
            printToStandardError("error: cannot read \(situation): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        let lines = text.split(whereSeparator: \.isNewline)
        if lines.contains(where: { $0.hasPrefix("rule:") }) && !lines.contains(where: { $0.hasPrefix("question:") }) {
            printToStandardError(
                "error: \(situation) holds a customary-law rule (a top-level `rule:`), not a situation; "
                    + "judge it with `entente law custom \(situation)`.")
            throw ExitCode(2)
        }
        let knowledge = try await lawKnowledge(storeOptions: storeOptions)
        do {
            let output = try Self.render(text, file: situation, format: format, knowledge: knowledge)
            print(output, terminator: "")
        } catch {
            throw failLaw(error)
        }
    }

    /// Parses, assesses and renders; the testable core of the command.
    static func render(
        _ text: String, file: String, format: LawFormat, knowledge: any LawKnowledge
    ) throws(EntenteError) -> String {
        let situation = try Situation.parse(text, file: file, knowledge: knowledge)
        let assessment: Assessment
        do {
            assessment = try LawEngine.shared.assess(situation, knowledge: knowledge)
        } catch {
            throw EntenteError(error.code, "\(file): \(error.message)", underlying: error)
        }
        let report = AssessmentReport(assessment, knowledge: knowledge)
        switch format {
        case .text: return report.text()
        case .json: return report.json()
        case .html: return report.html()
        }
    }
}

func printToStandardError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
