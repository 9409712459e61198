import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteNetwork
import EntenteStore
import Foundation

/// `entente network measures --edges FILE` or `--year Y [--layer L] [--region R]`
struct NetworkMeasuresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measures",
        abstract:
            "Per-node measures of a network: degree, strength, betweenness, eigenvector, PageRank, clustering, constraint, partner concentration, Louvain community.",
        discussion: """
            Values follow networkx 3.6's definitions (betweenness normalised; eigenvector with unit norm). \
            Betweenness reads tie weights as strengths by default (length = 1/weight); see --path-length. \
            With --year, the network is the knowledge base's layer for that year (default: combined); \
            --region shows only that region's states, measured in the whole network.
            """
    )

    @OptionGroup var input: EdgeListOptions

    @Option(name: .long, help: "Measure the knowledge base's network of this year instead of an edge list.")
    var year: Int?

    @Option(name: .long, help: "Layer with --year: \(WorldLayers.Name.all.joined(separator: ", ")).")
    var layer: String = WorldLayers.Name.combined

    @Option(name: .long, help: "With --year, show only the states of this region.")
    var region: Region?

    @OptionGroup var weights: LayerWeightOptions

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: TableFormat = .text

    @Option(name: .long, help: "Tie length for betweenness: inverse (1/weight), weight, or hops.")
    var pathLength: PathLengthArgument = .inverse

    @Option(name: .long, help: "Seed of Louvain's node order.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Show only the N nodes with the highest value of --sort.")
    var top: Int?

    @Option(
        name: .long,
        help: "Sort by: label, degree, strength, betweenness, eigenvector, pagerank, clustering, constraint, hhi.")
    var sort: String = "label"

    static let sortKeys = [
        "label", "degree", "strength", "betweenness", "eigenvector", "pagerank", "clustering", "constraint", "hhi",
    ]

    func validate() throws {
        switch (input.edges, year) {
        case (nil, nil): throw ValidationError("Give --edges FILE or --year YEAR.")
        case (.some, .some): throw ValidationError("--edges and --year cannot be used together; give one.")
        case (.some, nil):
            if region != nil { throw ValidationError("--region needs --year; an edge list has no regions.") }
        case (nil, .some(let y)):
            try NetworkDataCoverage.checkYear(y)
            try validateLayerName(layer)
            if input.directed { throw ValidationError("--directed applies to --edges only.") }
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1; got \(top).") }
        guard Self.sortKeys.contains(sort) else {
            throw ValidationError("Unknown --sort '\(sort)'; use one of: \(Self.sortKeys.joined(separator: ", ")).")
        }
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    /// The text the command prints.
    func report() async throws -> String {
        var options = NetworkMeasures.Options()
        options.betweennessPath = pathLength.pathLength
        options.louvainSeed = seed
        guard let year else {
            let graph = try input.load()
            let m = try await NetworkMeasures.compute(graph, options: options, maxConcurrency: 2)
            return MeasuresReport(graph: graph, measures: m, sort: sort, top: top).render(format)
        }
        let store = try storeOptions.open()
        let loader = YearNetworkLoader(store: store, options: try weights.makeOptions())
        let world = try await loader.world(year)
        let layers = try loader.layers(world)
        let graph = try layers.knownLayer(layer)
        let m = try await NetworkMeasures.compute(graph, options: options, maxConcurrency: 2)
        let only = region.map { r in Set(world.states.indices.filter { world.states[$0].region == r }) }
        let report = MeasuresReport(graph: graph, measures: m, sort: sort, top: top, only: only)
        let body = report.render(format)
        let coverage = layers.coverageText(layer)
        switch format {
        case .text:
            return "\(year), layer \(layer) (\(coverage))"
                + (region.map { ", states of \($0.title)" } ?? "") + "\n" + body
        case .csv:
            return body
        case .json:
            return "{\"year\": \(year), \"layer\": \(JSONText.string(layer)), \"coverage\": "
                + "\(JSONText.string(layers.coverage(of: layer).label)), \"coverage_note\": "
                + (layers.coverage(of: layer).note.map(JSONText.string) ?? "null")
                + ", \"region\": " + (region.map { JSONText.string($0.rawValue) } ?? "null")
                + ", \"measures\": " + body.trimmingCharacters(in: .whitespacesAndNewlines) + "}\n"
        }
    }
}

/// Renders measures as a table, JSON or CSV.
struct MeasuresReport {
    let graph: Graph
    let measures: NetworkMeasures
    let rows: [Int]

    static let columns = [
        "degree", "strength", "betweenness", "eigenvector", "pagerank", "clustering", "constraint", "hhi", "community",
    ]

    init(graph: Graph, measures: NetworkMeasures, sort: String, top: Int?, only: Set<Int>? = nil) {
        self.graph = graph
        self.measures = measures
        var order = Array(0..<graph.nodeCount)
        if let only { order = order.filter { only.contains($0) } }
        if sort == "label" {
            order.sort { graph.labels[$0] < graph.labels[$1] }
        } else {
            let key = { (i: Int) -> Double in
                let v = measures.value(sort, i)
                return v.isNaN ? -.infinity : v
            }
            order.sort { key($0) > key($1) || (key($0) == key($1) && graph.labels[$0] < graph.labels[$1]) }
        }
        if let top { order = Array(order.prefix(top)) }
        self.rows = order
    }

    func render(_ format: TableFormat) -> String {
        switch format {
        case .text: text()
        case .json: json()
        case .csv: csv()
        }
    }

    private func cell(_ column: String, _ i: Int) -> Double { measures.value(column, i) }

    private func text() -> String {
        let c = measures.communities
        var out = "\(graph.nodeCount) nodes, \(graph.edgeCount) ties (\(graph.isDirected ? "directed" : "undirected"))"
        out += "; \(c.count) Louvain communities, modularity \(NumberText.fixed(c.modularity, 4)) (seed \(c.seed))\n"
        let labelWidth = max(5, rows.map { graph.labels[$0].count }.max() ?? 5)
        out += "label".padded(to: labelWidth) + Self.columns.map { " " + $0.leftPadded(to: 11) }.joined() + "\n"
        for i in rows {
            out += graph.labels[i].padded(to: labelWidth)
            for column in Self.columns {
                let v = cell(column, i)
                let s: String
                if column == "degree" || column == "community" {
                    s = String(Int(v))
                } else {
                    s = v.isNaN ? "—" : NumberText.fixed(v, 6)
                }
                out += " " + s.leftPadded(to: 11)
            }
            out += "\n"
        }
        return out
    }

    private func csv() -> String {
        var out = "label," + Self.columns.joined(separator: ",") + "\n"
        for i in rows {
            out += CSVText.escape(graph.labels[i])
            for column in Self.columns {
                let v = cell(column, i)
                out += "," + (column == "degree" || column == "community" ? String(Int(v)) : (v.isNaN ? "" : "\(v)"))
            }
            out += "\n"
        }
        return out
    }

    private func json() -> String {
        let c = measures.communities
        let o = measures.options
        var out =
            "{\n  \"graph\": {\"nodes\": \(graph.nodeCount), \"edges\": \(graph.edgeCount), \"directed\": \(graph.isDirected)},\n"
        out +=
            "  \"options\": {\"betweenness_path_length\": \(JSONText.string(o.betweennessPath.rawValue)), \"louvain_seed\": \(o.louvainSeed)},\n"
        out +=
            "  \"communities\": {\"count\": \(c.count), \"modularity\": \(JSONText.number(c.modularity)), \"seed\": \(c.seed)},\n"
        out += "  \"nodes\": [\n"
        for (k, i) in rows.enumerated() {
            out += "    {\"label\": \(JSONText.string(graph.labels[i]))"
            for column in Self.columns {
                let v = cell(column, i)
                out +=
                    ", \"\(column)\": "
                    + (column == "degree" || column == "community" ? String(Int(v)) : JSONText.number(v))
            }
            out += k == rows.count - 1 ? "}\n" : "},\n"
        }
        out += "  ]\n}\n"
        return out
    }
}

extension NetworkMeasures {
    /// A measure by column name, as a double.
    func value(_ name: String, _ i: Int) -> Double {
        switch name {
        case "degree": Double(degree.degree[i])
        case "strength": degree.strength[i]
        case "betweenness": betweenness[i]
        case "eigenvector": eigenvector[i]
        case "pagerank": pageRank[i]
        case "clustering": clustering[i]
        case "constraint": constraint[i]
        case "hhi": partnerConcentration[i]
        case "community": Double(communities.membership[i])
        default: .nan
        }
    }
}
