public import EntenteCore

/// One-at-a-time and Morris elementary-effects sensitivity analysis over declared parameter ranges.
///
/// Both run the scenario's replicates at every design point with ``SimulationRunner`` (so they are
/// reproducible on any number of threads) and work on the ensemble mean of each summary metric.
public enum SensitivityAnalysis {
    /// One-at-a-time result: each parameter moved across its range with the others at their
    /// scenario values.
    public struct OneAtATime: Sendable, Hashable {
        public var parameterNames: [String]
        public var metricNames: [String]
        /// Ensemble means at the scenario's own values, per metric.
        public var baseline: [Double]
        /// `levels[p]`: the values parameter `p` takes.
        public var levels: [[Double]]
        /// `means[p][level][metric]`: ensemble mean with parameter `p` at that level.
        public var means: [[[Double]]]

        /// `effects[p][metric]`: largest minus smallest ensemble mean over parameter `p`'s levels.
        public var effects: [[Double]] {
            means.map { rows in
                metricNames.indices.map { m in
                    let column = rows.map { $0[m] }
                    return (column.max() ?? .nan) - (column.min() ?? .nan)
                }
            }
        }
    }

    /// Morris (1991) elementary-effects screening with the μ* of Campolongo, Cariboni and Saltelli (2007).
    public struct Morris: Sendable, Hashable {
        public var parameterNames: [String]
        public var metricNames: [String]
        public var trajectories: Int
        public var levels: Int
        /// `mu[p][m]`: mean elementary effect of parameter `p` on metric `m` (in units of the metric per
        /// whole range of `p`).
        public var mu: [[Double]]
        /// `muStar[p][m]`: mean absolute elementary effect: the importance ranking.
        public var muStar: [[Double]]
        /// `sigma[p][m]`: standard deviation of the elementary effects: non-linearity or interactions.
        public var sigma: [[Double]]
    }

    /// Runs a one-at-a-time analysis.
    ///
    /// - Parameters:
    ///   - scenario: the scenario (its values are the baseline).
    ///   - ranges: the parameters and ranges to explore.
    ///   - levels: values per parameter, evenly spaced, both ends included (at least 2).
    ///   - threads: most replicates running at once.
    /// - Throws: ``EntenteError`` for unknown parameters, bad ranges or fewer than 2 levels.
    public static func oneAtATime(
        _ scenario: Scenario, ranges: [Scenario.ParameterRange], levels: Int, threads: Int,
        progress: SimulationRunner.Progress? = nil
    ) async throws(EntenteError) -> OneAtATime {
        guard levels >= 2 else {
            throw EntenteError(.invalidInput, "one-at-a-time analysis needs at least 2 levels, got \(levels).")
        }
        let indices = try check(scenario, ranges)
        let specs = scenario.model.parameterSpecs
        var points = [DesignPoint(index: 0, parameters: scenario.parameters)]
        var levelValues: [[Double]] = []
        for (range, i) in zip(ranges, indices) {
            var values: [Double] = []
            for k in 0..<levels {
                var v = range.lower + (range.upper - range.lower) * Double(k) / Double(levels - 1)
                if specs[i].isInteger { v = v.rounded() }
                values.append(v)
                var p = scenario.parameters
                p[i] = v
                points.append(DesignPoint(index: points.count, parameters: p))
            }
            levelValues.append(values)
        }
        let results = await SimulationRunner.run(
            scenario, points: points, keepSeries: false, threads: threads, progress: progress)
        let means = results.map { $0.summaries.map(\.mean) }
        return OneAtATime(
            parameterNames: ranges.map(\.name), metricNames: scenario.summaryNames, baseline: means[0],
            levels: levelValues,
            means: ranges.indices.map { p in (0..<levels).map { means[1 + p * levels + $0] } })
    }

    /// Runs a Morris elementary-effects analysis.
    ///
    /// Each of `trajectories` trajectories starts at a random point of the `levels`-level grid of the
    /// unit hypercube (restricted so that a step of Δ = levels / (2(levels − 1)) stays inside) and moves
    /// every parameter once, in a random order, by +Δ; unit values map linearly onto the ranges
    /// (whole-number parameters are rounded). The design's random numbers come from the stream
    /// `(scenario.seed, [2^64 − 2])`, which no replicate uses.
    ///
    /// - Complexity: trajectories × (parameters + 1) design points, each run with the scenario's replicates.
    /// - Throws: ``EntenteError`` for unknown parameters, bad ranges, fewer than 2 trajectories or an odd
    ///   or too small number of levels.
    public static func morris(
        _ scenario: Scenario, ranges: [Scenario.ParameterRange], trajectories: Int, levels: Int = 4, threads: Int,
        progress: SimulationRunner.Progress? = nil
    ) async throws(EntenteError) -> Morris {
        guard trajectories >= 2 else {
            throw EntenteError(.invalidInput, "Morris analysis needs at least 2 trajectories, got \(trajectories).")
        }
        guard levels >= 2, levels % 2 == 0 else {
            throw EntenteError(
                .invalidInput, "Morris analysis needs an even number of levels (4 is usual), got \(levels).")
        }
        let indices = try check(scenario, ranges)
        let specs = scenario.model.parameterSpecs
        let d = ranges.count
        let delta = Double(levels) / (2 * Double(levels - 1))
        var random = Xoshiro256StarStar(seed: scenario.seed, stream: [UInt64.max - 1])
        var points: [DesignPoint] = []
        var orders: [[Int]] = []
        func parameters(_ unit: [Double]) -> [Double] {
            var p = scenario.parameters
            for (k, (range, i)) in zip(ranges, indices).enumerated() {
                var v = range.lower + (range.upper - range.lower) * unit[k]
                if specs[i].isInteger { v = v.rounded() }
                p[i] = v
            }
            return p
        }
        for _ in 0..<trajectories {
            var unit = (0..<d).map { _ in Double(random.nextInt(below: levels / 2)) / Double(levels - 1) }
            var order = Array(0..<d)
            var i = d - 1
            while i > 0 {
                order.swapAt(i, random.nextInt(below: i + 1))
                i -= 1
            }
            orders.append(order)
            points.append(DesignPoint(index: points.count, parameters: parameters(unit)))
            for k in order {
                unit[k] += delta
                points.append(DesignPoint(index: points.count, parameters: parameters(unit)))
            }
        }
        let results = await SimulationRunner.run(
            scenario, points: points, keepSeries: false, threads: threads, progress: progress)
        let metrics = scenario.summaryNames.count
        var effects = Array(repeating: Array(repeating: [Double](), count: metrics), count: d)
        for t in 0..<trajectories {
            let base = t * (d + 1)
            for (step, k) in orders[t].enumerated() {
                let before = results[base + step].summaries
                let after = results[base + step + 1].summaries
                for m in 0..<metrics { effects[k][m].append((after[m].mean - before[m].mean) / delta) }
            }
        }
        func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
        return Morris(
            parameterNames: ranges.map(\.name), metricNames: scenario.summaryNames, trajectories: trajectories,
            levels: levels,
            mu: effects.map { $0.map(mean) },
            muStar: effects.map { $0.map { mean($0.map(abs)) } },
            sigma: effects.map { $0.map { EnsembleSummary($0).standardDeviation } })
    }

    private static func check(_ scenario: Scenario, _ ranges: [Scenario.ParameterRange]) throws(EntenteError) -> [Int] {
        guard !ranges.isEmpty else {
            throw EntenteError(
                .invalidInput, "no parameter ranges: add 'ranges:' to the scenario or pass --range name=lower:upper.")
        }
        var s = scenario
        s.ranges = ranges
        try s.validate()
        return ranges.map { scenario.parameterIndex($0.name)! }
    }
}
