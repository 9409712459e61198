public import EntenteLaw

/// Practice and acceptance over time as an SVG chart, with the one-third tipping point (Finnemore &
/// Sikkink 1998) and the three stages: emergence, cascade (from the tipping point), internalisation
/// (from crystallisation).
public struct NormLifeCycleChart: Sendable {
    let report: CustomLawReport

    public init(_ report: CustomLawReport) {
        self.report = report
    }

    // Stage names sit in two rows above the plot so they never cover the lines or each other.
    private static let width = 640.0, height = 284.0, left = 40.0, right = 10.0, top = 34.0, bottom = 30.0
    private static let practiceColour = "#1f5fa8", acceptanceColour = "#176117", tippingColour = "#c60"

    /// The chart as an SVG element (embed it in HTML, or render it alone with ``Markup/render(_:indent:)``).
    public func svg() -> Markup.Node {
        typealias M = Markup
        let (w, h, left, top) = (Self.width, Self.height, Self.left, Self.top)
        let pw = w - left - Self.right, ph = h - top - Self.bottom
        let timeline = report.timeline
        guard let first = timeline.first?.year, let last = timeline.last?.year else {
            return M.element(
                "svg", [("xmlns", "http://www.w3.org/2000/svg"), ("width", String(Int(w))), ("height", "40")],
                [M.element("text", [("x", "10"), ("y", "25")], text: "no evidence")])
        }
        let span = Double(max(1, last - first))
        func x(_ year: Int) -> Double { left + Double(year - first) / span * pw }
        func y(_ v: Double) -> Double { top + (1 - v) * ph }
        func r(_ v: Double) -> String { String((v * 10).rounded() / 10) }
        func label(_ text: String, x: Double, y: Double, size: Int = 11, fill: String? = nil, end: Bool = false)
            -> M.Node
        {
            var attributes = [("x", r(x)), ("y", r(y)), ("font-size", String(size))]
            if end { attributes.append(("text-anchor", "end")) }
            if let fill { attributes.append(("fill", fill)) }
            return M.element("text", attributes, text: text)
        }
        func rect(from x0: Double, width: Double, fill: String) -> M.Node {
            M.element(
                "rect", [("x", r(x0)), ("y", r(top)), ("width", r(width)), ("height", r(ph)), ("fill", fill)])
        }
        func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ extra: [(String, String)]) -> M.Node {
            M.element("line", [("x1", r(x1)), ("y1", r(y1)), ("x2", r(x2)), ("y2", r(y2))] + extra)
        }
        func polyline(_ values: [(Int, Double?)], _ colour: String, _ name: String) -> M.Node {
            let points = values.compactMap { year, v in v.map { "\(r(x(year))),\(r(y($0)))" } }
            return M.element(
                "polyline",
                [
                    ("points", points.joined(separator: " ")), ("fill", "none"), ("stroke", colour),
                    ("stroke-width", "2"),
                ],
                [M.element("title", text: name)])
        }
        var nodes: [M.Node] = []
        let tip = report.tippingPointYear ?? last
        let crystallised = report.crystallisationYear ?? last
        nodes.append(rect(from: left, width: x(tip) - left, fill: "#f4f4f4"))
        nodes.append(label("emergence", x: left + 2, y: 12))
        if report.tippingPointYear != nil {
            nodes.append(rect(from: x(tip), width: max(0, x(max(crystallised, tip)) - x(tip)), fill: "#fff4e0"))
            nodes.append(label("cascade", x: x(tip) + 2, y: 26))
        }
        if let c = report.crystallisationYear {
            nodes.append(rect(from: x(c), width: left + pw - x(c), fill: "#e6f4e6"))
            nodes.append(label("internalisation", x: x(c) + 2, y: 12))
        }
        let tipY = y(CustomaryLaw.tippingPoint)
        nodes += [
            line(left, top + ph, left + pw, top + ph, [("stroke", "#333")]),
            line(left, top, left, top + ph, [("stroke", "#333")]),
            line(left, tipY, left + pw, tipY, [("stroke", Self.tippingColour), ("stroke-dasharray", "4 3")]),
            label("tipping point 1/3", x: left + pw - 120, y: tipY - 4, fill: Self.tippingColour),
            label("1", x: left - 4, y: top + 8, size: 10, end: true),
            label("0", x: left - 4, y: top + ph, size: 10, end: true),
            label(String(first), x: left, y: h - 10, size: 10),
            label(String(last), x: left + pw, y: h - 10, size: 10, end: true),
            polyline(timeline.map { ($0.year, $0.practice) }, Self.practiceColour, "practice (region-weighted share)"),
            polyline(timeline.map { ($0.year, $0.acceptance) }, Self.acceptanceColour, "acceptance as law (share)"),
            label("practice", x: left + 80, y: h - 10, size: 10, fill: Self.practiceColour),
            label("acceptance", x: left + 140, y: h - 10, size: 10, fill: Self.acceptanceColour),
        ]
        return M.element(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("width", String(Int(w))), ("height", String(Int(h))),
                ("role", "img"), ("aria-label", "practice and acceptance over time"),
            ], nodes)
    }
}
