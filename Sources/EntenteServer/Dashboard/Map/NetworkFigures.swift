import EntenteCore
import EntenteRender
import EntenteServices
import Foundation

/// The defence network drawn two ways: ties between capitals on the world map, and the same ties
/// as a graph with the states on a circle grouped by community. Layout only; the ties and
/// communities come from the services' reports.
struct NetworkFigures {
    typealias Node = Markup.Node

    /// A state of the drawing.
    struct Point {
        let label: String
        let state: StateInfo?
        let community: Int
        let strength: Double
    }

    let points: [Point]
    /// Ties between indexes of ``points``, strongest first.
    let ties: [NetworkGraphReport.Edge]
    /// Ties in the layer among the drawn states, before the strongest were kept.
    let tieCount: Int
    /// The strongest tie drawn, for line widths.
    let maxWeight: Double

    static let palette = 10

    /// The drawing of a year's layer: `measures` names the states shown (a region's, or all) and
    /// their communities; `graph` gives the ties. At most `maxTies` of the strongest are kept.
    init(measures: NetworkMeasuresReport, graph: NetworkGraphReport, states: [String: StateInfo], maxTies: Int) {
        let shown = measures.nodes.map {
            Point(label: $0.label, state: states[$0.label], community: $0.community, strength: $0.strength ?? 0)
        }
        let index = Dictionary(shown.enumerated().map { ($1.label, $0) }, uniquingKeysWith: { a, _ in a })
        var ties: [NetworkGraphReport.Edge] = []
        var seen = Set<[Int]>()
        for edge in graph.edges where edge.weight > 0 {
            guard let a = index[graph.nodes[edge.source]], let b = index[graph.nodes[edge.target]], a != b else {
                continue
            }
            // A directed layer lists both directions; one line is drawn.
            guard seen.insert([min(a, b), max(a, b)]).inserted else { continue }
            ties.append(.init(source: a, target: b, weight: edge.weight))
        }
        ties.sort { $0.weight > $1.weight }
        tieCount = ties.count
        self.points = shown
        self.ties = Array(ties.prefix(maxTies))
        maxWeight = ties.first?.weight ?? 1
    }

    private func width(_ weight: Double, scale: Double) -> String {
        WorldMap.format((0.3 + 1.7 * weight / maxWeight) * scale)
    }

    /// The world map with countries, ties between capitals, and capitals linked to profiles.
    func map(_ c: PageContext, _ map: WorldMap, _ capitals: Capitals, year: Int, zoomToStates: Bool) -> Node {
        let located = points.map { p in p.state.flatMap { capitals.point(of: $0, year: year) } }
        let byIso = Dictionary(
            points.compactMap { p in p.state?.iso3.map { ($0, p.community) } }, uniquingKeysWith: { a, _ in a })
        var children: [Node] = [
            HTML.text("title", c.t(.mapTitle, ["year": String(year)]))
        ]
        // The countries come from the cached background file; only a chosen region's network
        // states are drawn again on top, tinted.
        children.append(
            HTML.void(
                "image",
                [
                    ("href", "/static/world.svg"), ("x", "0"), ("y", "0"), ("width", WorldMap.format(WorldMap.width)),
                    ("height", WorldMap.format(WorldMap.height)), ("preserveAspectRatio", "none"),
                ]))
        if zoomToStates {
            children.append(
                HTML.el(
                    "g", [("class", "countries")],
                    map.countries.filter { byIso[$0.iso3] != nil }.map { country in
                        Markup.element(
                            "path", [("d", country.path), ("class", "land in")], [HTML.text("title", country.name)])
                    }))
        }
        var lines: [Node] = []
        for tie in ties {
            guard let a = located[tie.source], let b = located[tie.target] else { continue }
            lines.append(
                Markup.element(
                    "line",
                    [
                        ("x1", WorldMap.format(a.x)), ("y1", WorldMap.format(a.y)), ("x2", WorldMap.format(b.x)),
                        ("y2", WorldMap.format(b.y)), ("stroke-width", width(tie.weight, scale: 0.8)),
                    ]))
        }
        children.append(HTML.el("g", [("class", "ties")], lines))
        var dots: [Node] = []
        for (i, p) in points.enumerated() {
            guard let at = located[i] else { continue }
            dots.append(stateDot(p, x: at.x, y: at.y, radius: 2.2))
        }
        children.append(HTML.el("g", [("class", "capitals")], dots))
        var box = (x: 0.0, y: 0.0, w: WorldMap.width, h: WorldMap.height)
        let xs = located.compactMap { $0?.x }, ys = located.compactMap { $0?.y }
        if zoomToStates, let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() {
            let pad = 30.0
            var w = max(120, x1 - x0 + 2 * pad), h = max(60, y1 - y0 + 2 * pad)
            // Keep the map's 2.5 : 1 shape so countries are not stretched.
            if w / h > 2.5 { h = w / 2.5 } else { w = h * 2.5 }
            box = ((x0 + x1) / 2 - w / 2, (y0 + y1) / 2 - h / 2, w, h)
        }
        let viewBox = [box.x, box.y, box.w, box.h].map(WorldMap.format).joined(separator: " ")
        let svg = Markup.element(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", viewBox), ("class", "map"), ("role", "img"),
                ("aria-label", c.t(.mapTitle, ["year": String(year)])),
            ], children)
        return HTML.el(
            "figure", [],
            [
                svg,
                HTML.el(
                    "figcaption", [],
                    [
                        .text(c.t(.mapCaption, ["shown": String(ties.count), "all": String(tieCount)]) + " "),
                        HTML.text("strong", c.t(.mapCredit)), .text(" " + c.t(.mapPointOfView)),
                    ]),
            ])
    }

    /// The ties as a graph: states on a circle, grouped by community, sized by strength.
    func graph(_ c: PageContext, year: Int) -> Node {
        let size = 560.0, centre = 280.0, radius = 230.0
        // States without a tie in the layer would only crowd the circle.
        let order = points.indices.filter { points[$0].strength > 0 }.sorted {
            (points[$0].community, -points[$0].strength, points[$0].label)
                < (points[$1].community, -points[$1].strength, points[$1].label)
        }
        var position = [Int: (x: Double, y: Double)]()
        for (k, i) in order.enumerated() {
            let angle = Double(k) / Double(max(1, order.count)) * 2 * Double.pi
            position[i] = (centre + radius * cos(angle), centre + radius * sin(angle))
        }
        let maxStrength = points.map(\.strength).max() ?? 1
        var lines: [Node] = []
        for tie in ties {
            guard let a = position[tie.source], let b = position[tie.target] else { continue }
            lines.append(
                Markup.element(
                    "line",
                    [
                        ("x1", WorldMap.format(a.x)), ("y1", WorldMap.format(a.y)), ("x2", WorldMap.format(b.x)),
                        ("y2", WorldMap.format(b.y)), ("stroke-width", width(tie.weight, scale: 1)),
                    ]))
        }
        var dots: [Node] = []
        let labelled = Set(points.indices.sorted { points[$0].strength > points[$1].strength }.prefix(24))
        for i in order {
            guard let at = position[i] else { continue }
            let p = points[i]
            let r = 2.5 + 6 * (maxStrength > 0 ? p.strength / maxStrength : 0)
            dots.append(stateDot(p, x: at.x, y: at.y, radius: r))
            if labelled.contains(i) {
                let outward = (
                    x: at.x + (at.x - centre) / radius * (r + 10), y: at.y + (at.y - centre) / radius * (r + 10)
                )
                dots.append(
                    Markup.element(
                        "text",
                        [
                            ("x", WorldMap.format(outward.x)), ("y", WorldMap.format(outward.y + 3)),
                            ("text-anchor", outward.x < centre ? "end" : "start"), ("class", "label"),
                        ], text: p.label))
            }
        }
        let svg = Markup.element(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "-60 -20 \(Int(size) + 120) \(Int(size) + 40)"),
                ("class", "graph"), ("role", "img"), ("aria-label", c.t(.graphTitle, ["year": String(year)])),
            ],
            [
                HTML.text("title", c.t(.graphTitle, ["year": String(year)])), HTML.el("g", [("class", "ties")], lines),
                HTML.el("g", [("class", "nodes")], dots),
            ])
        return HTML.el("figure", [], [svg, HTML.text("figcaption", c.t(.graphCaption))])
    }

    private func stateDot(_ p: Point, x: Double, y: Double, radius: Double) -> Node {
        let name = p.state.map { "\($0.name) (\(p.label))" } ?? p.label
        let circle = Markup.element(
            "circle",
            [
                ("cx", WorldMap.format(x)), ("cy", WorldMap.format(y)), ("r", WorldMap.format(radius)),
                ("class", "c\(p.community % Self.palette)"),
            ], [HTML.text("title", name)])
        return HTML.el("a", [("href", "/state/" + PageContext.encode(p.label))], [circle])
    }
}
