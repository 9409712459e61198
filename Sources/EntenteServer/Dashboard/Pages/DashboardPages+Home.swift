import EntenteCore
import EntenteNetwork
import EntenteRender
import EntenteServices
import Hummingbird

extension DashboardPages {
    /// The year a page shows when none is asked: the state system's last observed year (later
    /// years can be chosen; their state lists are carried forward and flagged).
    var defaultYear: Int { Services.coverage.states.lastYear }

    /// The year, region and layer a network page asks for, checked.
    func networkChoice(_ request: Request, _ context: BasicRequestContext) throws -> (
        year: Int, region: Region?, layer: NetworkLayer
    ) {
        let q = APIRequest(request, context)
        let years = Services.coverage.worldYears
        let year = try q.int("year", in: years.lowerBound...years.upperBound) ?? defaultYear
        let region = try q.text("region").map { name throws(EntenteError) -> Region in
            guard let region = Region(name: name) else {
                throw EntenteError(
                    .invalidInput,
                    "'region': '\(name)' is not one of " + Region.allCases.map(\.rawValue).joined(separator: ", ") + "."
                )
            }
            return region
        }
        let layer = try q.choice("layer", NetworkLayer.self) ?? .combined
        return (year, region, layer)
    }

    /// The form choosing year, region and layer.
    func networkForm(_ c: PageContext, action: String, year: Int, region: Region?, layer: NetworkLayer) -> HTML.Node {
        let years = Services.coverage.worldYears
        let regions = [("", c.t(.regionAll))] + Region.allCases.map { ($0.rawValue, regionName(c, $0)) }
        let layers = ([NetworkLayer.combined] + NetworkLayer.combinable).map { ($0.rawValue, layerName(c, $0)) }
        return HTML.el(
            "form", [("method", "get"), ("action", action), ("class", "inline")],
            [
                HTML.field(
                    c.t(.fieldYear), for: "year",
                    HTML.input(
                        "year", type: "number", value: String(year),
                        extra: [("min", String(years.lowerBound)), ("max", String(years.upperBound))])),
                HTML.field(
                    c.t(.fieldRegion), for: "region", HTML.select("region", regions, selected: region?.rawValue ?? "")),
                HTML.field(c.t(.fieldLayer), for: "layer", HTML.select("layer", layers, selected: layer.rawValue)),
                HTML.text("button", [("type", "submit")], c.t(.show)),
            ])
    }

    func regionName(_ c: PageContext, _ region: Region) -> String {
        switch region {
        case .americas: c.t(.regionAmericas)
        case .europe: c.t(.regionEurope)
        case .africa: c.t(.regionAfrica)
        case .middleEast: c.t(.regionMiddleEast)
        case .asia: c.t(.regionAsia)
        case .oceania: c.t(.regionOceania)
        }
    }

    func layerName(_ c: PageContext, _ layer: NetworkLayer) -> String {
        switch layer {
        case .combined: c.t(.layerCombined)
        case .alliance: c.t(.layerAlliance)
        case .exercise: c.t(.layerExercise)
        case .organisation: c.t(.layerOrganisation)
        case .agreement: c.t(.layerAgreement)
        default: layer.rawValue
        }
    }

    /// The sources every network page draws on.
    func networkSources(_ c: PageContext) -> [DataNote] {
        let k = Services.coverage
        return [
            c.coverage(c.t(.sourceStates), k.states), c.coverage(c.t(.sourceAlliances), k.alliances),
            c.coverage(c.t(.sourceExercises), k.exercises), c.coverage(c.t(.sourceCurated), k.curatedActivities),
            c.coverage(c.t(.sourceOrganisations), k.organisations),
        ]
    }

    /// The states of a year by the code the network labels them with.
    func statesByLabel(year: Int) async throws(EntenteError) -> [String: StateInfo] {
        let report = try await services.states(asOf: Day.endOfYear(year))
        return Dictionary(report.states.map { ($0.displayCode, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Home: choose a region and a year; the defence network on the world map and as a graph.
    func home(_ request: Request, _ context: BasicRequestContext, _ c: PageContext) async throws -> Response {
        let (year, region, layer) = try networkChoice(request, context)
        async let measuresReport = services.networkMeasures(year: year, layer: layer, region: region)
        async let graphReport = services.networkExport(year: year, layer: layer)
        async let statesReport = statesByLabel(year: year)
        let (measures, graph, states) = try await (measuresReport, graphReport, statesReport)
        let figures = NetworkFigures(measures: measures.measures, graph: graph, states: states, maxTies: 500)
        var body: [HTML.Node] = [
            HTML.p(c.t(.homeIntro)),
            networkForm(c, action: "/", year: year, region: region, layer: layer),
            coverageLine(c, label: measures.coverage, note: measures.coverageNote, layer: layer, year: year),
            HTML.text("h2", c.t(.homeMapHeading, ["layer": layerName(c, layer), "year": String(year)])),
            figures.map(c, assets.map, assets.capitals, year: year, zoomToStates: region != nil),
            HTML.text("h2", c.t(.homeGraphHeading)),
            figures.graph(c, year: year),
            HTML.text("h2", c.t(.homeTopHeading)),
        ]
        let top = measures.measures.nodes.sorted { ($0.strength ?? 0) > ($1.strength ?? 0) }.prefix(15)
        body.append(
            HTML.table(
                [c.t(.colState), c.t(.colDegree), c.t(.colStrength), c.t(.colEigenvector), c.t(.colCommunity)],
                top.map { n in
                    [
                        stateLink(n.label, states[n.label]), .text(String(n.degree)), .text(c.number(n.strength)),
                        .text(c.number(n.eigenvector, digits: 3)), .text(String(n.community)),
                    ]
                }))
        body.append(
            HTML.el(
                "p", [],
                [
                    HTML.link(
                        "/network?year=\(year)&layer=\(layer.rawValue)"
                            + (region.map { "&region=\($0.rawValue)" } ?? ""),
                        c.t(.homeMoreNetwork))
                ]))
        var sources = networkSources(c)
        sources.append(DataNote(source: "Natural Earth 1:10m Admin 0 v5.1.1", coverage: c.t(.mapCoverage)))
        sources.append(DataNote(source: c.t(.sourceCapitals), coverage: c.t(.capitalsCoverage)))
        return Layout.page(c, title: c.t(.homeTitle), section: .home, body: body, sources: sources)
    }

    /// The layer's coverage in words, never blank.
    func coverageLine(_ c: PageContext, label: String, note: String?, layer: NetworkLayer, year: Int) -> HTML.Node {
        let word =
            label.hasPrefix("covered")
            ? c.t(.coverageCovered) : label.hasPrefix("partial") ? c.t(.coveragePartialWord) : c.t(.unknown)
        var text = c.t(.layerCoverage, ["layer": layerName(c, layer), "year": String(year), "coverage": word])
        if let note { text += " (" + note + ")" }
        return HTML.p(text, [("class", "coverage")])
    }

    func stateLink(_ label: String, _ state: StateInfo?) -> HTML.Node {
        HTML.link("/state/" + PageContext.encode(label), state.map { "\($0.name) (\(label))" } ?? label)
    }
}
