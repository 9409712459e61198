import EntenteCore
import EntenteNetwork
import EntenteRender
import EntenteServices
import HTTPTypes

/// The web of defence diplomacy: measures, blocs, a state's position over time, the composite
/// index, UN-vote affinity, and graph export.
enum NetworkAPI {
    static func routes(_ services: Services) -> [APIRoute] {
        let year = APIRoute.Parameter.query(
            "year", .integer, "The year.", required: true, range: 1816...2100, example: .number(2005))
        let layer = APIRoute.Parameter.query(
            "layer", .string(enumeration: NetworkLayer.allCases.map(\.rawValue)), "The layer (default combined).")
        let region = APIRoute.Parameter.query(
            "region", .string(enumeration: Region.allCases.map(\.rawValue)), "Show only this region's states.")
        let allianceTypes = APIRoute.Parameter.query(
            "alliance_types", .string(),
            "Obligation types that make an alliance tie, comma-separated: "
                + ObligationType.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        let organisations = APIRoute.Parameter.query(
            "organisations", .string(), "Security organisations of the organisation layer, comma-separated ids.")
        return [
            APIRoute(
                .get, "/api/v1/network/measures", id: "getNetworkMeasures", tag: "network",
                summary: "Per-state measures of a year's layer: degree, strength, centralities, community.",
                parameters: [
                    year, layer, region, allianceTypes, organisations,
                    .query("sort", .string(enumeration: NodeMeasure.allCases.map(\.rawValue)), "Sort by this measure."),
                    .query("top", .integer, "Show only this many states.", range: 1...10_000),
                ],
                answer: .json(.reference("NetworkMeasuresReport"))
            ) { request, context in
                let q = APIRequest(request, context)
                let report = try await services.networkMeasures(
                    year: try requiredYear(q), layer: try q.choice("layer", NetworkLayer.self) ?? .combined,
                    region: try q.choice("region", Region.self), layers: try layerParameters(q),
                    measures: .init(
                        sort: try q.choice("sort", NodeMeasure.self), top: try q.int("top", in: 1...10_000)))
                return try APIResponse.json(report)
            },
            APIRoute(
                .get, "/api/v1/network/blocs", id: "getNetworkBlocs", tag: "network",
                summary: "Communities of a year's layer, with each state's hedging and the blocs' dominance.",
                parameters: [
                    year, layer, region, allianceTypes, organisations,
                    .query("bloc_a", .string(), "States of bloc A, comma-separated (default USA)."),
                    .query("bloc_b", .string(), "States of bloc B, comma-separated (default CHN,RUS)."),
                    .query("seed", .integer, "Seed of the community detection (default 1).", range: 0...Int(Int32.max)),
                ],
                answer: .json(.reference("NetworkBlocsReport"))
            ) { request, context in
                let q = APIRequest(request, context)
                let report = try await services.networkBlocs(
                    year: try requiredYear(q), layer: try q.choice("layer", NetworkLayer.self) ?? .combined,
                    seed: UInt64(try q.int("seed", in: 0...Int(Int32.max)) ?? 1),
                    region: try q.choice("region", Region.self), blocs: blocParameters(q),
                    layers: try layerParameters(q))
                return try APIResponse.json(report)
            },
            APIRoute(
                .get, "/api/v1/network/profile/{state}", id: "getNetworkProfile", tag: "network",
                summary:
                    "A state's network position over a range of years (at most 60): centrality, hedging, dominance.",
                parameters: [
                    .path("state", "ISO alpha-3 code, COW code or abbreviation, or a name.", example: "IDN"),
                    .query("from", .integer, "First year.", required: true, range: 1816...2100, example: .number(2000)),
                    .query("to", .integer, "Last year.", range: 1816...2100, example: .number(2005)),
                    allianceTypes, organisations,
                    .query("bloc_a", .string(), "States of bloc A, comma-separated (default USA)."),
                    .query("bloc_b", .string(), "States of bloc B, comma-separated (default CHN,RUS)."),
                ],
                answer: .json(.reference("NetworkProfileReport"))
            ) { request, context in
                let q = APIRequest(request, context)
                guard let from = try q.int("from", in: 1816...2100) else {
                    throw EntenteError(.invalidInput, "The query parameter 'from' is required.")
                }
                let to = try q.int("to", in: 1816...2100)
                // Each year is a network of its own; a request covers at most a lifetime of years.
                if let to, to - from >= maxProfileYears {
                    throw EntenteError(
                        .invalidInput,
                        "'from'–'to' spans \(to - from + 1) years; ask for at most \(maxProfileYears) per request.")
                }
                let report = try await services.networkProfile(
                    state: try q.path("state"), from: from, to: to,
                    blocs: blocParameters(q), layers: try layerParameters(q))
                return try APIResponse.json(report)
            },
            APIRoute(
                .get, "/api/v1/network/index", id: "getNetworkIndex", tag: "network",
                summary: "The composite defence-network index of a year, with rank intervals.",
                parameters: [
                    year, region, allianceTypes, organisations,
                    .query(
                        "preset", .string(enumeration: NetworkIndexPreset.allCases.map(\.rawValue)),
                        "Indicator weights (default defence-networks)."),
                    .query(
                        "samples", .integer, "Dirichlet draws for the rank interval (1–10000, default 1000).",
                        range: 1...10_000),
                    .query("top", .integer, "Show only the N best-ranked states.", range: 1...10_000),
                ],
                answer: .json(.reference("NetworkIndexReport"))
            ) { request, context in
                let q = APIRequest(request, context)
                let index = NetworkIndexParameters(
                    region: try q.choice("region", Region.self),
                    preset: try q.choice("preset", NetworkIndexPreset.self) ?? .defenceNetworks,
                    samples: try q.int("samples", in: 1...10_000) ?? 1_000, top: try q.int("top", in: 1...10_000))
                return try APIResponse.json(
                    try await services.networkIndex(
                        year: try requiredYear(q), index: index, layers: try layerParameters(q)))
            },
            APIRoute(
                .get, "/api/v1/network/affinity", id: "getNetworkAffinity", tag: "network",
                summary: "UN General Assembly voting affinity of two states (S, kappa, pi) by year.",
                parameters: [
                    .query("a", .string(), "The first state.", required: true, example: "USA"),
                    .query("b", .string(), "The second state.", required: true, example: "IND"),
                    .query("from", .integer, "First year.", required: true, range: 1816...2100, example: .number(2000)),
                    .query("to", .integer, "Last year.", range: 1816...2100, example: .number(2005)),
                ],
                answer: .json(.reference("NetworkAffinityReport"))
            ) { request, context in
                let q = APIRequest(request, context)
                guard let from = try q.int("from", in: 1816...2100) else {
                    throw EntenteError(.invalidInput, "The query parameter 'from' is required.")
                }
                let report = try await services.networkAffinity(
                    first: try q.requiredText("a"), second: try q.requiredText("b"), from: from,
                    to: try q.int("to", in: 1816...2100))
                return try APIResponse.json(report)
            },
            APIRoute(
                .get, "/api/v1/network/export", id: "exportNetwork", tag: "network",
                summary: "A year's layer as a graph: node-link JSON (networkx), GraphML, GEXF or a CSV edge list.",
                parameters: [
                    year, layer, allianceTypes, organisations,
                    .query(
                        "format", .string(enumeration: ["json", "graphml", "gexf", "csv"]), "The format (default json)."
                    ),
                    .query("measures", .boolean, "Attach every node measure (default false)."),
                ],
                answer: .json(
                    .reference("NodeLinkGraph"),
                    alternatives: ["application/graphml+xml", "application/gexf+xml", "text/csv"])
            ) { request, context in
                let q = APIRequest(request, context)
                let graph = try await services.networkExport(
                    year: try requiredYear(q), layer: try q.choice("layer", NetworkLayer.self) ?? .combined,
                    layers: try layerParameters(q), withMeasures: try q.bool("measures") ?? false)
                switch q.text("format") ?? "json" {
                case "json":
                    let text: String
                    do { text = try NetworkGraphText.nodeLinkJSON(graph) } catch {
                        throw EntenteError(
                            .internalFailure, "The graph could not be written as JSON.", underlying: error)
                    }
                    return APIResponse.text(text, mediaType: "application/json; charset=utf-8")
                case "csv":
                    return APIResponse.text(NetworkGraphText.edgeListCSV(graph), mediaType: "text/csv; charset=utf-8")
                case "graphml":
                    return APIResponse.text(NetworkGraphXML.graphML(graph), mediaType: "application/graphml+xml")
                case "gexf": return APIResponse.text(NetworkGraphXML.gexf(graph), mediaType: "application/gexf+xml")
                case let other:
                    throw EntenteError(.invalidInput, "'format': '\(other)' is not one of json, graphml, gexf, csv.")
                }
            },
        ]
    }

    /// The most years one network-profile request computes.
    static let maxProfileYears = 60

    static func requiredYear(_ q: APIRequest) throws(EntenteError) -> Int {
        guard let year = try q.int("year", in: 1816...2100) else {
            throw EntenteError(.invalidInput, "The query parameter 'year' is required.")
        }
        return year
    }

    static func layerParameters(_ q: APIRequest) throws(EntenteError) -> NetworkLayerParameters {
        var p = NetworkLayerParameters()
        if let types = q.list("alliance_types") {
            var set = Set<ObligationType>()
            for item in types { set.insert(try ObligationType.named(item, in: "'alliance_types'")) }
            p.allianceTypes = set
        }
        p.organisations = q.list("organisations")
        return p
    }

    static func blocParameters(_ q: APIRequest) -> NetworkBlocParameters {
        NetworkBlocParameters(
            blocA: q.list("bloc_a") ?? NetworkBlocParameters.standard.blocA,
            blocB: q.list("bloc_b") ?? NetworkBlocParameters.standard.blocB)
    }
}
