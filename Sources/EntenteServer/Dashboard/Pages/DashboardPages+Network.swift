import EntenteCore
import EntenteNetwork
import EntenteRender
import EntenteServices
import Hummingbird

extension DashboardPages {
    /// The network view: layers, blocs, the index with rank intervals, and export links.
    func network(_ request: Request, _ context: BasicRequestContext, _ c: PageContext) async throws -> Response {
        let (year, region, layer) = try networkChoice(request, context)
        async let blocsReport = services.networkBlocs(year: year, layer: layer, region: region)
        async let indexReport = services.networkIndex(year: year, index: .init(region: region, top: 30))
        async let statesReport = statesByLabel(year: year)
        let (blocs, index, states) = try await (blocsReport, indexReport, statesReport)
        let layers = await layerSummaries(year: year)
        let exportBase = "/api/v1/network/export?year=\(year)&layer=\(layer.rawValue)"
        var body: [HTML.Node] = [
            HTML.p(c.t(.networkIntro)),
            networkForm(c, action: "/network", year: year, region: region, layer: layer),
            HTML.p(
                c.t(.layerCoverage, ["layer": layerName(c, layer), "year": String(year), "coverage": blocs.coverage]),
                [("class", "coverage")]),
            HTML.text("h2", c.t(.layersHeading, ["year": String(year)])),
            HTML.table(
                [c.t(.fieldLayer), c.t(.colTies), c.t(.coverageLabel)],
                layers.map { item in
                    var query = "/network?year=\(year)&layer=\(item.layer.rawValue)"
                    if let region { query += "&region=\(region.rawValue)" }
                    return [
                        HTML.link(query, layerName(c, item.layer)), .text(c.integer(item.ties)),
                        .text(item.ties == nil ? c.t(.unknown) + ": " + item.note : c.t(.coverageKnown)),
                    ]
                }),
            HTML.el(
                "p", [("class", "exports")],
                [.text(c.t(.exportLabel) + " ")]
                    + HTML.joined(
                        [
                            HTML.link(exportBase + "&format=graphml", "GraphML"),
                            HTML.link(exportBase + "&format=gexf", "GEXF"),
                        ], separator: " · ")),
            HTML.text("h2", c.t(.indexHeading, ["year": String(year)])),
            HTML.p(
                c.t(
                    .indexIntro,
                    [
                        "preset": index.preset.rawValue, "samples": String(index.samples),
                        "weights": index.indicators.map { "\($0) \(c.number(index.weights[$0]))" }.joined(
                            separator: ", "),
                    ])),
        ]
        for note in index.notes { body.append(HTML.p(note, [("class", "coverage")])) }
        body.append(rankChart(c, index))
        body.append(
            HTML.table(
                [c.t(.colRank), c.t(.colState), c.t(.colScore), c.t(.colRankInterval), c.t(.colExercisePartners)],
                index.states.map { row in
                    [
                        .text(String(row.rank)), stateLink(row.state, states[row.state]),
                        .text(c.number(row.score, digits: 1)),
                        .text("\(Int(row.rankLow))–\(Int(row.rankHigh))"), .text(String(row.exercisePartners)),
                    ]
                }))
        body.append(HTML.text("h2", c.t(.blocsHeading)))
        body.append(
            HTML.p(
                c.t(
                    .blocsIntro,
                    [
                        "a": blocs.blocA.joined(separator: ", "), "b": blocs.blocB.joined(separator: ", "),
                        "count": String(blocs.communities.count), "q": c.number(blocs.modularity, digits: 3),
                    ])))
        body.append(
            HTML.table(
                [c.t(.colCommunity), c.t(.colSize), c.t(.colMembers)],
                blocs.communities.prefix(12).map { g in
                    [.text(String(g.id)), .text(String(g.size)), .text(g.members.joined(separator: ", "))]
                }))
        body.append(HTML.text("h3", c.t(.hedgingHeading)))
        // The states most tied to either bloc first.
        let positions = blocs.states.sorted {
            ($0.tiesToA + $0.tiesToB, $1.state) > ($1.tiesToA + $1.tiesToB, $0.state)
        }
        .prefix(40)
        body.append(
            HTML.table(
                [c.t(.colState), c.t(.colTiesA), c.t(.colTiesB), c.t(.colBlocBalance), c.t(.colHedging)],
                positions.map { s in
                    [
                        stateLink(s.state, states[s.state]), .text(c.number(s.tiesToA)), .text(c.number(s.tiesToB)),
                        .text(c.number(s.balance)), .text(c.number(s.hedgingIndex)),
                    ]
                }))
        return Layout.page(c, title: c.t(.networkTitle), section: .network, body: body, sources: networkSources(c))
    }

    /// Each layer of the year with its number of ties, or why it is unknown that year.
    func layerSummaries(year: Int) async -> [(layer: NetworkLayer, ties: Int?, note: String)] {
        var out: [(layer: NetworkLayer, ties: Int?, note: String)] = []
        for layer in [NetworkLayer.combined] + NetworkLayer.combinable {
            do {
                let graph = try await services.networkExport(year: year, layer: layer)
                out.append((layer, graph.edges.count, ""))
            } catch {
                out.append((layer, nil, error.message))
            }
        }
        return out
    }

    /// Each state's median rank with its 90% interval over weight draws, best first.
    func rankChart(_ c: PageContext, _ index: NetworkIndexReport) -> HTML.Node {
        let rows = index.states
        let maxRank = max(2, rows.map(\.rankHigh).max() ?? 2)
        let left = 60.0, width = 520.0, step = 16.0
        func x(_ rank: Double) -> String { WorldMap.format(left + (rank - 1) / (maxRank - 1) * width) }
        var nodes: [HTML.Node] = [HTML.text("title", c.t(.rankChartTitle))]
        for (i, row) in rows.enumerated() {
            let y = 20 + Double(i) * step
            nodes.append(
                Markup.element(
                    "text", [("x", "54"), ("y", WorldMap.format(y + 4)), ("text-anchor", "end"), ("class", "label")],
                    text: row.state))
            nodes.append(
                Markup.element(
                    "line",
                    [
                        ("x1", x(row.rankLow)), ("x2", x(row.rankHigh)), ("y1", WorldMap.format(y)),
                        ("y2", WorldMap.format(y)), ("class", "interval"),
                    ]))
            nodes.append(
                Markup.element(
                    "circle", [("cx", x(row.medianRank)), ("cy", WorldMap.format(y)), ("r", "3"), ("class", "c0")],
                    [HTML.text("title", "\(row.state): \(row.rank) (\(Int(row.rankLow))–\(Int(row.rankHigh)))")]))
        }
        let height = 30 + Double(rows.count) * step
        nodes.append(
            Markup.element("text", [("x", x(1)), ("y", WorldMap.format(height - 2)), ("class", "label")], text: "1"))
        nodes.append(
            Markup.element(
                "text",
                [("x", x(maxRank)), ("y", WorldMap.format(height - 2)), ("text-anchor", "end"), ("class", "label")],
                text: String(Int(maxRank))))
        return HTML.el(
            "figure", [],
            [
                Markup.element(
                    "svg",
                    [
                        ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 600 \(Int(height))"),
                        ("class", "chart"),
                        ("role", "img"), ("aria-label", c.t(.rankChartTitle)),
                    ], nodes),
                HTML.text("figcaption", c.t(.rankChartCaption)),
            ])
    }
}
