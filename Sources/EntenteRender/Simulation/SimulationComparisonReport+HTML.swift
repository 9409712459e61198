public import EntenteServices

extension SimulationComparisonReport {
    /// A self-contained HTML report: the outcome table (differences and effect sizes with their 95%
    /// intervals) and one SVG line chart per series, A and B means over time. Built with ``Markup``.
    public var html: String {
        let m = Markup.self
        let title = "\(a.scenario) vs \(b.scenario)"
        var body: [Markup.Node] = [
            m.element("h1", text: title),
            m.element(
                "p",
                text:
                    "A: \(a.file) (\(a.replicates) replicates, seed \(a.seed), fingerprint \(a.fingerprint)). "
                    + "B: \(b.file) (\(b.replicates) replicates, seed \(b.seed), fingerprint \(b.fingerprint)). "
                    + method + "."),
        ]
        let header = ["outcome", "mean A", "mean B", "B − A", "95% CI", "Hedges' g", "95% CI", "differs"]
        var rows: [Markup.Node] = [m.element("tr", [], header.map { m.element("th", text: $0) })]
        for o in outcomes {
            let cells = [
                o.name, NumberText.compactOrMissing(o.meanA), NumberText.compactOrMissing(o.meanB),
                NumberText.compactOrMissing(o.difference),
                "[\(NumberText.compactOrMissing(o.differenceCiLow)), \(NumberText.compactOrMissing(o.differenceCiHigh))]",
                NumberText.compactOrMissing(o.hedgesG),
                "[\(NumberText.compactOrMissing(o.hedgesGCiLow)), \(NumberText.compactOrMissing(o.hedgesGCiHigh))]",
                o.differs ? "yes" : "no",
            ]
            rows.append(
                m.element("tr", o.differs ? [("class", "differs")] : [], cells.map { m.element("td", text: $0) }))
        }
        body.append(m.element("table", [], rows))
        for pair in series { body.append(Self.chart(pair)) }
        let style = """
            body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}\
            td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}td:first-child{text-align:left}\
            tr.differs{background:#fff3c4}figure{display:inline-block;margin:1em}
            """
        let document = m.element(
            "html", [("lang", "en")],
            [
                m.element(
                    "head", [],
                    [
                        m.element("meta", [("charset", "utf-8")]), m.element("title", text: title),
                        m.element("style", text: style),
                    ]),
                m.element("body", [], body),
            ])
        return Markup.htmlDocument(document)
    }

    /// One SVG chart: A in blue, B in orange, over the recorded steps.
    static func chart(_ pair: SeriesPair) -> Markup.Node {
        let m = Markup.self
        let width = 320.0
        let height = 180.0
        let pad = 30.0
        let values = (pair.meanA + pair.meanB).compactMap { $0 }
        let low = values.min() ?? 0
        let high = max(values.max() ?? 1, low + 1e-12)
        let first = Double(pair.steps.first ?? 0)
        let last = max(Double(pair.steps.last ?? 1), first + 1)
        func points(_ ys: [Double?]) -> String {
            zip(pair.steps, ys).compactMap { step, y -> String? in
                guard let y else { return nil }
                let px = pad + (Double(step) - first) / (last - first) * (width - 2 * pad)
                let py = height - pad - (y - low) / (high - low) * (height - 2 * pad)
                return "\(Int(px.rounded())),\(Int(py.rounded()))"
            }.joined(separator: " ")
        }
        let svg = m.element(
            "svg",
            [("xmlns", "http://www.w3.org/2000/svg"), ("width", "\(Int(width))"), ("height", "\(Int(height))")],
            [
                m.element("polyline", [("points", points(pair.meanA)), ("fill", "none"), ("stroke", "#1f77b4")]),
                m.element("polyline", [("points", points(pair.meanB)), ("fill", "none"), ("stroke", "#ff7f0e")]),
                m.element("text", [("x", "2"), ("y", "12"), ("font-size", "10")], text: NumberText.compact(high)),
                m.element(
                    "text", [("x", "2"), ("y", "\(Int(height - pad))"), ("font-size", "10")],
                    text: NumberText.compact(low)),
            ])
        return m.element(
            "figure", [], [svg, m.element("figcaption", text: "\(pair.name): A blue, B orange (mean over replicates)")])
    }
}

extension NumberText {
    /// A compact number, or the missing mark.
    static func compactOrMissing(_ value: Double?) -> String { value.map(compact) ?? missing }
}
