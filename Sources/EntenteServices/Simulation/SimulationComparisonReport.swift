import EntenteSim

/// Two scenarios' ensembles side by side: for every outcome both can report, the difference of
/// means (B − A) and a standardised effect size, each with its 95% interval over replicates.
public struct SimulationComparisonReport: Codable, Sendable, Hashable {
    /// One scenario of the comparison.
    public struct Side: Codable, Sendable, Hashable {
        public var scenario: String
        public var file: String
        public var model: String
        public var fingerprint: String
        public var seed: String
        public var replicates: Int
        public var horizon: Int
    }

    /// One outcome compared.
    public struct Outcome: Codable, Sendable, Hashable {
        public var name: String
        /// Replicates with a defined value, in A and in B.
        public var nA: Int
        public var nB: Int
        public var meanA: Double?
        public var meanB: Double?
        public var sdA: Double?
        public var sdB: Double?
        /// Mean of B minus mean of A.
        public var difference: Double?
        /// 95% interval of the difference (Welch's t, Welch–Satterthwaite degrees of freedom).
        public var differenceCiLow: Double?
        public var differenceCiHigh: Double?
        /// Hedges' g: the difference over the pooled standard deviation, small-sample corrected.
        public var hedgesG: Double?
        /// 95% interval of g (normal approximation of Hedges & Olkin 1985).
        public var hedgesGCiLow: Double?
        public var hedgesGCiHigh: Double?
        /// Whether the difference's interval excludes zero.
        public var differs: Bool
    }

    /// Mean series of both scenarios at their common recorded steps, for charts.
    public struct SeriesPair: Codable, Sendable, Hashable {
        public var name: String
        public var steps: [Int]
        public var meanA: [Double?]
        public var meanB: [Double?]
    }

    public var kind = "simulation-comparison"
    public var a: Side
    public var b: Side
    public var outcomes: [Outcome]
    public var series: [SeriesPair]
    /// What the intervals mean, for readers of the JSON.
    public var method =
        "difference = mean(B) − mean(A) over replicates, 95% Welch t interval; Hedges' g with its 95% normal interval"
}

extension SimulationComparisonReport.Side {
    init(_ report: SimulationRunReport, file: String) {
        scenario = report.scenario
        self.file = file
        model = report.model
        fingerprint = report.fingerprint
        seed = report.seed
        replicates = report.replicates
        horizon = report.horizon
    }
}

extension SimulationComparisonReport.Outcome {
    /// Compares the defined values of one outcome in two ensembles.
    public init(name: String, a: [Double], b: [Double]) {
        self.name = name
        nA = a.count
        nB = b.count
        let (ma, va) = Self.meanAndVariance(a)
        let (mb, vb) = Self.meanAndVariance(b)
        meanA = ma.finite
        meanB = mb.finite
        sdA = va.squareRoot().finite
        sdB = vb.squareRoot().finite
        let diff = mb - ma
        difference = diff.finite
        let na = Double(nA)
        let nb = Double(nB)
        let se2 = va / na + vb / nb
        if nA >= 2 && nB >= 2 && se2 > 0 {
            let df = se2 * se2 / ((va / na) * (va / na) / (na - 1) + (vb / nb) * (vb / nb) / (nb - 1))
            let t = Statistics.tQuantile975(df: max(1, Int(df.rounded(.down))))
            let half = t * se2.squareRoot()
            differenceCiLow = (diff - half).finite
            differenceCiHigh = (diff + half).finite
            let pooled = (((na - 1) * va + (nb - 1) * vb) / (na + nb - 2)).squareRoot()
            let correction = 1 - 3 / (4 * (na + nb) - 9)
            let g = diff / pooled * correction
            let seG = ((na + nb) / (na * nb) + g * g / (2 * (na + nb))).squareRoot()
            hedgesG = g.finite
            hedgesGCiLow = (g - 1.959963984540054 * seG).finite
            hedgesGCiHigh = (g + 1.959963984540054 * seG).finite
        } else if nA >= 2 && nB >= 2 {
            // No spread on either side: the difference is exact.
            differenceCiLow = diff.finite
            differenceCiHigh = diff.finite
        }
        if let low = differenceCiLow, let high = differenceCiHigh {
            differs = low > 0 || high < 0
        } else {
            differs = false
        }
    }

    static func meanAndVariance(_ x: [Double]) -> (Double, Double) {
        guard !x.isEmpty else { return (.nan, .nan) }
        let mean = x.reduce(0, +) / Double(x.count)
        guard x.count > 1 else { return (mean, .nan) }
        let ss = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, ss / Double(x.count - 1))
    }
}
