public import EntenteCore

/// A composite defence-network index in the manner of the Lowy Institute Asia Power Index's
/// "defence networks" measure, with rank uncertainty from perturbed weights.
///
/// Each indicator is a value per node (for example alliance-layer strength, exercise-layer
/// strength, eigenvector centrality of the combined graph). Indicators are scaled 0–100 relative
/// to the best node (value / max × 100, as the Asia Power Index scales its indicators; negative or
/// NaN values count as 0), then averaged with weights that sum to 1.
///
/// Rank uncertainty: the weights are redrawn `samples` times from a Dirichlet distribution centred
/// on the preset (parameters α_k = concentration × w_k), each draw gives a ranking, and each
/// node's median rank and 5th–95th percentile ranks (a 90% interval) are reported. Smaller
/// concentration means more disagreement about the weights. Draws use this module's seeded
/// SplitMix64 and Marsaglia–Tsang gamma sampler, so a seed reproduces the result.
public enum CompositeIndex {
    /// One indicator: a name and a value per node.
    public struct Indicator: Sendable, Hashable {
        public var name: String
        public var values: [Double]

        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// Named weights over indicator names.
    public struct WeightPreset: Sendable, Hashable {
        public var name: String
        public var weights: [String: Double]

        public init(name: String, weights: [String: Double]) {
            self.name = name
            self.weights = weights
        }

        /// Equal weights over the given indicators.
        public static func equal(_ indicators: [String]) -> WeightPreset {
            WeightPreset(name: "equal", weights: Dictionary(uniqueKeysWithValues: indicators.map { ($0, 1.0) }))
        }

        /// The default defence-network preset, over the indicators ``CompositeIndex/Indicators/alliances``,
        /// ``CompositeIndex/Indicators/exercises``, ``CompositeIndex/Indicators/organisations`` and ``CompositeIndex/Indicators/centrality``:
        /// 0.35, 0.3, 0.15, 0.2. Alliances weigh most because they carry legal obligations (the
        /// Asia Power Index's "regional alliance network" sub-measure); exercises next, as the
        /// practice of defence diplomacy; co-membership least, as the cheapest tie. A modelling
        /// choice, not Lowy's own weights.
        public static let defenceNetworks = WeightPreset(
            name: "defence-networks",
            weights: [
                Indicators.alliances: 0.35, Indicators.exercises: 0.3, Indicators.organisations: 0.15,
                Indicators.centrality: 0.2,
            ])

        /// A preset that weighs alliances over everything else (0.6 alliances, 0.2 exercises,
        /// 0.1 organisations, 0.1 centrality): the reading of a treaty-minded analyst.
        public static let allianceHeavy = WeightPreset(
            name: "alliance-heavy",
            weights: [
                Indicators.alliances: 0.6, Indicators.exercises: 0.2, Indicators.organisations: 0.1,
                Indicators.centrality: 0.1,
            ])

        /// A preset that weighs practice over treaties (0.15 alliances, 0.45 exercises,
        /// 0.2 organisations, 0.2 centrality): the reading of a non-aligned, free-and-active policy.
        public static let practiceHeavy = WeightPreset(
            name: "practice-heavy",
            weights: [
                Indicators.alliances: 0.15, Indicators.exercises: 0.45, Indicators.organisations: 0.2,
                Indicators.centrality: 0.2,
            ])
    }

    /// The indicator names the presets use.
    public enum Indicators {
        /// Strength in the alliance layer.
        public static let alliances = "alliances"
        /// Strength in the joint-exercise layer.
        public static let exercises = "exercises"
        /// Strength in the security-organisation co-membership layer.
        public static let organisations = "organisations"
        /// Eigenvector centrality in the combined graph.
        public static let centrality = "centrality"
    }

    /// How rank uncertainty is sampled.
    public struct Uncertainty: Sendable, Hashable {
        /// Number of weight draws (default 1,000).
        public var samples = 1_000
        /// Dirichlet concentration κ (default 50: each weight's draws have a standard deviation of
        /// about √(w(1 − w)/51), e.g. ±0.06 around 0.3).
        public var concentration = 50.0
        /// Seed of the draws (default 1).
        public var seed: UInt64 = 1

        public init(samples: Int = 1_000, concentration: Double = 50, seed: UInt64 = 1) {
            self.samples = samples
            self.concentration = concentration
            self.seed = seed
        }
    }

    /// Scores, ranks and rank intervals of every node.
    public struct Result: Sendable, Hashable {
        /// The preset used.
        public var preset: String
        /// Indicator names in the order used, and their normalised weights.
        public var indicators: [String]
        public var weights: [Double]
        /// Composite score, 0–100, per node.
        public var scores: [Double]
        /// Rank under the preset weights (1 = highest score; equal scores share the better rank).
        public var ranks: [Int]
        /// Median rank over the weight draws.
        public var medianRank: [Double]
        /// 5th-percentile rank over the draws (the better end of the 90% interval).
        public var rankLow: [Double]
        /// 95th-percentile rank over the draws (the worse end of the 90% interval).
        public var rankHigh: [Double]
    }

    /// Computes the index.
    ///
    /// - Parameters:
    ///   - indicators: the indicators, each with one value per node.
    ///   - preset: weights by indicator name; indicators the preset does not name get weight 0.
    ///   - uncertainty: the Dirichlet sampling options.
    /// - Throws: ``EntenteError`` `.invalidInput` when indicators differ in length, a preset name is
    ///   not an indicator, a weight is negative, or all weights are 0.
    public static func compute(
        indicators: [Indicator], preset: WeightPreset, uncertainty: Uncertainty = Uncertainty()
    ) throws(EntenteError) -> Result {
        guard let n = indicators.first?.values.count else {
            throw EntenteError(.invalidInput, "The composite index needs at least one indicator.")
        }
        for indicator in indicators where indicator.values.count != n {
            throw EntenteError(
                .invalidInput,
                "Indicator '\(indicator.name)' has \(indicator.values.count) values; the others have \(n).")
        }
        let names = indicators.map(\.name)
        for (name, w) in preset.weights.sorted(by: { $0.key < $1.key }) {
            guard names.contains(name) else {
                throw EntenteError(
                    .invalidInput,
                    "Preset '\(preset.name)' weighs '\(name)', which is not an indicator (\(names.joined(separator: ", ")))."
                )
            }
            guard w >= 0, w.isFinite else {
                throw EntenteError(
                    .invalidInput,
                    "Preset '\(preset.name)' gives '\(name)' weight \(w); weights must be finite and at least 0.")
            }
        }
        guard uncertainty.samples >= 1, uncertainty.concentration > 0 else {
            throw EntenteError(.invalidInput, "Uncertainty needs at least 1 sample and a positive concentration.")
        }
        let raw = names.map { preset.weights[$0] ?? 0 }
        let total = raw.reduce(0, +)
        guard total > 0 else {
            throw EntenteError(.invalidInput, "Preset '\(preset.name)' gives every indicator weight 0.")
        }
        let weights = raw.map { $0 / total }
        let scaled = indicators.map { normalise($0.values) }
        let scores = combine(scaled, weights: weights, count: n)
        let ranks = rank(scores)

        // Dirichlet draws over the indicators with positive weight.
        var rng = SplitMix64(seed: uncertainty.seed)
        var drawnRanks = [[Int]](repeating: [], count: n)
        for i in 0..<n { drawnRanks[i].reserveCapacity(uncertainty.samples) }
        var draw = [Double](repeating: 0, count: weights.count)
        for _ in 0..<uncertainty.samples {
            var sum = 0.0
            for k in 0..<weights.count {
                draw[k] = weights[k] > 0 ? rng.nextGamma(shape: uncertainty.concentration * weights[k]) : 0
                sum += draw[k]
            }
            if sum > 0 { for k in 0..<draw.count { draw[k] /= sum } } else { draw = weights }
            let r = rank(combine(scaled, weights: draw, count: n))
            for i in 0..<n { drawnRanks[i].append(r[i]) }
        }
        var median = [Double](repeating: 0, count: n)
        var low = [Double](repeating: 0, count: n)
        var high = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let sorted = drawnRanks[i].sorted().map(Double.init)
            median[i] = quantile(sorted, 0.5)
            low[i] = quantile(sorted, 0.05)
            high[i] = quantile(sorted, 0.95)
        }
        return Result(
            preset: preset.name, indicators: names, weights: weights, scores: scores, ranks: ranks, medianRank: median,
            rankLow: low, rankHigh: high)
    }

    /// value / max × 100; negative and NaN values count as 0; all zero when the maximum is 0.
    static func normalise(_ values: [Double]) -> [Double] {
        let clean = values.map { $0.isNaN || $0 < 0 ? 0 : $0 }
        let top = clean.max() ?? 0
        guard top > 0, top.isFinite else { return [Double](repeating: 0, count: values.count) }
        return clean.map { $0 * 100 / top }
    }

    static func combine(_ scaled: [[Double]], weights: [Double], count n: Int) -> [Double] {
        var scores = [Double](repeating: 0, count: n)
        for (k, column) in scaled.enumerated() where weights[k] != 0 {
            for i in 0..<n { scores[i] += weights[k] * column[i] }
        }
        return scores
    }

    /// Competition ranks: 1 + the number of strictly higher scores.
    static func rank(_ scores: [Double]) -> [Int] {
        let order = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        var ranks = [Int](repeating: 0, count: scores.count)
        for (position, i) in order.enumerated() {
            if position > 0, scores[order[position - 1]] == scores[i] {
                ranks[i] = ranks[order[position - 1]]
            } else {
                ranks[i] = position + 1
            }
        }
        return ranks
    }

    /// Linear-interpolation quantile of sorted values (numpy's default).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position)
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
