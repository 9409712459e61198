import ArgumentParser
import EntenteCore
import EntenteNetwork
import EntenteRender
import EntenteServices

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

    @Option(name: .long, help: "Layer with --year: \(NetworkLayer.names).")
    var layer: String = NetworkLayer.combined.rawValue

    @Option(name: .long, help: "With --year, show only the states of this region.")
    var region: Region?

    @OptionGroup var weights: LayerWeightOptions

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Tie length for betweenness: inverse (1/weight), weight, or hops.")
    var pathLength: PathLengthArgument = .inverse

    @Option(name: .long, help: "Seed of Louvain's node order.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Show only the N nodes with the highest value of --sort.")
    var top: Int?

    @Option(name: .long, help: "Sort by: label, \(NodeMeasure.sortable.map(\.rawValue).joined(separator: ", ")).")
    var sort: String = "label"

    func validate() throws {
        switch (input.edges, year) {
        case (nil, nil): throw ValidationError("Give --edges FILE or --year YEAR.")
        case (.some, .some): throw ValidationError("--edges and --year cannot be used together; give one.")
        case (.some, nil):
            if region != nil { throw ValidationError("--region needs --year; an edge list has no regions.") }
        case (nil, .some(let y)):
            try validating { () throws(EntenteError) in try Services.checkNetworkYear(y, subject: "--year") }
            _ = try parseLayer(layer)
            if input.directed { throw ValidationError("--directed applies to --edges only.") }
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1; got \(top).") }
        _ = try sortMeasure()
    }

    /// `--sort` as a measure; nil for label.
    private func sortMeasure() throws -> NodeMeasure? {
        if sort == "label" { return nil }
        guard let measure = NodeMeasure(rawValue: sort), NodeMeasure.sortable.contains(measure) else {
            let keys = ["label"] + NodeMeasure.sortable.map(\.rawValue)
            throw ValidationError("Unknown --sort '\(sort)'; use one of: \(keys.joined(separator: ", ")).")
        }
        return measure
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    /// The text the command prints.
    func report() async throws -> String {
        let measures = NetworkMeasureParameters(
            pathLength: pathLength.pathLength, seed: seed, sort: try sortMeasure(), top: top)
        guard let year else {
            let (text, fileName) = try input.read()
            let report = try await Services.networkMeasures(
                edgeList: text, fileName: fileName, directed: input.directed, measures: measures)
            switch format {
            case .text: return MeasuresText.text(report)
            case .csv: return MeasuresText.csv(report)
            case .json: return try EntenteJSON.string(report) + "\n"
            }
        }
        let report = try await storeOptions.services().networkMeasures(
            year: year, layer: try parseLayer(layer), region: region, layers: try weights.parameters(),
            measures: measures)
        switch format {
        case .text:
            let coverage = report.coverageNote.map { "\(report.coverage): \($0)" } ?? report.coverage
            return "\(year), layer \(report.layer.rawValue) (\(coverage))"
                + (region.map { ", states of \($0.title)" } ?? "") + "\n" + MeasuresText.text(report.measures)
        case .csv: return MeasuresText.csv(report.measures)
        case .json: return try EntenteJSON.string(report) + "\n"
        }
    }
}

/// Measures as a table or CSV.
enum MeasuresText {
    static func text(_ report: NetworkMeasuresReport) -> String {
        let c = report.communities
        let g = report.graph
        var out = "\(g.nodes) nodes, \(g.edges) ties (\(g.directed ? "directed" : "undirected"))"
        out += "; \(c.count) Louvain communities, modularity \(NumberText.fixed(c.modularity, 4)) (seed \(c.seed))\n"
        let labelWidth = max(5, report.nodes.map(\.label.count).max() ?? 5)
        out +=
            "label".padded(to: labelWidth) + NodeMeasure.allCases.map { " " + $0.rawValue.leftPadded(to: 11) }.joined()
        out += "\n"
        for node in report.nodes {
            out += node.label.padded(to: labelWidth)
            for measure in NodeMeasure.allCases {
                let v = node.value(measure)
                let s = measure.isInteger ? v.map { String(Int($0)) } ?? "" : NumberText.fixed(v, 6)
                out += " " + s.leftPadded(to: 11)
            }
            out += "\n"
        }
        return out
    }

    static func csv(_ report: NetworkMeasuresReport) -> String {
        let rows = report.nodes.map { node in
            [node.label]
                + NodeMeasure.allCases.map { measure in
                    let v = node.value(measure)
                    return measure.isInteger ? v.map { String(Int($0)) } ?? "" : CSVText.number(v)
                }
        }
        return CSVText.render(header: ["label"] + NodeMeasure.allCases.map(\.rawValue), rows: rows) + "\n"
    }
}
