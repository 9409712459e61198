public import EntenteLaw

extension AssessmentReport {
    /// A plain-text report: outcome, reasoning, the explanation tree with reasons, and `would_change`.
    public func text() -> String {
        var out = "Question: \(question) (\(ruleSetTitle))\n"
        out += "Law applied as of: \(lawAsOf)" + (lawVersion.map { " — text \($0)" } ?? "") + "\n"
        out += "Outcome: \(outcome)\n"
        out += "Reasoning: \(reasoning)\n"
        if let several = severalActs {
            out += "\nActs (\(several.rule)): \(several.statement)\n"
            for act in several.acts {
                out += "  - \(act.label): \(act.outcome)\(act.deciding ? " (decides)" : "") — \(act.reasoning)\n"
            }
            out += "\nExplanation (the deciding act):\n"
        } else {
            out += "\nExplanation:\n"
        }
        func walk(_ node: ExplanationReport, _ depth: Int) {
            let pad = String(repeating: "  ", count: depth)
            out += pad + (depth == 0 ? "" : "- ") + title(of: node) + "\n"
            if node.kind == .condition || node.kind == .exception, let reasoning = node.text {
                out += pad + "  " + reasoning + "\n"
            }
            for child in node.children ?? [] { walk(child, depth + 1) }
        }
        walk(explanation, 0)
        out += "\nWould change the outcome:\n"
        if wouldChange.isEmpty { out += "  (no change of one or two facts changes the outcome)\n" }
        for set in wouldChange {
            out += "  - " + set.changeText + "  ⇒ \(set.outcome)\n"
        }
        if wouldChangeTruncated { out += "  (search stopped at its budget; more sets may exist)\n" }
        return out
    }

    /// The one-line title of an explanation node, as the text and HTML reports show it.
    public func title(of node: ExplanationReport) -> String {
        switch node.kind {
        case .outcome:
            return "\(question): \(node.label ?? outcome) — \(node.text ?? reasoning)"
        case .condition, .exception:
            let role =
                node.kind == .exception
                ? "exception" : (node.role?.rawValue ?? "condition").replacing("_", with: " ")
            return "\(node.code ?? "") [\(node.status?.label ?? "unknown")] (\(role); \(node.provision ?? ""))"
        case .fact:
            let origin = node.source == .derived ? " (derived)" : ""
            return "\(node.fact ?? "") = \(node.display ?? "null")\(origin)" + (node.note.map { " — \($0)" } ?? "")
        }
    }
}

extension WouldChangeReport {
    /// `necessity: true → false and proportionality: true → false`.
    public var changeText: String {
        changes.map { "\($0.fact): \($0.from) → \($0.to)" }.joined(separator: " and ")
    }
}
