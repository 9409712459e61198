public import EntenteCore

/// The indicators of the composite defence-network index, computed from a year's ``WorldLayers``
/// and its `World`, in the manner of the Lowy Institute Asia Power Index's "defence
/// networks" measure (which scores alliances weighted by the partner's power, defence cooperation
/// and exercises, and regional security ties).
///
/// For state i (one value per dense id):
/// - ``CompositeIndex/Indicators/alliances``: Σ_j a_ij × CINC_j over alliance partners j, with a_ij
///   the alliance tie symmetrised (the larger of the two directions' obligation weights) and CINC_j
///   the partner's COW composite capability (0 when missing) — an alliance with a strong state counts
///   for more, as in the Asia Power Index.
/// - ``CompositeIndex/Indicators/exercises``: exercise-layer strength, Σ_j (joint exercises with j).
/// - ``CompositeIndex/Indicators/organisations``: the number of the layer's security organisations
///   the state belongs to (members and partners).
/// - ``CompositeIndex/Indicators/centrality``: eigenvector centrality of the combined layer.
///
/// Also reported, not weighted: exercise partners (degree in the exercise layer) and the number of
/// exercises the state took part in.
public struct DefenceNetworkIndicators: Sendable {
    /// The four weighted indicators, in the order above; `alliances` is absent when the alliance
    /// layer is unknown in the year.
    public let indicators: [CompositeIndex.Indicator]
    /// Exercise partners per state.
    public let exercisePartners: [Int]
    /// Exercises per state.
    public let exerciseCount: [Int]
    /// Whether the alliance indicator could be computed.
    public let alliancesKnown: Bool

    /// Computes the indicators.
    ///
    /// - Parameters:
    ///   - layers: the year's layers.
    ///   - world: the World they were built from.
    ///   - eigenvector: eigenvector centrality of the combined layer, one per state.
    /// - Throws: ``EntenteError`` `.invalidInput` when the sizes do not match.
    public init(layers: WorldLayers, world: World, eigenvector: [Double]) throws(EntenteError) {
        let n = world.stateCount
        guard layers.labels.count == n, eigenvector.count == n else {
            throw EntenteError(
                .invalidInput,
                "The layers (\(layers.labels.count) nodes) and centrality (\(eigenvector.count) values) must match the World's \(n) states."
            )
        }
        var result: [CompositeIndex.Indicator] = []
        let known = layers.coverage(of: .alliance).isKnown
        if known {
            let alliance = layers.layer(.alliance)
            var value = [Double](repeating: 0, count: n)
            for e in WorldLayers.symmetrised(alliance.edges) {
                value[e.source] += e.weight * (world.capabilities[e.target]?.cinc ?? 0)
                value[e.target] += e.weight * (world.capabilities[e.source]?.cinc ?? 0)
            }
            result.append(.init(name: CompositeIndex.Indicators.alliances, values: value))
        }
        let exercise = layers.layer(.exercise)
        var strength = [Double](repeating: 0, count: n)
        var partners = [Int](repeating: 0, count: n)
        for u in 0..<n {
            partners[u] = exercise.offsets[u + 1] - exercise.offsets[u]
            for k in exercise.offsets[u]..<exercise.offsets[u + 1] { strength[u] += exercise.weights[k] }
        }
        var count = [Int](repeating: 0, count: n)
        for (activity, ids) in zip(world.activities, world.activityParticipants) where activity.kind == .exercise {
            for id in Set(ids) { count[Int(id)] += 1 }
        }
        result.append(.init(name: CompositeIndex.Indicators.exercises, values: strength))
        var organisations = [Double](repeating: 0, count: n)
        // Memberships count by the organisation's kind, as its ties do in the organisation layer.
        for name in layers.options.organisations {
            let w = layers.options.organisationWeights[name] ?? WorldLayers.Options.defaultOrganisationWeight
            for id in Set(world.members[name] ?? []) { organisations[Int(id)] += w }
        }
        result.append(.init(name: CompositeIndex.Indicators.organisations, values: organisations))
        result.append(.init(name: CompositeIndex.Indicators.centrality, values: eigenvector))
        self.indicators = result
        self.exercisePartners = partners
        self.exerciseCount = count
        self.alliancesKnown = known
    }

    /// The preset with the weights of absent indicators removed (the rest keep their proportions).
    public func applicable(_ preset: CompositeIndex.WeightPreset) -> CompositeIndex.WeightPreset {
        let names = Set(indicators.map(\.name))
        return CompositeIndex.WeightPreset(name: preset.name, weights: preset.weights.filter { names.contains($0.key) })
    }

    /// The indicators restricted to some states (for a regional ranking, normalised within the region).
    public func restricted(to ids: [Int]) -> [CompositeIndex.Indicator] {
        indicators.map { indicator in .init(name: indicator.name, values: ids.map { indicator.values[$0] }) }
    }
}
