import EntenteCore

/// Renders a rule book for people: what `entente law rules QUESTION` prints.
public enum RuleListing {
    /// The rule book as text: every condition with its provision, role, period in force, when it
    /// applies, when it is contested, its test, and the outcome decision list.
    public static func text(_ book: RuleBook) -> String {
        let rules = book.ruleSet
        let schema = rules.schema
        var out = "\(rules.key) — \(rules.title)\n"
        if book.variants.count > 1 {
            out += "Versions by date: " + book.variants.compactMap { $0.period.label }.joined(separator: "; ") + "\n"
        }
        out += "\nConditions (evaluated in this order):\n"
        for rule in rules.conditions {
            var head = "  \(rule.code)  [\(rule.role.rawValue)"
            if let target = rule.exceptionTo { head += " to \(target)" }
            head += "]"
            if let period = rule.inForce.label { head += " (\(period))" }
            out += head + "\n    provision: \(rule.provision)\n"
            if case .constant(.yes) = rule.appliesWhen {
            } else {
                out += "    applies when: \(rule.appliesWhen.rendered(in: schema))\n"
            }
            if let contested = rule.contestedWhen {
                out += "    contested when: \(contested.rendered(in: schema))\n"
            }
            if case .constant(.no) = rule.appliesWhen {
            } else {
                out += "    met when: \(rule.test.rendered(in: schema))\n"
            }
            if rule.test.hasPresumption || rule.appliesWhen.hasPresumption {
                out += "    note: uses a presumption (an unknown fact there takes the stated default)\n"
            }
        }
        out += "\nOutcome (first rule that holds):\n"
        for outcome in rules.outcomeRules {
            var guardText = "when " + outcome.when.rendered(in: schema)
            if case .constant(.yes) = outcome.when { guardText = "otherwise" }
            out += "  \(outcome.label) \(guardText) — \(outcome.because)\n"
        }
        return out
    }
}

/// Writes a situation skeleton: what `entente law template QUESTION` prints.
public enum SituationTemplate {
    /// A YAML situation for `question` with every fact `null` and its meaning as a comment.
    ///
    /// The result parses as a situation (all facts unknown).
    public static func yaml(for question: Question) -> String {
        let schema = LawEngine.shared.schema(for: question)
        var out = "# Situation for \(question.name). Fill in what is known; leave null what is not.\n"
        out +=
            "# Values: true | false | null, a label, a number, a date YYYY-MM-DD, or a State (ISO3, COW code, name).\n"
        out += "# Any fact may carry a note: <name>_note: \"...\"\n"
        out += "question: \(question.name)\n"
        out += "as_of: 2024-01-01   # the day the law and memberships are read at\n"
        out += "facts:\n"
        var openObject: String?
        for fact in schema.facts {
            let parts = fact.name.split(separator: ".", maxSplits: 1).map(String.init)
            let comment = "# [\(fact.kind.label)] \(fact.summary)"
            if parts.count == 2 {
                if openObject != parts[0] {
                    out += "  \(parts[0]):\n"
                    openObject = parts[0]
                }
                out += "    \(parts[1]): null   \(comment)\n"
            } else {
                openObject = nil
                out += "  \(fact.name): null   \(comment)\n"
            }
        }
        return out
    }
}
