public import EntenteLaw

extension AssessmentReport {
    /// A self-contained HTML page with the outcome, the condition table, the explanation tree and `would_change`.
    public func html() -> String {
        typealias M = Markup
        let style = """
            body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}
            table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem;vertical-align:top}
            .met{color:#176117}.not_met{color:#a11}.unknown{color:#8a6d00}.contested{color:#7a3fb0}.not_applicable{color:#666}
            li{margin:.2rem 0}
            """
        let head = M.element(
            "head", [],
            [
                M.element("meta", [("charset", "utf-8")]),
                M.element("title", text: "\(question): \(outcome)"),
                M.element("style", text: style),
            ])
        var rows: [M.Node] = [
            M.element(
                "tr", [],
                ["Condition", "Status", "Provision", "Facts used", "Reasoning"].map { M.element("th", text: $0) })
        ]
        for c in conditions {
            var facts: [M.Node] = []
            for (i, f) in c.factsUsed.enumerated() {
                if i > 0 { facts.append(M.element("br", selfClosing: true)) }
                facts.append(.text("\(f.fact) = \(f.display)"))
            }
            rows.append(
                M.element(
                    "tr", [],
                    [
                        M.element("td", text: c.code),
                        M.element("td", [("class", c.status.label)], text: c.status.label),
                        M.element("td", text: c.provision),
                        M.element("td", [], facts, selfClosing: false),
                        M.element("td", text: c.reasoning),
                    ]))
        }
        func item(_ node: ExplanationReport) -> M.Node {
            var children: [M.Node] = [
                node.status.map { M.element("span", [("class", $0.label)], text: title(of: node)) }
                    ?? .text(title(of: node))
            ]
            if let nested = node.children, !nested.isEmpty { children.append(M.element("ul", [], nested.map(item))) }
            return M.element("li", [], children, selfClosing: false)
        }
        let body = M.element(
            "body", [],
            [
                M.element("h1", [], [.text("\(question): "), M.element("span", text: outcome)]),
                M.element("p", text: reasoning),
                M.element("p", text: "Law applied as of \(lawAsOf): \(ruleSetTitle)"),
                actsSection(),
                M.element("h2", text: "Conditions"),
                M.element("table", [], rows),
                M.element("h2", text: "Explanation"),
                M.element("ul", [], [item(explanation)]),
                M.element("h2", text: "Would change the outcome"),
                M.element(
                    "ul", [], wouldChange.map { M.element("li", text: $0.changeText + " ⇒ " + $0.outcome) },
                    selfClosing: false),
            ])
        return M.htmlDocument(M.element("html", [("lang", "en")], [head, body]))
    }

    /// The acts of a situation with several acts and the rule that combined them; empty otherwise.
    private func actsSection() -> Markup.Node {
        guard let several = severalActs else { return .text("") }
        let items = several.acts.map { act in
            Markup.element(
                "li", text: "\(act.label): \(act.outcome)\(act.deciding ? " (decides)" : "") — \(act.reasoning)")
        }
        return Markup.element(
            "section", [],
            [
                Markup.element("h2", text: "Acts (\(several.rule))"), Markup.element("p", text: several.statement),
                Markup.element("ul", [], items, selfClosing: false),
            ], selfClosing: false)
    }
}
