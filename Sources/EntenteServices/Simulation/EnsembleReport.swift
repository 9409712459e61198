public import EntenteSim

/// Ensemble statistics of one quantity over replicates; undefined values (one replicate) are nil.
public struct EnsembleReport: Codable, Sendable, Hashable {
    public var n: Int
    public var mean: Double?
    public var sd: Double?
    /// 2.5% quantile.
    public var q025: Double?
    public var q25: Double?
    public var median: Double?
    public var q75: Double?
    /// 97.5% quantile.
    public var q975: Double?
    /// 95% confidence interval of the mean (Student's t).
    public var meanCiLow: Double?
    public var meanCiHigh: Double?

    public init(_ s: EnsembleSummary) {
        n = s.count
        mean = s.mean.finite
        sd = s.standardDeviation.finite
        q025 = s.lower.finite
        q25 = s.quartile1.finite
        median = s.median.finite
        q75 = s.quartile3.finite
        q975 = s.upper.finite
        meanCiLow = s.meanLower.finite
        meanCiHigh = s.meanUpper.finite
    }

    /// The statistics in the order of ``EnsembleSummary/names``.
    public var values: [Double?] { [mean, sd, q025, q25, median, q75, q975, meanCiLow, meanCiHigh] }
}

/// Ensemble statistics of one series column, one value per recorded step each.
public struct SeriesEnsembleReport: Codable, Sendable, Hashable {
    public var mean: [Double?]
    public var sd: [Double?]
    public var q025: [Double?]
    public var q25: [Double?]
    public var median: [Double?]
    public var q75: [Double?]
    public var q975: [Double?]
    public var meanCiLow: [Double?]
    public var meanCiHigh: [Double?]

    public init(_ steps: [EnsembleSummary]) {
        let reports = steps.map(EnsembleReport.init)
        mean = reports.map(\.mean)
        sd = reports.map(\.sd)
        q025 = reports.map(\.q025)
        q25 = reports.map(\.q25)
        median = reports.map(\.median)
        q75 = reports.map(\.q75)
        q975 = reports.map(\.q975)
        meanCiLow = reports.map(\.meanCiLow)
        meanCiHigh = reports.map(\.meanCiHigh)
    }

    /// The statistics at recorded step `i`, in the order of ``EnsembleSummary/names``.
    public func values(at i: Int) -> [Double?] {
        [mean[i], sd[i], q025[i], q25[i], median[i], q75[i], q975[i], meanCiLow[i], meanCiHigh[i]]
    }
}
