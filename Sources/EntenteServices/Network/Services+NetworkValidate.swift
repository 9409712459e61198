public import EntenteCore
import EntenteData
public import EntenteNetwork
import EntenteStore

extension Services {
    /// The hedging rule of the validation: balance above this is US-aligned, below its negative
    /// China-aligned, in between a hedger.
    public static let hedgingBalanceThreshold = 0.5

    /// Checks the network indices against the field: blocs of every year in `from…to` against the
    /// NATO / Warsaw Pact / other partition (adjusted Rand index), the composite index against the
    /// curated Lowy Institute "defence networks" ranks (Spearman's ρ with a 95% interval), the
    /// hedging index against curated expert classifications (a confusion table), and UN-vote
    /// affinity against curated published values. Comparisons whose curated file has no rows say
    /// so and are not computed.
    ///
    /// - Parameters:
    ///   - from: the first year of the bloc comparison (default 1950).
    ///   - to: the last (default 1990); both within 1950–1990.
    /// - Throws: ``EntenteError`` when the years leave the reference or the data, or a curated
    ///   file is malformed.
    public func networkValidate(
        from: Int = 1950, to: Int = 1990, seed: UInt64 = 1, layer: NetworkLayer = .combined,
        layers parameters: NetworkLayerParameters = .init(), method: NetworkBlocMethod = .signed,
        parts: Set<NetworkValidationPart> = Set(NetworkValidationPart.allCases)
    ) async throws(EntenteError) -> NetworkValidationReport {
        let years = ColdWarReference.years
        let range = try YearRange(from: from, to: to, within: years)
        var rows: [NetworkValidationReport.BlocYear] = []
        var weighting = WorldLayers.Options().schemeDescription
        if parts.contains(.blocs) {
            let reference = try ColdWarReference()
            let directory = try await store.directory()
            for year in range.years {
                let network = try await networkYear(year, parameters)
                weighting = network.layers.options.schemeDescription
                let (a, b) = try NetworkBlocParameters(blocA: ["USA"], blocB: ["RUS"]).blocs(directory, network.world)
                let found = try SignedBlocs(
                    layers: network.layers, layer: layer, method: method, anchorsA: a.members,
                    anchorsB: b.members, seed: seed)
                let sides = reference.sides(network.world)
                let agreement = try Self.coldWarAgreement(found, sides)
                func share(_ side: ColdWarReference.Side, _ community: Int) -> Double? {
                    let members = sides.indices.filter { sides[$0] == side }
                    guard !members.isEmpty else { return nil }
                    return Double(members.filter { found.membership[$0] == community }.count) / Double(members.count)
                }
                rows.append(
                    .init(
                        year: year, twoBlocs: found.twoBlocs, communities: found.count,
                        adjustedRandIndex: agreement.adjustedRandIndex,
                        adjustedRandIndexCommunities: agreement.adjustedRandIndexCommunities,
                        natoWithUS: share(.nato, found.communityA),
                        warsawWithUSSR: found.twoBlocs ? share(.warsaw, found.communityB) : 0))
            }
        }
        let skipped = "not requested"
        return NetworkValidationReport(
            parts: NetworkValidationPart.allCases.filter(parts.contains),
            from: range.from, to: range.to, method: method, layer: layer, seed: seed, weighting: weighting,
            dataVersion: BundledData.fingerprint(), blocs: rows, blocSummary: Self.summary(rows),
            index: parts.contains(.index)
                ? try await lowyComparison(parameters)
                : .init(status: skipped, rows: [], pairs: 0, note: skipped),
            hedging: parts.contains(.hedging)
                ? try await hedgingComparison(parameters)
                : .init(classes: [], counts: [], rule: skipped, rows: [], note: skipped),
            affinity: parts.contains(.affinity)
                ? try await affinityComparison()
                : .init(status: skipped, rows: [], note: skipped))
    }

    static func summary(_ rows: [NetworkValidationReport.BlocYear]) -> NetworkValidationReport.BlocSummary {
        let ari = rows.map(\.adjustedRandIndex)
        let low = rows.min { $0.adjustedRandIndex < $1.adjustedRandIndex }
        let high = rows.max { $0.adjustedRandIndex < $1.adjustedRandIndex }
        let mean = { (x: [Double]) -> Double? in x.isEmpty ? nil : x.reduce(0, +) / Double(x.count) }
        return .init(
            years: rows.count, twoBlocYears: rows.filter(\.twoBlocs).count, meanAdjustedRandIndex: mean(ari),
            minAdjustedRandIndex: low?.adjustedRandIndex, minYear: low?.year,
            maxAdjustedRandIndex: high?.adjustedRandIndex,
            maxYear: high?.year, meanAdjustedRandIndexCommunities: mean(rows.map(\.adjustedRandIndexCommunities)))
    }

    /// The composite index's ranks against the curated Lowy ranks of each edition: the index of the
    /// edition's data year (``LowyReference/dataYear(edition:allianceLastYear:)``), every state of
    /// the system ranked on the default preset, point scores (no Dirichlet draws); Spearman's ρ over
    /// all state-editions, with a 95% interval by Fisher's z.
    func lowyComparison(_ parameters: NetworkLayerParameters) async throws(EntenteError)
        -> NetworkValidationReport.RankComparison
    {
        let reference = try LowyReference()
        let last = Self.coverage.alliances.lastYear
        guard !reference.entries.isEmpty else {
            return .init(
                status: "not computed", rows: [], pairs: 0,
                note: "no published Lowy Institute Asia Power Index 'defence networks' rank is curated in "
                    + "\(LowyReference.file)")
        }
        var rows: [NetworkValidationReport.RankComparison.Row] = []
        var ranksByYear: [Int: [String: Int]] = [:]
        for entry in reference.entries {
            let year = LowyReference.dataYear(edition: entry.edition, allianceLastYear: last)
            if ranksByYear[year] == nil {
                let report = try await networkIndex(year: year, index: .init(samples: 1), layers: parameters)
                ranksByYear[year] = Dictionary(report.states.map { ($0.state, $0.rank) }, uniquingKeysWith: min)
            }
            rows.append(
                .init(
                    edition: entry.edition, dataYear: year, state: entry.state, publishedRank: entry.rank,
                    publishedScore: entry.score, computedRank: ranksByYear[year]?[entry.state], url: entry.url))
        }
        let published = rows.compactMap { r in r.computedRank.map { _ in Double(r.publishedRank) } }
        let computed = rows.compactMap { r in r.computedRank.map(Double.init) }
        let rho = try? RankCorrelation(spearman: published, computed)
        let carried = Set(rows.filter { $0.dataYear != $0.edition - 1 }.map(\.edition)).sorted()
        var note =
            "Spearman's ρ over \(published.count) state-editions (each edition against the index of the year before it, "
            + "states ranked among all states of the system, ties averaged); 95% interval by Fisher's z with the "
            + "standard error √(1.06/(n − 3)) of Fieller, Hartley and Pearson (1957)"
        if !carried.isEmpty {
            note +=
                "; editions \(carried.map(String.init).joined(separator: ", ")) compared with the index of "
                + "\(last), the last year of the alliance data (ATOP), not the year they report on"
        }
        if rho == nil { note = "fewer than 4 curated ranks match states of the system; " + note }
        return .init(
            status: rho == nil ? "not computed" : "computed", rows: rows, pairs: published.count, rho: rho?.rho,
            lower: rho?.lower, upper: rho?.upper, level: rho?.level, note: note)
    }

    /// The hedging index against the curated expert classifications of Southeast Asian states: each
    /// state's bloc balance between the United States and China + Russia on the combined layer of the
    /// year the classification describes, thresholded at ±``hedgingBalanceThreshold``.
    func hedgingComparison(_ parameters: NetworkLayerParameters) async throws(EntenteError)
        -> NetworkValidationReport.Classification
    {
        let file = "validation/southeast_asia_hedging.csv"
        let table = try BundledData.table(file)
        guard let s = table.column("state"), let y = table.column("year"), let c = table.column("class"),
            let au = table.column("author"), let te = table.column("term"), let src = table.column("source"),
            let u = table.column("url")
        else {
            throw EntenteError(
                .invalidInput,
                "\(file): expected the columns state, year, class, author, term, period, source, url, accessed.")
        }
        let classes = ["hedger", "us-aligned", "china-aligned", "unclassified"]
        let directory = try await store.directory()
        var rows: [NetworkValidationReport.Classification.Row] = []
        for (k, row) in table.rows.enumerated() {
            guard let year = Int(row[y]), classes.dropLast().contains(row[c]) else {
                throw EntenteError(
                    .invalidInput,
                    "\(file):\(table.lineNumbers[k]): expected a year and a class among \(classes.dropLast().joined(separator: ", "))."
                )
            }
            let network = try await networkYear(year, parameters)
            let (a, b) = try NetworkBlocParameters.standard.blocs(directory, network.world)
            let state = try directory.resolve(row[s])
            guard let id = network.world.id(of: state.cow) else {
                throw EntenteError(
                    .invalidInput, "\(file):\(table.lineNumbers[k]): \(row[s]) is not in the system in \(year).")
            }
            let p = try HedgingIndex.compute(network.layers.layer(.combined), node: Int(id), blocA: a, blocB: b)
            rows.append(
                .init(
                    state: state.displayCode, year: year, expected: row[c], predicted: Self.hedgingClass(p.balance),
                    balance: p.balance, hedgingIndex: p.hedgingIndex, author: row[au], term: row[te],
                    source: row[src], url: row[u]))
        }
        let confusion = ConfusionTable(classes: classes, pairs: rows.map { ($0.expected, $0.predicted) })
        let t = Self.hedgingBalanceThreshold
        return .init(
            classes: classes, counts: confusion.counts, accuracy: confusion.accuracy,
            rule:
                "bloc balance on the combined layer between USA and CHN+RUS: above \(t) us-aligned, below −\(t) "
                + "china-aligned, otherwise hedger; no ties to either: unclassified",
            rows: rows,
            note:
                "\(rows.count) expert classifications curated in \(file) (each with the page read); authors' terms "
                + "mapped: hedging, including Roy's low-intensity balancing, → hedger; US treaty ally → us-aligned; "
                + "bandwagoning or no alternative to China → china-aligned"
        )
    }

    /// The class the rule gives a bloc balance.
    static func hedgingClass(_ balance: Double?) -> String {
        let t = hedgingBalanceThreshold
        return balance.map { $0 > t ? "us-aligned" : ($0 < -t ? "china-aligned" : "hedger") } ?? "unclassified"
    }

    /// UN-vote affinity against the curated published values (agreement, S, κ or π of a dyad-year).
    func affinityComparison() async throws(EntenteError) -> NetworkValidationReport.AffinityComparison {
        let file = "validation/unga_affinity_published.csv"
        let table = try BundledData.table(file)
        guard let f = table.column("first"), let s = table.column("second"), let y = table.column("year"),
            let m = table.column("measure"), let v = table.column("value"), let src = table.column("source"),
            let u = table.column("url")
        else {
            throw EntenteError(
                .invalidInput,
                "\(file): expected the columns first, second, year, measure, value, source, url, accessed.")
        }
        guard !table.rows.isEmpty else {
            return .init(
                status: "not computed", rows: [], note: "no published dyad-year affinity value is curated in \(file)")
        }
        var rows: [NetworkValidationReport.AffinityComparison.Row] = []
        for (k, row) in table.rows.enumerated() {
            guard let year = Int(row[y]), let value = Double(row[v]),
                ["agreement", "s", "kappa", "pi"].contains(row[m])
            else {
                throw EntenteError(
                    .invalidInput,
                    "\(file):\(table.lineNumbers[k]): year and value must be numbers, measure one of agreement, s, kappa, pi."
                )
            }
            let overall = try await networkAffinity(first: row[f], second: row[s], from: year).overall
            let computed: Double? =
                switch row[m] {
                case "agreement": overall.agreement
                case "s": overall.s
                case "kappa": overall.kappa
                default: overall.pi
                }
            rows.append(
                .init(
                    first: row[f], second: row[s], year: year, measure: row[m], published: value, computed: computed,
                    difference: computed.map { $0 - value }, votes: overall.votes, source: row[src], url: row[u]))
        }
        let differences = rows.compactMap { $0.difference.map(abs) }
        return .init(
            status: "computed", rows: rows, maxAbsoluteDifference: differences.max(),
            meanAbsoluteDifference: differences.isEmpty
                ? nil : differences.reduce(0, +) / Double(differences.count),
            note:
                "\(rows.count) published values compared; Entente counts votes both states cast yes, abstain or no "
                + "(absent and non-member left out) and calls a vote agreed when both cast the same choice")
    }
}
