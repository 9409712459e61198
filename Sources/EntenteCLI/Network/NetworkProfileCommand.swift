import ArgumentParser
import EntenteCore
import EntenteNetwork
import EntenteRender
import EntenteServices

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
            whether each layer is covered, partial or unknown that year (alliances are unknown after ATOP ends).
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
        try validating { () throws(EntenteError) in
            try Services.checkNetworkYear(from, subject: "--from")
            try Services.checkNetworkYear(last, subject: "--to")
        }
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    func report() async throws -> String {
        let report = try await storeOptions.services().networkProfile(
            state: state, from: from, to: to, blocs: blocs.parameters, layers: try weights.parameters())
        if output.format == .json { return try EntenteJSON.string(report) + "\n" }
        let layerNames = NetworkLayer.combinable.map(\.rawValue)
        var table = TextTable(
            [
                "year", "degree", "strength", "betweenness", "eigenvector", "bloc_balance", "hedging_index",
                "major_share", "partner_hhi",
            ] + layerNames)
        let csv = output.format == .csv
        // CSV keeps full precision and leaves missing values empty; text rounds and shows "—".
        func cell(_ x: Double?, _ digits: Int) -> String { csv ? CSVText.number(x) : NumberText.fixed(x, digits) }
        for r in report.years {
            let layers = layerNames.map { r.layers[$0] ?? "" }
            if !r.inSystem {
                table.append([String(r.year), "not in the system"] + Array(repeating: "", count: 7) + layers)
                continue
            }
            table.append(
                [
                    String(r.year), r.degree.map(String.init) ?? NumberText.missing, cell(r.strength, 3),
                    cell(r.betweenness, 4), cell(r.eigenvector, 4), cell(r.blocBalance, 3), cell(r.hedgingIndex, 3),
                    cell(r.majorPowerShare, 3), cell(r.partnerHhi, 3),
                ] + layers)
        }
        if csv { return table.csv() + "\n" }
        return
            "\(report.name) (\(report.state)) on the combined layer; bloc A = \(blocs.blocA), bloc B = \(blocs.blocB)\n"
            + "bloc_balance: +1 all ties with A, −1 all with B; alliance 'unknown' = no ATOP data that year\n"
            + table.render() + "\n"
    }
}
