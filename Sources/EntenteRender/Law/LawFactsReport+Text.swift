import EntenteLaw
public import EntenteServices

extension LawFactsReport {
    /// Every input with its kind and meaning, one per paragraph.
    public func text() -> String {
        var out =
            QuestionKind(name: question) == .customaryLaw
            ? "Fields of a \(question) rule file (evidence files may carry practice, opinio_juris, objections, resolutions):\n\n"
            : "Facts of \(question) (true/false/null; any fact may carry a <name>_note text):\n\n"
        for fact in facts {
            out += "\(fact.name)  [\(fact.kind)]\n    \(fact.summary)"
            if let from = fact.derivedFrom, !fact.summary.contains("derived") { out += " When absent: from \(from)." }
            out += "\n"
        }
        return out
    }
}
