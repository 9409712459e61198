import ArgumentParser
import EntenteLaw

/// `entente law rules [QUESTION]`
struct LawRulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the rule sets with their provisions, conditions, exceptions and outcome rules.")

    @Argument(help: "A question (\(Question.allCases.map(\.name).joined(separator: ", "))); all when omitted.")
    var question: QuestionArgument?

    func run() async throws {
        print(Self.render(question?.question), terminator: "")
    }

    static func render(_ question: Question?) -> String {
        guard let question else {
            var out = "Questions and their rule sets (run `entente law rules QUESTION` for the rules):\n"
            for q in Question.allCases {
                out += "\n\(q.name)\n"
                for book in LawEngine.shared.ruleBooks(for: q) {
                    out +=
                        "  \(book.ruleSet.key): \(book.ruleSet.title) — \(book.ruleSet.conditions.count) conditions\n"
                }
            }
            out += "\ncustomary_law (ILC 2018 Draft Conclusions; judged with `entente law custom RULE.yaml`)\n"
            out += "  conditions: " + CustomaryLaw.conditionCodes.joined(separator: ", ") + "\n"
            out += "  outcomes: " + CustomaryLaw.outcomes.joined(separator: ", ") + "\n"
            let defaults = CustomThresholds()
            out +=
                "  thresholds (defaults; every answer reports its sensitivity): generality \(defaults.generality), "
                + "specially affected \(defaults.speciallyAffected), consistency \(defaults.consistency), "
                + "opinio juris \(defaults.opinioJuris), duration \(Int(defaults.durationYears)) years\n"
            return out
        }
        return LawEngine.shared.ruleBooks(for: question).map(RuleListing.text).joined(separator: "\n")
    }
}
