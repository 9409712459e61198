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
        layers parameters: NetworkLayerParameters = .init(), method: NetworkBlocMethod = .signed
    ) async throws(EntenteError) -> NetworkValidationReport {
        let years = ColdWarReference.years
        let range = try YearRange(from: from, to: to, within: years)
        let reference = try ColdWarReference()
        let directory = try await store.directory()
        var rows: [NetworkValidationReport.BlocYear] = []
        var weighting: [String] = []
        for year in range.years {
            let network = try await networkYear(year, parameters)
            weighting = network.layers.options.schemeDescription
            let (a, b) = try NetworkBlocParameters(blocA: ["USA"], blocB: ["RUS"]).blocs(directory, network.world)
            let found = try SignedBlocs(
                layers: network.layers, layer: layer, method: method, anchorsA: a.members, anchorsB: b.members,
                seed: seed)
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
        return NetworkValidationReport(
            from: range.from, to: range.to, method: method, layer: layer, seed: seed, weighting: weighting,
            dataVersion: BundledData.fingerprint(), blocs: rows, blocSummary: Self.summary(rows),
            index: try await lowyComparison(parameters), hedging: try await hedgingComparison(parameters),
            affinity: try await affinityComparison())
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

    /// The composite index's ranks against the curated Lowy ranks of each edition (the index
    /// computed for the year before the edition, whose data the edition reports).
    func lowyComparison(_ parameters: NetworkLayerParameters) async throws(EntenteError)
        -> NetworkValidationReport.RankComparison
    {
        let file = "validation/lowy_defence_networks.csv"
        let table = try BundledData.table(file)
        guard let e = table.column("edition"), let s = table.column("state"), let r = table.column("rank") else {
            throw EntenteError(.invalidInput, "\(file): expected the columns edition, state, rank, source.")
        }
        guard !table.rows.isEmpty else {
            return .init(
                status: "not computed", rows: [],
                note: "no published Lowy Institute Asia Power Index 'defence networks' rank is curated in \(file): "
                    + "none could be checked against the published index in this release, and a missing record "
                    + "is better than a wrong one")
        }
        var rows: [NetworkValidationReport.RankComparison.Row] = []
        var byEdition: [Int: [(String, Int)]] = [:]
        for (k, row) in table.rows.enumerated() {
            guard let edition = Int(row[e]), let rank = Int(row[r]) else {
                throw EntenteError(
                    .invalidInput, "\(file):\(table.lineNumbers[k]): edition and rank must be whole numbers.")
            }
            byEdition[edition, default: []].append((row[s], rank))
        }
        var published: [Double] = []
        var computed: [Double] = []
        for edition in byEdition.keys.sorted() {
            let year = min(edition - 1, Self.coverage.alliances.lastYear)
            // Ranked among all states; Spearman's ρ re-ranks the states compared among themselves.
            let report = try await networkIndex(year: year, index: .init(samples: 1), layers: parameters)
            var rank: [String: Int] = [:]
            for row in report.states { rank[row.state] = row.rank }
            for (state, publishedRank) in byEdition[edition] ?? [] {
                let mine = rank[state]
                rows.append(.init(edition: edition, state: state, publishedRank: publishedRank, computedRank: mine))
                if let mine {
                    published.append(Double(publishedRank))
                    computed.append(Double(mine))
                }
            }
        }
        let rho = try? RankCorrelation(spearman: published, computed)
        return .init(
            status: rho == nil ? "not computed" : "computed", rows: rows, rho: rho?.rho, lower: rho?.lower,
            upper: rho?.upper, level: rho?.level,
            note: rho == nil
                ? "fewer than 4 ranked states match the knowledge base"
                : "Spearman's ρ over \(published.count) state-editions; 95% interval by Fisher's z")
    }

    /// The hedging index against the curated expert classifications of Southeast Asian states.
    func hedgingComparison(_ parameters: NetworkLayerParameters) async throws(EntenteError)
        -> NetworkValidationReport.Classification
    {
        let file = "validation/southeast_asia_hedging.csv"
        let table = try BundledData.table(file)
        guard let s = table.column("state"), let y = table.column("year"), let c = table.column("class"),
            let src = table.column("source")
        else {
            throw EntenteError(.invalidInput, "\(file): expected the columns state, year, class, source.")
        }
        let classes = ["hedger", "us-aligned", "china-aligned", "unclassified"]
        let directory = try await store.directory()
        var rows: [NetworkValidationReport.Classification.Row] = []
        for (k, row) in table.rows.enumerated() {
            guard let year = Int(row[y]), classes.contains(row[c]) else {
                throw EntenteError(
                    .invalidInput,
                    "\(file):\(table.lineNumbers[k]): expected a year and a class among \(classes.joined(separator: ", "))."
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
            let t = Self.hedgingBalanceThreshold
            let predicted =
                p.balance.map { $0 > t ? "us-aligned" : ($0 < -t ? "china-aligned" : "hedger") } ?? "unclassified"
            rows.append(
                .init(
                    state: state.displayCode, year: year, expected: row[c], predicted: predicted, balance: p.balance,
                    hedgingIndex: p.hedgingIndex, source: row[src]))
        }
        let table2 = ConfusionTable(classes: classes, pairs: rows.map { ($0.expected, $0.predicted) })
        return .init(
            classes: classes, counts: table2.counts, accuracy: table2.accuracy,
            rule:
                "bloc balance on the combined layer between USA and CHN+RUS: above \(Self.hedgingBalanceThreshold) "
                + "us-aligned, below −\(Self.hedgingBalanceThreshold) china-aligned, otherwise hedger; no ties to either: unclassified",
            rows: rows,
            note:
                "\(rows.count) expert classifications curated in \(file); only classifications whose source was read are recorded"
        )
    }

    /// UN-vote affinity against the curated published values.
    func affinityComparison() async throws(EntenteError) -> NetworkValidationReport.AffinityComparison {
        let file = "validation/unga_affinity_published.csv"
        let table = try BundledData.table(file)
        guard let f = table.column("first"), let s = table.column("second"), let y = table.column("year"),
            let m = table.column("measure"), let v = table.column("value"), let src = table.column("source")
        else {
            throw EntenteError(
                .invalidInput, "\(file): expected the columns first, second, year, measure, value, source.")
        }
        guard !table.rows.isEmpty else {
            return .init(
                status: "not computed", rows: [],
                note: "no published dyad-year affinity value is curated in \(file): none could be checked against "
                    + "its publication in this release. Entente's S is the unweighted S of Häge (2011) on yes/abstain/no; "
                    + "κ and π follow Cohen (1960) and Scott (1955)")
        }
        var rows: [NetworkValidationReport.AffinityComparison.Row] = []
        for (k, row) in table.rows.enumerated() {
            guard let year = Int(row[y]), let value = Double(row[v]) else {
                throw EntenteError(.invalidInput, "\(file):\(table.lineNumbers[k]): year and value must be numbers.")
            }
            let report = try await networkAffinity(first: row[f], second: row[s], from: year)
            let computed: Double? =
                switch row[m] {
                case "s": report.overall.s
                case "kappa": report.overall.kappa
                case "pi": report.overall.pi
                default: nil
                }
            rows.append(
                .init(
                    first: row[f], second: row[s], year: year, measure: row[m], published: value, computed: computed,
                    source: row[src]))
        }
        let differences = rows.compactMap { r in r.computed.map { abs($0 - r.published) } }
        return .init(
            status: "computed", rows: rows, maxAbsoluteDifference: differences.max(),
            note: "\(rows.count) published values compared")
    }
}
