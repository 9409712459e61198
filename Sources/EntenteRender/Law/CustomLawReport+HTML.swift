public import EntenteLaw

extension CustomLawReport {
    /// The judgement as a standalone HTML page with an inline SVG chart of the norm life cycle.
    public func html() -> String {
        typealias M = Markup
        let f = Self.figure
        let style = """
            body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .4rem;vertical-align:top}
            .met{color:#176117}.not_met{color:#a11}.unknown{color:#8a6d00}.not_applicable{color:#666}
            """
        func row(_ cells: [String], header: Bool = false) -> M.Node {
            M.element("tr", [], cells.map { M.element(header ? "th" : "td", text: $0) })
        }
        func table(_ header: [String], _ rows: [M.Node]) -> M.Node {
            M.element("table", [], [row(header, header: true)] + rows)
        }
        let conditionRows = conditions.map { c in
            M.element(
                "tr", [],
                [
                    M.element("td", text: c.code), M.element("td", [("class", c.status.label)], text: c.status.label),
                    M.element("td", text: c.detail), M.element("td", text: c.provision),
                    M.element("td", text: c.facts.map { "\($0.name) = \($0.value)" }.joined(separator: "; ")),
                ])
        }
        let gridRows = grid.outcomes.enumerated().map { i, outcomes in
            M.element("tr", [], [M.element("th", text: f(grid.values[i]))] + outcomes.map { M.element("td", text: $0) })
        }
        let evidenceRows = evidence.map { r in
            row([
                r.state, r.region, String(r.conforming), String(r.contrary), String(r.contraryTreatedAsBreach),
                r.practises ? "yes" : "no", f(r.acceptance), r.opinioForms.joined(separator: ", "),
                r.objectionSince.map { "since \($0)" + (r.persistentObjector ? " (persistent objector)" : "") } ?? "",
            ])
        }
        var body: [M.Node] = [
            M.element("h1", [], [.text("customary_law: \(rule) — "), M.element("span", text: outcome)])
        ]
        if !title.isEmpty { body.append(M.element("p", text: title)) }
        body += [
            M.element(
                "p",
                text: "\(scope) custom, as of \(asOf). Crystallised: \(crystallisationYear.map(String.init) ?? "no")."),
            M.element("h2", text: "Norm life cycle"),
            NormLifeCycleChart(self).svg(),
            M.element("h2", text: "Conditions"),
            table(["Condition", "Status", "Figures", "Provision", "Facts used"], conditionRows),
            M.element("h2", text: "Sensitivity"),
            table(
                ["Threshold", "Value", "Outcome holds from", "to"],
                sensitivity.map { row([$0.threshold, f($0.value), f($0.holdsFrom), f($0.holdsTo)]) }),
            M.element("h3", text: "Outcome over generality (rows) × opinio juris (columns)"),
            M.element(
                "table", [],
                [M.element("tr", [], [M.element("th", text: "")] + grid.values.map { M.element("th", text: f($0)) })]
                    + gridRows),
            M.element("h2", text: "Would change"),
            M.element("ul", [], wouldChange.map { M.element("li", text: $0) }, selfClosing: false),
            M.element("h2", text: "Evidence by state"),
            table(
                [
                    "State", "Region", "Conforming", "Contrary", "Treated as breach", "Practises", "Acceptance",
                    "Forms", "Objection",
                ],
                evidenceRows),
            M.element("h2", text: "Explanation"),
            M.element("ul", [], explanation.map { M.element("li", text: $0) }, selfClosing: false),
        ]
        let head = M.element(
            "head", [],
            [
                M.element("meta", [("charset", "utf-8")]),
                M.element("title", text: "customary_law: \(rule): \(outcome)"),
                M.element("style", text: style),
            ])
        return M.htmlDocument(M.element("html", [("lang", "en")], [head, M.element("body", [], body)]))
    }
}
