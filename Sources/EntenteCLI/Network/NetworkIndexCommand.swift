import ArgumentParser
import EntenteCore
import EntenteNetwork
import EntenteRender
import EntenteServices

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
            draws of the weights. When the alliance layer is unknown (after ATOP ends) the alliance indicator is \
            left out and the other weights keep their proportions.
            """
    )

    @Option(name: .long, help: "The year.")
    var year: Int

    @Option(name: .long, help: "Rank the states of this region (default: every state).")
    var region: Region?

    @Option(name: .long, help: "Weight preset: defence-networks, alliance-heavy, practice-heavy or equal.")
    var preset: String = NetworkIndexPreset.defenceNetworks.rawValue

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

    func validate() throws {
        try validating { () throws(EntenteError) in try Services.checkNetworkYear(year, subject: "--year") }
        _ = try parsePreset()
        guard samples >= 1 else { throw ValidationError("--samples must be at least 1; got \(samples).") }
        guard concentration.isFinite, concentration > 0 else {
            throw ValidationError("--concentration must be greater than 0; got \(concentration).")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1; got \(top).") }
    }

    private func parsePreset() throws -> NetworkIndexPreset {
        guard let p = NetworkIndexPreset(rawValue: preset) else {
            throw ValidationError(
                "Unknown --preset '\(preset)'; use one of: "
                    + NetworkIndexPreset.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return p
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    func report() async throws -> String {
        let index = NetworkIndexParameters(
            region: region, preset: try parsePreset(), samples: samples, concentration: concentration, seed: seed,
            top: top)
        let report = try await storeOptions.services().networkIndex(
            year: year, index: index, layers: try weights.parameters())
        if output.format == .json { return try EntenteJSON.string(report) + "\n" }
        let names = report.indicators
        var table = TextTable(
            ["rank", "state", "score", "median_rank", "rank_90_low", "rank_90_high"] + names + [
                "exercise_partners", "exercise_count",
            ])
        let csv = output.format == .csv
        // CSV keeps full precision; the text table rounds.
        func cell(_ x: Double, _ digits: Int) -> String { csv ? CSVText.number(x) : NumberText.fixed(x, digits) }
        for r in report.states {
            var cells = [String(r.rank), r.state, cell(r.score, 2), cell(r.medianRank, 1)]
            cells += [cell(r.rankLow, 0), cell(r.rankHigh, 0)]
            for name in names {
                let precise =
                    name == CompositeIndex.Indicators.centrality || name == CompositeIndex.Indicators.alliances
                cells.append(cell(r.indicators[name] ?? 0, precise ? 4 : 1))
            }
            table.append(cells + [String(r.exercisePartners), String(r.exercises)])
        }
        if csv { return table.csv() + "\n" }
        var out =
            "Defence-network index \(year)" + (region.map { ", \($0.title)" } ?? "") + "; preset \(preset) ("
        out += names.map { "\($0) \(NumberText.fixed(report.weights[$0] ?? 0, 3))" }.joined(separator: ", ")
        out +=
            "); rank interval 90% over \(samples) Dirichlet draws (concentration \(NumberText.fixed(concentration, 0)), seed \(seed))\n"
        for n in report.notes { out += "note: \(n)\n" }
        out += weightingText(report.weighting)
        out += "validation: \(report.validation)\n"
        return out + table.render() + "\n"
    }
}
