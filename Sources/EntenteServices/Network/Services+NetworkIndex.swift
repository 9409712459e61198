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
        if let top = index.top { rows = Array(rows.prefix(top)) }
        return NetworkIndexReport(
            year: year, region: index.region?.rawValue, preset: index.preset, indicators: result.indicators,
            weights: Dictionary(uniqueKeysWithValues: zip(result.indicators, result.weights)),
            samples: index.samples, concentration: index.concentration, seed: index.seed, notes: notes,
            weighting: layers.options.schemeDescription, validation: try Self.lowyValidationNote(year: year),
            states: rows)
    }
}

extension Services {
    /// What the curated Lowy ranks say about a year's index: the editions that report on it, or why
    /// there is no figure. The figure itself comes from ``networkValidate(from:to:seed:layer:layers:method:)``.
    static func lowyValidationNote(year: Int) throws(EntenteError) -> String {
        let file = "validation/lowy_defence_networks.csv"
        let table = try BundledData.table(file)
        guard let e = table.column("edition") else {
            throw EntenteError(.invalidInput, "\(file): the column 'edition' is missing.")
        }
        let editions = Set(table.rows.compactMap { Int($0[e]) })
        if table.rows.isEmpty {
            return "no comparison: no Lowy Institute Asia Power Index 'defence networks' rank is curated "
                + "(\(file)); a missing record is better than a wrong one"
        }
        if editions.contains(year + 1) {
            return "Lowy Asia Power Index \(year + 1) edition reports on \(year): "
                + "Spearman's ρ with its 'defence networks' ranks in entente network validate"
        }
        return "no Lowy Asia Power Index edition curated for \(year) (editions: "
            + editions.sorted().map(String.init).joined(separator: ", ") + ")"
    }
}
