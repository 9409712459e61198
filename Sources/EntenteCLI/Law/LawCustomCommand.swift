import ArgumentParser
import EntenteRender
import EntenteServices

/// `entente law custom RULE.yaml [--evidence FILE …] [--from-data] [--format text|json|html]`
struct LawCustomCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "custom",
        abstract: "Judge whether a practice has become customary international law (ILC 2018 Draft Conclusions).")

    @Argument(help: "The candidate rule with its evidence, YAML or JSON (see examples/law/custom/).")
    var rule: String

    @Option(
        name: .customLong("evidence"),
        help: "Further evidence files (practice, opinio_juris, objections, resolutions); repeatable.")
    var evidence: [String] = []

    @Flag(
        name: .customLong("from-data"),
        help:
            "Add evidence from the knowledge base as the rule's from_data block selects: UNGA votes, treaty parties, activities."
    )
    var fromData = false

    @Option(help: "Output format: text, json or html.")
    var format: LawFormat = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let ruleFile = LawFileText(text: try LawCommand.read(rule), file: rule)
        var evidenceFiles: [LawFileText] = []
        for file in evidence { evidenceFiles.append(LawFileText(text: try LawCommand.read(file), file: file)) }
        // The knowledge base is read either way: it checks every State the files name and expands
        // organisation groups as of each record's year; --from-data adds its evidence too.
        let report = try await storeOptions.services().assessCustom(
            ruleFile, evidence: evidenceFiles, fromData: fromData)
        print(try LawAssessCommand.render(.customaryLaw(report), format: format), terminator: "")
    }
}
