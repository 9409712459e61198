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
