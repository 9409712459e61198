public import EntenteCore
import EntenteData
import EntenteNetwork

extension Services {
    /// The composite defence-network index of a year, in the manner of Lowy's Asia Power Index:
    /// alliance, exercise, organisation and centrality indicators scaled to the region's best state,
    /// weighted by the preset, with rank intervals over Dirichlet draws of the weights. When the
    /// alliance layer is unknown the alliance indicator is left out.
    public func networkIndex(
        year: Int, index: NetworkIndexParameters = .init(), layers parameters: NetworkLayerParameters = .init()
    ) async throws(EntenteError) -> NetworkIndexReport {
        try index.validate()
        let network = try await networkYear(year, parameters)
        let (world, layers) = (network.world, network.layers)
        let eigen = try EigenvectorCentrality.compute(layers.layer(.combined))
        let indicators = try DefenceNetworkIndicators(layers: layers, world: world, eigenvector: eigen)
        let ids = world.states.indices.filter { index.region == nil || world.states[$0].region == index.region }
        guard ids.count >= 2 else {
            throw EntenteError(.notFound, "Fewer than two states of the region are in the system in \(year).")
        }
        let result = try CompositeIndex.compute(
            indicators: indicators.restricted(to: ids), preset: indicators.applicable(index.preset.weights),
            uncertainty: .init(samples: index.samples, concentration: index.concentration, seed: index.seed))
        var notes: [String] = []
        if !indicators.alliancesKnown {
            notes.append(
                "alliance layer unknown in \(year) (ATOP ends in \(coverage.alliances.lastYear)): "
                    + "the alliance indicator is left out")
        }
        for layer in [NetworkLayer.exercise, .organisation] {
            if let note = layers.coverage(of: layer).note {
                notes.append("\(layer.rawValue) layer \(layers.coverage(of: layer).label): \(note)")
            }
        }
        var rows: [NetworkIndexReport.Row] = []
        for (k, i) in ids.enumerated() {
            var values: [String: Double] = [:]
            for indicator in indicators.indicators { values[indicator.name] = indicator.values[i] }
            rows.append(
                .init(
                    rank: result.ranks[k], state: layers.labels[i], score: result.scores[k],
                    medianRank: result.medianRank[k], rankLow: result.rankLow[k], rankHigh: result.rankHigh[k],
                    indicators: values, exercisePartners: indicators.exercisePartners[i],
                    exercises: indicators.exerciseCount[i]))
        }
        rows.sort { ($0.rank, $0.state) < ($1.rank, $1.state) }
        let validation = try lowyValidationNote(
            year: year, ranks: Dictionary(rows.map { ($0.state, $0.rank) }, uniquingKeysWith: min))
        if let top = index.top { rows = Array(rows.prefix(top)) }
        return NetworkIndexReport(
            year: year, region: index.region?.rawValue, preset: index.preset, indicators: result.indicators,
            weights: Dictionary(uniqueKeysWithValues: zip(result.indicators, result.weights)),
            samples: index.samples, concentration: index.concentration, seed: index.seed, notes: notes,
            weighting: layers.options.schemeDescription, validation: validation,
            states: rows)
    }
}

extension Services {
    /// The index of `year` against the curated Lowy ranks of the editions compared with that year
    /// (``LowyReference/dataYear(edition:allianceLastYear:)``): Spearman's ρ between this report's
    /// own ranks and the published ones, or why there is no figure. `network validate` pools every
    /// edition.
    func lowyValidationNote(year: Int, ranks: [String: Int]) throws(EntenteError) -> String {
        let reference = try LowyReference()
        let last = coverage.alliances.lastYear
        guard !reference.entries.isEmpty else {
            return "no comparison: no Lowy Institute Asia Power Index 'defence networks' rank is curated "
                + "(\(LowyReference.file))"
        }
        let entries = reference.entries(forDataYear: year, allianceLastYear: last)
        let editions = Set(entries.map(\.edition)).sorted().map(String.init).joined(separator: ", ")
        guard !entries.isEmpty else {
            let all = Set(reference.entries.map(\.edition)).sorted().map {
                "\($0)→\(LowyReference.dataYear(edition: $0, allianceLastYear: last))"
            }
            return "no comparison: no curated Lowy Asia Power Index edition is compared with \(year) "
                + "(edition→index year: \(all.joined(separator: ", ")))"
        }
        let (rho, matched) = LowyReference.correlation(entries, ranks: ranks)
        let carried =
            year == last && entries.contains { $0.edition - 1 > last }
            ? " (carried back to \(last), the last year of the alliance data)" : ""
        guard let rho else {
            return
                "no figure: \(matched) of \(entries.count) curated Lowy 'defence networks' ranks of edition(s) \(editions)"
                + carried
                + " match states ranked here; Spearman's ρ needs 4 (entente network validate pools all editions)"
        }
        return "Spearman's ρ \(LowyReference.fixed3(rho.rho)) (95% interval \(LowyReference.fixed3(rho.lower)) to "
            + "\(LowyReference.fixed3(rho.upper)), Fisher's z) between these ranks and \(rho.count) curated Lowy "
            + "'defence networks' ranks of edition(s) \(editions)\(carried)"
    }
}
