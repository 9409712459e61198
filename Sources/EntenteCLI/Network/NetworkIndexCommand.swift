import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteNetwork
import EntenteStore
import Foundation

/// `entente network index --year Y --region R [--preset P] [--samples N] [--seed S]`
struct NetworkIndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "A composite defence-network index with rank uncertainty, in the manner of Lowy's Asia Power Index.",
        discussion: """
            Indicators: alliances (alliance partners weighted by obligation and the partner's CINC), exercises \
            (joint exercises summed over partners), organisations (security-organisation memberships) and \
            centrality (eigenvector of the combined layer). Each is scaled 0–100 to the best state of the region, \
            then weighted by the preset; ranks come with the median and 90% interval over --samples Dirichlet \
            draws of the weights. When the alliance layer is unknown (after 2018) the alliance indicator is left \
            out and the other weights keep their proportions.
            """
    )

    @Option(name: .long, help: "The year.")
    var year: Int

    @Option(name: .long, help: "Rank the states of this region (default: every state).")
    var region: Region?

    @Option(name: .long, help: "Weight preset: defence-networks, alliance-heavy, practice-heavy or equal.")
    var preset: String = CompositeIndex.WeightPreset.defenceNetworks.name

    @Option(name: .long, help: "Dirichlet draws of the weights for the rank interval.")
    var samples: Int = 1_000

    @Option(name: .long, help: "Dirichlet concentration (higher = weights vary less).")
    var concentration: Double = 50

    @Option(name: .long, help: "Seed of the draws.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Show only the N best-ranked states.")
    var top: Int?

    @OptionGroup var weights: LayerWeightOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    static let presets: [CompositeIndex.WeightPreset] = [
        .defenceNetworks, .allianceHeavy, .practiceHeavy,
        .equal([
            CompositeIndex.Indicators.alliances, CompositeIndex.Indicators.exercises,
            CompositeIndex.Indicators.organisations, CompositeIndex.Indicators.centrality,
        ]),
    ]

    func validate() throws {
        try NetworkDataCoverage.checkYear(year)
        guard Self.presets.contains(where: { $0.name == preset }) else {
            throw ValidationError(
                "Unknown --preset '\(preset)'; use one of: \(Self.presets.map(\.name).joined(separator: ", ")).")
        }
        guard samples >= 1 else { throw ValidationError("--samples must be at least 1; got \(samples).") }
        guard concentration.isFinite, concentration > 0 else {
            throw ValidationError("--concentration must be greater than 0; got \(concentration).")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1; got \(top).") }
    }

    struct Row: Encodable {
        var rank: Int
        var state: String
        var score: Double
        var medianRank: Double
        var rankLow: Double
        var rankHigh: Double
        var indicators: [String: Double]
        var exercisePartners: Int
        var exercises: Int
    }

    struct Report: Encodable {
        var year: Int
        var region: String?
        var preset: String
        var weights: [String: Double]
        var samples: Int
        var concentration: Double
        var seed: UInt64
        var notes: [String]
        var states: [Row]
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    func report() async throws -> String {
        let store = try storeOptions.open()
        let loader = YearNetworkLoader(store: store, options: try weights.makeOptions())
        let world = try await loader.world(year)
        let layers = try loader.layers(world)
        let combined = try layers.layer(WorldLayers.Name.combined)
        let eigen = try EigenvectorCentrality.compute(combined)
        let indicators = try DefenceNetworkIndicators(layers: layers, world: world, eigenvector: eigen)
        let ids = world.states.indices.filter { region == nil || world.states[$0].region == region! }
        guard ids.count >= 2 else {
            throw EntenteError(.notFound, "Fewer than two states of the region are in the system in \(year).")
        }
        let chosen = indicators.applicable(Self.presets.first { $0.name == preset }!)
        let result = try CompositeIndex.compute(
            indicators: indicators.restricted(to: ids), preset: chosen,
            uncertainty: .init(samples: samples, concentration: concentration, seed: seed))
        var notes: [String] = []
        if !indicators.alliancesKnown {
            notes.append("alliance layer unknown in \(year) (ATOP ends in 2018): the alliance indicator is left out")
        }
        for name in [WorldLayers.Name.exercise, WorldLayers.Name.organisation] {
            if let note = layers.coverage(of: name).note {
                notes.append("\(name) layer \(layers.coverage(of: name).label): \(note)")
            }
        }
        var rows: [Row] = []
        for (k, i) in ids.enumerated() {
            var values: [String: Double] = [:]
            for ind in indicators.indicators { values[ind.name] = ind.values[i] }
            rows.append(
                Row(
                    rank: result.ranks[k], state: layers.labels[i], score: result.scores[k],
                    medianRank: result.medianRank[k], rankLow: result.rankLow[k], rankHigh: result.rankHigh[k],
                    indicators: values, exercisePartners: indicators.exercisePartners[i],
                    exercises: indicators.exerciseCount[i]))
        }
        rows.sort { ($0.rank, $0.state) < ($1.rank, $1.state) }
        if let top { rows = Array(rows.prefix(top)) }
        let weightTable = Dictionary(uniqueKeysWithValues: zip(result.indicators, result.weights))
        let report = Report(
            year: year, region: region?.rawValue, preset: preset, weights: weightTable, samples: samples,
            concentration: concentration, seed: seed, notes: notes, states: rows)
        if output.format == .json { return try EntenteJSON.string(report) + "\n" }
        let names = result.indicators
        var table = TextTable(
            ["rank", "state", "score", "median_rank", "rank_90_low", "rank_90_high"] + names + [
                "exercise_partners", "exercise_count",
            ])
        let csv = output.format == .csv
        // CSV keeps full precision; the text table rounds.
        func cell(_ x: Double, _ digits: Int) -> String { csv ? "\(x)" : NumberText.fixed(x, digits) }
        for r in rows {
            var cells = [String(r.rank), r.state, cell(r.score, 2), cell(r.medianRank, 1)]
            cells += [cell(r.rankLow, 0), cell(r.rankHigh, 0)]
            for name in names {
                let precise =
                    name == CompositeIndex.Indicators.centrality || name == CompositeIndex.Indicators.alliances
                cells.append(cell(r.indicators[name] ?? 0, precise ? 4 : 1))
            }
            table.append(cells + [String(r.exercisePartners), String(r.exercises)])
        }
        if output.format == .csv { return table.csv() + "\n" }
        var out =
            "Defence-network index \(year)" + (region.map { ", \($0.title)" } ?? "") + "; preset \(preset) ("
        out += zip(result.indicators, result.weights).map { "\($0) \(NumberText.fixed($1, 3))" }.joined(separator: ", ")
        out +=
            "); rank interval 90% over \(samples) Dirichlet draws (concentration \(NumberText.fixed(concentration, 0)), seed \(seed))\n"
        for n in notes { out += "note: \(n)\n" }
        return out + table.render() + "\n"
    }
}
