import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteNetwork
import EntenteStore
import Foundation

/// `entente network profile STATE --from Y1 --to Y2`
struct NetworkProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract:
            "A state's position in the defence-diplomacy network year by year: degree, strength, centrality, hedging, dominance.",
        discussion: """
            Measures are taken on the combined layer (alliance 1, exercise 0.5, organisation 0.25, agreement 0.5 \
            unless --combine says otherwise). Hedging is toward bloc A (default USA) and bloc B (default CHN,RUS); \
            dominance is the share of the state's tie weight that runs to COW major powers. The layer columns say \
            whether each layer is covered, partial or unknown that year (alliances are unknown after 2018).
            """
    )

    @Argument(help: "The state: ISO3, COW code or abbreviation, or name.")
    var state: String

    @Option(name: .long, help: "First year.")
    var from: Int

    @Option(name: .long, help: "Last year (default: --from).")
    var to: Int?

    @OptionGroup var blocs: BlocOptions
    @OptionGroup var weights: LayerWeightOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        let last = to ?? from
        guard from <= last else { throw ValidationError("--to (\(last)) is before --from (\(from)).") }
        try NetworkDataCoverage.checkYear(from, option: "--from")
        try NetworkDataCoverage.checkYear(last, option: "--to")
    }

    struct Row: Encodable {
        var year: Int
        var inSystem: Bool
        var degree: Int?
        var strength: Double?
        var betweenness: Double?
        var eigenvector: Double?
        var blocBalance: Double?
        var hedgingIndex: Double?
        var majorPowerShare: Double?
        var partnerHHI: Double?
        var layers: [String: String]
    }

    struct Report: Encodable {
        var state: String
        var name: String
        var blocA: String
        var blocB: String
        var years: [Row]
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    func report() async throws -> String {
        let store = try storeOptions.open()
        let directory = try await store.directory()
        let info = try directory.resolve(state)
        let loader = YearNetworkLoader(store: store, options: try weights.makeOptions())
        var rows: [Row] = []
        let layerNames = [
            WorldLayers.Name.alliance, WorldLayers.Name.exercise, WorldLayers.Name.organisation,
            WorldLayers.Name.agreement,
        ]
        for year in try YearRange(from: from, to: to).years {
            let world = try await loader.world(year)
            let layers = try loader.layers(world)
            var coverage: [String: String] = [:]
            for name in layerNames { coverage[name] = layers.coverage(of: name).label }
            guard let id32 = world.id(of: info.cow) else {
                rows.append(Row(year: year, inSystem: false, layers: coverage))
                continue
            }
            let id = Int(id32)
            let graph = try layers.layer(WorldLayers.Name.combined)
            let m = try NetworkMeasures.compute(graph)
            let (a, b) = try blocs.blocs(directory, world, graph)
            let position = try HedgingIndex.compute(graph, node: id, blocA: a, blocB: b)
            let majors = Set(world.isMajorPower.indices.filter { world.isMajorPower[$0] })
            let dominance = try GreatPowerDominance.node(graph, id, majors: majors)
            rows.append(
                Row(
                    year: year, inSystem: true, degree: m.degree.degree[id], strength: m.degree.strength[id],
                    betweenness: m.betweenness[id], eigenvector: m.eigenvector[id], blocBalance: position.balance,
                    hedgingIndex: position.hedgingIndex, majorPowerShare: dominance.majorShare,
                    partnerHHI: dominance.partnerHerfindahl, layers: coverage))
        }
        let report = Report(
            state: info.displayCode, name: info.name, blocA: blocs.blocA, blocB: blocs.blocB, years: rows)
        switch output.format {
        case .json: return try EntenteJSON.string(report) + "\n"
        case .text, .csv:
            var table = TextTable(
                [
                    "year", "degree", "strength", "betweenness", "eigenvector", "bloc_balance", "hedging_index",
                    "major_share", "partner_hhi",
                ] + layerNames)
            let csv = output.format == .csv
            // CSV keeps full precision and leaves missing values empty; text rounds and shows "—".
            func cell(_ x: Double?, _ digits: Int) -> String {
                csv ? (x.map { "\($0)" } ?? "") : NumberText.fixed(x, digits)
            }
            for r in rows {
                if !r.inSystem {
                    table.append(
                        [String(r.year), "not in the system"] + Array(repeating: "", count: 7)
                            + layerNames.map { r.layers[$0] ?? "" })
                    continue
                }
                table.append(
                    [
                        String(r.year), r.degree.map(String.init) ?? "—", cell(r.strength, 3),
                        cell(r.betweenness, 4), cell(r.eigenvector, 4), cell(r.blocBalance, 3),
                        cell(r.hedgingIndex, 3), cell(r.majorPowerShare, 3), cell(r.partnerHHI, 3),
                    ] + layerNames.map { r.layers[$0] ?? "" })
            }
            if output.format == .csv { return table.csv() + "\n" }
            return
                "\(info.name) (\(info.displayCode)) on the combined layer; bloc A = \(blocs.blocA), bloc B = \(blocs.blocB)\n"
                + "bloc_balance: +1 all ties with A, −1 all with B; alliance 'unknown' = no ATOP data that year\n"
                + table.render() + "\n"
        }
    }
}
