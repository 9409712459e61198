import ArgumentParser
import EntenteCore
import EntenteNetwork
import EntenteRender
import EntenteServices

/// `entente network blocs --year Y`
struct NetworkBlocsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocs",
        abstract: "Blocs of a year's network on signed ties, and each state's position between them.",
        discussion: """
            By default communities maximise signed modularity (Gómez, Jensen and Arenas 2009; seeded Louvain \
            moves) on the chosen layer (default combined) minus the hostility layer: rivalries, militarised \
            disputes and wars are negative ties. --method louvain uses the layer alone. The two blocs are the \
            communities of bloc A's and bloc B's strongest anchor state; a state's position between them is \
            (P_A − P_B + N_B − N_A)/(P_A + P_B + N_A + N_B) of its positive (P) and hostile (N) ties to each. Bloc \
            balance is (T_A − T_B)/(T_A + T_B) of the state's tie weight to the anchors of bloc A (default USA) and \
            bloc B (default CHN,RUS); the hedging index is (1 − |balance|) × the share of the state's ties that \
            run to either. The weighting scheme is printed; for 1950–1990 so is the adjusted Rand index against \
            the NATO / Warsaw Pact / other partition.
            """
    )

    @Option(name: .long, help: "The year.")
    var year: Int

    @Option(name: .long, help: "Layer: \(NetworkLayer.names).")
    var layer: String = NetworkLayer.combined.rawValue

    @Option(name: .long, help: "Seed of Louvain's node order.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "How blocs are found: \(NetworkBlocMethod.names) (default signed).")
    var method: String = NetworkBlocMethod.signed.rawValue

    @Option(name: .long, help: "Show only the states of this region in the balance table.")
    var region: Region?

    @OptionGroup var blocs: BlocOptions
    @OptionGroup var weights: LayerWeightOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        try validating { () throws(EntenteError) in try Services.checkNetworkYear(year, subject: "--year") }
        _ = try parseLayer(layer)
        _ = try parseMethod()
    }

    private func parseMethod() throws -> NetworkBlocMethod {
        guard let m = NetworkBlocMethod(rawValue: method) else {
            throw ValidationError("Unknown --method '\(method)'; use one of: \(NetworkBlocMethod.names).")
        }
        return m
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    func report() async throws -> String {
        let report = try await storeOptions.services().networkBlocs(
            year: year, layer: try parseLayer(layer), seed: seed, region: region, blocs: blocs.parameters,
            layers: try weights.parameters(), method: try parseMethod())
        switch output.format {
        case .json: return try EntenteJSON.string(report) + "\n"
        case .csv:
            // CSV keeps full precision and leaves missing values empty.
            return table(report) { CSVText.number($0) }.csv() + "\n"
        case .text:
            let kind = report.method == .signed ? "signed-modularity" : "Louvain"
            var out =
                "\(year), layer \(layer) (\(report.coverage)): \(report.communities.count) \(kind) communities, "
                + "modularity \(NumberText.fixed(report.modularity, 4)) (seed \(seed))\n"
            out +=
                report.twoBlocs
                ? "blocs: A = community \(report.blocCommunityA), B = community \(report.blocCommunityB)\n"
                : "blocs: bloc A's and bloc B's anchors fall in one community (\(report.blocCommunityA)): no two blocs\n"
            out += weightingText(report.weighting)
            if let v = report.validation {
                out +=
                    "validation: adjusted Rand index \(NumberText.fixed(v.adjustedRandIndex, 3)) (blocs) and "
                    + "\(NumberText.fixed(v.adjustedRandIndexCommunities, 3)) (all communities) against \(v.reference); "
                    + "data \(v.dataVersion)\n"
            } else if let note = report.validationNote {
                out += "validation: \(note)\n"
            }
            for g in report.communities where g.size > 1 {
                out += "community \(g.id) (\(g.size)): \(g.members.joined(separator: " "))\n"
            }
            let singles = report.communities.filter { $0.size == 1 }.flatMap(\.members)
            if !singles.isEmpty { out += "isolated or alone (\(singles.count)): \(singles.joined(separator: " "))\n" }
            out +=
                "\nbloc A (US-led) = \(report.blocA.joined(separator: ", ")); bloc B (China/Russia-led) = \(report.blocB.joined(separator: ", "))\n"
            return out + table(report) { NumberText.fixed($0, 3) }.render() + "\n"
        }
    }

    private func table(_ report: NetworkBlocsReport, _ cell: (Double?) -> String) -> TextTable {
        var table = TextTable([
            "state", "community", "bloc_position", "ties_a", "ties_b", "balance", "hedging", "engagement",
            "hedging_index",
        ])
        for s in report.states {
            table.append([
                s.state, String(s.community), cell(s.blocPosition), cell(s.tiesToA), cell(s.tiesToB), cell(s.balance),
                cell(s.hedging),
                cell(s.engagement), cell(s.hedgingIndex),
            ])
        }
        return table
    }
}
