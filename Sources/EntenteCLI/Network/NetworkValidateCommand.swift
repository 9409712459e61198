import ArgumentParser
import EntenteCore
import EntenteNetwork
import EntenteRender
import EntenteServices

/// `entente network validate [--from 1950] [--to 1990]`
struct NetworkValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the network indices against known alignments and published assessments.",
        discussion: """
            Blocs of every year against the NATO / Warsaw Pact / other partition (adjusted Rand index), the \
            composite index against the curated Lowy Institute Asia Power Index "defence networks" ranks \
            (Spearman's ρ, 95% interval), the hedging index against curated expert classifications of Southeast \
            Asian states (a confusion table) and UN-vote affinity against curated published values. Every figure \
            is printed with the data version and weighting it was computed on; a comparison without curated \
            published values says so.
            """
    )

    @Option(name: .long, help: "First year of the bloc comparison (1950–1990).")
    var from: Int = 1950

    @Option(name: .long, help: "Last year of the bloc comparison (1950–1990).")
    var to: Int = 1990

    @Option(name: .long, help: "Seed of the community detection.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "How blocs are found: \(NetworkBlocMethod.names) (default signed).")
    var method: String = NetworkBlocMethod.signed.rawValue

    @Option(
        name: .long,
        help: "Comparisons to run, comma-separated: \(NetworkValidationPart.names) (default all; e.g. --parts index).")
    var parts: String = NetworkValidationPart.allCases.map(\.rawValue).joined(separator: ",")

    @OptionGroup var weights: LayerWeightOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard from <= to else { throw ValidationError("--to (\(to)) is before --from (\(from)).") }
        for name in parts.split(separator: ",") where NetworkValidationPart(rawValue: String(name)) == nil {
            throw ValidationError("Unknown part '\(name)' in --parts; use: \(NetworkValidationPart.names).")
        }
        guard NetworkBlocMethod(rawValue: method) != nil else {
            throw ValidationError("Unknown --method '\(method)'; use one of: \(NetworkBlocMethod.names).")
        }
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    func report() async throws -> String {
        let report = try await storeOptions.services().networkValidate(
            from: from, to: to, seed: seed, layers: try weights.parameters(),
            method: NetworkBlocMethod(rawValue: method) ?? .signed,
            parts: Set(parts.split(separator: ",").compactMap { NetworkValidationPart(rawValue: String($0)) }))
        switch output.format {
        case .json: return try EntenteJSON.string(report) + "\n"
        case .csv: return blocTable(report) { CSVText.number($0) }.csv() + "\n"
        case .text: return text(report)
        }
    }

    private func blocTable(_ report: NetworkValidationReport, _ cell: (Double?) -> String) -> TextTable {
        var table = TextTable([
            "year", "two_blocs", "communities", "ari_blocs", "ari_communities", "nato_with_us", "warsaw_with_ussr",
        ])
        for r in report.blocs {
            table.append([
                String(r.year), r.twoBlocs ? "yes" : "no", String(r.communities), cell(r.adjustedRandIndex),
                cell(r.adjustedRandIndexCommunities), cell(r.natoWithUS), cell(r.warsawWithUSSR),
            ])
        }
        return table
    }

    private func text(_ report: NetworkValidationReport) -> String {
        let f = { (x: Double?) in NumberText.fixed(x, 3) }
        let s = report.blocSummary
        var out = "Validation of the network indices (data \(report.dataVersion); \(report.method.rawValue) blocs on "
        out += "\(report.layer.rawValue), seed \(report.seed))\n"
        out += weightingText(report.weighting)
        if report.parts.contains(.blocs) {
            out += "\nBlocs against NATO / Warsaw Pact / other, \(report.from)–\(report.to): two blocs in "
            out += "\(s.twoBlocYears) of \(s.years) years; adjusted Rand index mean \(f(s.meanAdjustedRandIndex)), "
            out += "min \(f(s.minAdjustedRandIndex))"
            out += s.minYear.map { " (\($0))" } ?? ""
            out += ", max \(f(s.maxAdjustedRandIndex))" + (s.maxYear.map { " (\($0))" } ?? "")
            out += "; all communities: mean \(f(s.meanAdjustedRandIndexCommunities))\n"
            out += blocTable(report) { f($0) }.render() + "\n"
        }
        let i = report.index
        out += "\nComposite index against Lowy Asia Power Index 'defence networks' ranks: \(i.status)"
        if let rho = i.rho {
            out += ": ρ = \(f(rho)) (\(Int((i.level ?? 0.95) * 100))% interval \(f(i.lower))–\(f(i.upper)))"
        }
        out += "; \(i.note)\n"
        if !i.rows.isEmpty {
            var ranks = TextTable(["edition", "index_year", "state", "lowy_rank", "entente_rank", "source"])
            for r in i.rows {
                ranks.append([
                    String(r.edition), String(r.dataYear), r.state, String(r.publishedRank),
                    r.computedRank.map(String.init) ?? "—", r.url,
                ])
            }
            out += ranks.render() + "\n"
        }
        let h = report.hedging
        if report.parts.contains(.hedging) {
            out += "\nHedging index against expert classifications (\(h.rule)):\n"
            var confusion = TextTable(["expected \\ computed"] + h.classes)
            for (k, name) in h.classes.enumerated() where k < h.counts.count {
                confusion.append([name] + h.counts[k].map(String.init))
            }
            out += confusion.render() + "\n"
            for r in h.rows {
                out += "  \(r.state) \(r.year): \(r.author) '\(r.term)' → \(r.expected); computed \(r.predicted) "
                out += "(balance \(f(r.balance)))\n"
            }
            out += "  accuracy \(f(h.accuracy)); \(h.note)\n"
        }
        let a = report.affinity
        out += "\nUN-vote affinity against published values: \(a.status)"
        if let d = a.maxAbsoluteDifference { out += ", largest difference \(f(d))" }
        if let d = a.meanAbsoluteDifference { out += ", mean absolute difference \(f(d))" }
        out += "; \(a.note)\n"
        if !a.rows.isEmpty {
            var table = TextTable(["first", "second", "year", "measure", "published", "entente", "difference", "votes"])
            for r in a.rows {
                table.append([
                    r.first, r.second, String(r.year), r.measure, f(r.published), f(r.computed), f(r.difference),
                    r.votes.map(String.init) ?? "—",
                ])
            }
            out += table.render() + "\n"
        }
        return out
    }
}
