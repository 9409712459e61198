import EntenteLaw
public import EntenteServices

extension LawRulesReport {
    /// The overview of every question with its rule sets, or one question's rules in full.
    public func text() -> String {
        guard overview else {
            return questions.map { q in
                if let custom = q.customaryLaw { return Self.customaryLawText(q.question, custom) }
                return q.ruleSets.map { $0.text() }.joined(separator: "\n")
            }.joined(separator: "\n")
        }
        var out = "Questions and their rule sets (run `entente law rules QUESTION` for the rules):\n"
        for q in questions {
            if let custom = q.customaryLaw {
                out += "\n" + Self.customaryLawText(q.question, custom)
                continue
            }
            out += "\n\(q.question)\n"
            for rules in q.ruleSets {
                out += "  \(rules.key): \(rules.title) — \(rules.conditions.count) conditions\n"
            }
        }
        return out
    }

    private static func customaryLawText(_ question: String, _ rules: CustomaryLawRules) -> String {
        var out = "\(question) (ILC 2018 Draft Conclusions; judged with `entente law custom RULE.yaml`)\n"
        out += "  conditions: " + rules.conditions.joined(separator: ", ") + "\n"
        out += "  outcomes: " + rules.outcomes.joined(separator: ", ") + "\n"
        out +=
            "  thresholds (defaults; every answer reports its sensitivity): generality \(rules.generality), "
            + "specially affected \(rules.speciallyAffected), consistency \(rules.consistency), "
            + "opinio juris \(rules.opinioJuris), duration \(Int(rules.durationYears)) years\n"
        return out
    }
}
