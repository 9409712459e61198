public import EntenteCore
import RealModule

/// Spearman's rank correlation with a confidence interval.
public struct RankCorrelation: Sendable, Hashable {
    /// Pairs compared.
    public let count: Int
    /// Spearman's ρ: Pearson's correlation of the ranks (ties get their average rank).
    public let rho: Double
    /// Lower and upper bound of the interval at ``level``.
    public let lower: Double
    public let upper: Double
    /// The confidence level (0.95 by default).
    public let level: Double

    /// ρ of two samples, with the interval from Fisher's z transform and the standard error
    /// √(1.06 / (n − 3)) of Fieller, Hartley and Pearson (1957, *Biometrika* 44, 470–481) for
    /// rank correlations.
    ///
    /// - Parameters:
    ///   - x: the first values (for example a published rank).
    ///   - y: the second values, in the same order.
    ///   - level: the confidence level, 0.80, 0.90, 0.95 or 0.99.
    /// - Throws: ``EntenteError`` `.invalidInput` when the samples differ in length, have fewer
    ///   than 4 pairs (the interval needs n > 3), are constant, or the level is not one of the four.
    public init(spearman x: [Double], _ y: [Double], level: Double = 0.95) throws(EntenteError) {
        guard x.count == y.count else {
            throw EntenteError(.invalidInput, "The samples have \(x.count) and \(y.count) values; pair them first.")
        }
        guard x.count >= 4 else {
            throw EntenteError(.invalidInput, "Spearman's ρ with an interval needs at least 4 pairs; got \(x.count).")
        }
        let quantiles: [Double: Double] = [
            0.80: 1.281_551_565_5, 0.90: 1.644_853_626_9, 0.95: 1.959_963_985, 0.99: 2.575_829_303_5,
        ]
        guard let z = quantiles[level] else {
            throw EntenteError(.invalidInput, "The confidence level must be 0.80, 0.90, 0.95 or 0.99; got \(level).")
        }
        let rx = Self.ranks(x)
        let ry = Self.ranks(y)
        let n = Double(x.count)
        let mx = rx.reduce(0, +) / n
        let my = ry.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (a, b) in zip(rx, ry) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > 0, syy > 0 else {
            throw EntenteError(.invalidInput, "A sample is constant; its rank correlation is undefined.")
        }
        let rho = sxy / (sxx * syy).squareRoot()
        let clipped = min(max(rho, -0.999_999_999), 0.999_999_999)
        let fisher = Double.atanh(clipped)
        let se = (1.06 / (n - 3)).squareRoot()
        self.count = x.count
        self.rho = rho
        self.lower = Double.tanh(fisher - z * se)
        self.upper = Double.tanh(fisher + z * se)
        self.level = level
    }

    /// Ranks 1…n, ties sharing their average rank.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let average = Double(start + end) / 2 + 1
            for k in start...end { ranks[order[k]] = average }
            start = end + 1
        }
        return ranks
    }
}
