/// Descriptive statistics for ensembles, computed in one fixed order so results are reproducible.
public enum Statistics {
    /// The `p`-quantile of already sorted values by linear interpolation between order statistics
    /// (Hyndman and Fan 1996, definition 7: the default of R and NumPy). NaN for no values.
    public static func quantile(sorted values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let h = Double(values.count - 1) * p
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, values.count - 1)
        return values[lo] + (h - Double(lo)) * (values[hi] - values[lo])
    }

    /// The two-sided 97.5% quantile of Student's t with `df` degrees of freedom.
    ///
    /// Exact table values to df = 30, then the Cornish–Fisher expansion (error below 10⁻⁴).
    public static func tQuantile975(df: Int) -> Double {
        let table: [Double] = [
            12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281, 2.2010, 2.1788, 2.1604,
            2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555,
            2.0518, 2.0484, 2.0452, 2.0423,
        ]
        if df < 1 { return .nan }
        if df <= table.count { return table[df - 1] }
        let z = 1.959963984540054
        let n = Double(df)
        let z3 = z * z * z
        let z5 = z3 * z * z
        return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n)
    }
}

/// Summary of one quantity over the replicates of an ensemble.
///
/// `lower`/`upper` are the 2.5% and 97.5% quantiles (the central 95% interval of outcomes);
/// `meanLower`/`meanUpper` the 95% confidence interval of the mean (Student's t). With one replicate
/// the spread and the confidence interval are NaN.
public struct EnsembleSummary: Sendable, Hashable, Codable {
    public var count: Int
    public var mean: Double
    public var standardDeviation: Double
    public var lower: Double
    public var quartile1: Double
    public var median: Double
    public var quartile3: Double
    public var upper: Double
    public var meanLower: Double
    public var meanUpper: Double

    /// The statistic names, in the order of ``values``.
    public static let names = ["mean", "sd", "q025", "q25", "median", "q75", "q975", "mean_ci_low", "mean_ci_high"]

    /// The statistics in the order of ``names``.
    public var values: [Double] {
        [mean, standardDeviation, lower, quartile1, median, quartile3, upper, meanLower, meanUpper]
    }

    /// Summarises `values` (in replicate order; the order does not change the result beyond the
    /// sum, which runs in that order).
    public init(_ values: [Double]) {
        count = values.count
        var sum = 0.0
        for v in values { sum += v }
        mean = values.isEmpty ? .nan : sum / Double(values.count)
        var ss = 0.0
        for v in values { ss += (v - mean) * (v - mean) }
        standardDeviation = values.count > 1 ? (ss / Double(values.count - 1)).squareRoot() : .nan
        let sorted = values.sorted()
        lower = Statistics.quantile(sorted: sorted, 0.025)
        quartile1 = Statistics.quantile(sorted: sorted, 0.25)
        median = Statistics.quantile(sorted: sorted, 0.5)
        quartile3 = Statistics.quantile(sorted: sorted, 0.75)
        upper = Statistics.quantile(sorted: sorted, 0.975)
        if values.count > 1 {
            let half =
                Statistics.tQuantile975(df: values.count - 1) * standardDeviation / Double(values.count).squareRoot()
            meanLower = mean - half
            meanUpper = mean + half
        } else {
            meanLower = .nan
            meanUpper = .nan
        }
    }
}
