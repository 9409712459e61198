/// A small line chart as SVG: several series over shared x values, gaps where a value is unknown,
/// a legend, and the y range from the data (or given). Labels arrive already in the reader's language.
public struct LineChart: Sendable {
    /// One line.
    public struct Series: Sendable {
        public var name: String
        public var colour: String
        /// One value per x; nil leaves a gap.
        public var values: [Double?]

        public init(name: String, colour: String, values: [Double?]) {
            self.name = name
            self.colour = colour
            self.values = values
        }
    }

    public var title: String
    public var x: [Double]
    public var series: [Series]
    /// Fixed y range; nil takes the data's.
    public var yRange: ClosedRange<Double>?

    public init(title: String, x: [Double], series: [Series], yRange: ClosedRange<Double>? = nil) {
        precondition(series.allSatisfy { $0.values.count == x.count }, "a series misses x values")
        self.title = title
        self.x = x
        self.series = series
        self.yRange = yRange
    }

    private static let width = 640.0, height = 260.0, left = 48.0, right = 12.0, top = 12.0, bottom = 48.0

    /// The chart as an `<svg>` element.
    public func svg() -> Markup.Node {
        typealias M = Markup
        let (w, h, left, top) = (Self.width, Self.height, Self.left, Self.top)
        let pw = w - left - Self.right, ph = h - top - Self.bottom
        let values = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
        var low = yRange?.lowerBound ?? values.min() ?? 0
        var high = yRange?.upperBound ?? values.max() ?? 1
        if high - low < 1e-12 {
            low -= 0.5
            high += 0.5
        }
        let x0 = x.min() ?? 0, x1 = x.max() ?? 1
        let xSpan = x1 - x0 > 0 ? x1 - x0 : 1
        func px(_ v: Double) -> Double { left + (v - x0) / xSpan * pw }
        func py(_ v: Double) -> Double { top + (1 - (v - low) / (high - low)) * ph }
        func r(_ v: Double) -> String {
            let t = (v * 10).rounded() / 10
            return t == t.rounded() && abs(t) < 1e15 ? String(Int(t)) : String(t)
        }
        func number(_ v: Double) -> String {
            abs(v) >= 100 || v == v.rounded() ? String(Int(v.rounded())) : String((v * 1000).rounded() / 1000)
        }
        var nodes: [M.Node] = [
            M.element("title", text: title),
            M.element(
                "line",
                [("x1", r(left)), ("y1", r(top + ph)), ("x2", r(left + pw)), ("y2", r(top + ph)), ("stroke", "#555")]),
            M.element(
                "line", [("x1", r(left)), ("y1", r(top)), ("x2", r(left)), ("y2", r(top + ph)), ("stroke", "#555")]),
        ]
        for v in [low, (low + high) / 2, high] {
            nodes.append(
                M.element(
                    "line",
                    [("x1", r(left)), ("y1", r(py(v))), ("x2", r(left + pw)), ("y2", r(py(v))), ("stroke", "#ddd")]))
            nodes.append(
                M.element(
                    "text", [("x", r(left - 4)), ("y", r(py(v) + 4)), ("font-size", "10"), ("text-anchor", "end")],
                    text: number(v)))
        }
        for v in Set([x0, x1]).sorted() {
            nodes.append(
                M.element(
                    "text", [("x", r(px(v))), ("y", r(top + ph + 14)), ("font-size", "10"), ("text-anchor", "middle")],
                    text: number(v)))
        }
        for s in series {
            // Each unbroken run of known values is one polyline; a single known point is a dot.
            var runs: [[(Double, Double)]] = [[]]
            for (i, v) in s.values.enumerated() {
                if let v, v.isFinite { runs[runs.count - 1].append((px(x[i]), py(v))) } else { runs.append([]) }
            }
            for run in runs where !run.isEmpty {
                if run.count == 1 {
                    nodes.append(
                        M.element(
                            "circle", [("cx", r(run[0].0)), ("cy", r(run[0].1)), ("r", "2.5"), ("fill", s.colour)]))
                } else {
                    nodes.append(
                        M.element(
                            "polyline",
                            [
                                ("points", run.map { "\(r($0.0)),\(r($0.1))" }.joined(separator: " ")),
                                ("fill", "none"),
                                ("stroke", s.colour), ("stroke-width", "2"),
                            ], [M.element("title", text: s.name)]))
                }
            }
        }
        var legendX = left
        for s in series {
            nodes.append(
                M.element(
                    "rect",
                    [("x", r(legendX)), ("y", r(h - 16)), ("width", "10"), ("height", "10"), ("fill", s.colour)]))
            nodes.append(
                M.element("text", [("x", r(legendX + 14)), ("y", r(h - 7)), ("font-size", "11")], text: s.name))
            legendX += 24 + Double(s.name.count) * 6.2
        }
        return M.element(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(Int(w)) \(Int(h))"), ("class", "chart"),
                ("role", "img"), ("aria-label", title),
            ], nodes)
    }
}
