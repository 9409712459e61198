/// What to validate the defense-diplomacy model on (`entente sim validate`): the world of
/// `startYear`, a calibration grid scored on `startYear…calibrationEndYear`, a test on the years
/// after it up to `testEndYear`.
public struct WorldModelValidationOptions: Sendable, Hashable {
    /// State references or groups, as in a scenario's `world: states:` (`all`, `usa`, `asean`, …).
    public var states: [String]
    public var startYear: Int
    public var calibrationEndYear: Int
    public var testEndYear: Int
    /// Calibration grid: every combination of these values is run.
    public var engagementRates: [Double]
    public var crisisBases: [Double]
    public var replicates: Int
    public var seed: UInt64
    public var threads: Int

    public init(
        states: [String] = ["all"], startYear: Int = 1990, calibrationEndYear: Int = 2000, testEndYear: Int = 2010,
        engagementRates: [Double] = [0.05, 0.1, 0.2, 0.4], crisisBases: [Double] = [0.0001, 0.0002, 0.0005, 0.001],
        replicates: Int = 10, seed: UInt64 = 1, threads: Int = 2
    ) {
        self.states = states
        self.startYear = startYear
        self.calibrationEndYear = calibrationEndYear
        self.testEndYear = testEndYear
        self.engagementRates = engagementRates
        self.crisisBases = crisisBases
        self.replicates = replicates
        self.seed = seed
        self.threads = threads
    }
}

/// The defense-diplomacy model against observed exercise-network density (MME) and dyadic dispute
/// rates (MID), beside the naive baseline that the calibration period's mean rate persists.
public struct WorldModelValidationReport: Codable, Sendable, Hashable {
    /// One calibration grid point and its loss on the calibration years.
    public struct GridPoint: Codable, Sendable, Hashable {
        public var engagementRate: Double
        public var crisisBase: Double
        /// Mean over both series of RMSE / observed calibration mean.
        public var calibrationLoss: Double
    }

    /// Errors of the model and of the baseline on a set of years.
    public struct Fit: Codable, Sendable, Hashable {
        public var years: Int
        public var modelRMSE: Double
        public var modelMAE: Double
        public var baselineRMSE: Double
        public var baselineMAE: Double
        /// Whether the model's RMSE is below the baseline's.
        public var modelBeatsBaseline: Bool
    }

    /// One observed series: per year, the observed value, the model's ensemble mean and the baseline.
    public struct Series: Codable, Sendable, Hashable {
        public var name: String
        public var meaning: String
        public var years: [Int]
        public var observed: [Double]
        public var model: [Double]
        /// The calibration years' observed mean, carried forward.
        public var baseline: Double
        public var calibration: Fit
        public var test: Fit
    }

    public var states: Int
    public var startYear: Int
    public var calibrationYears: String
    public var testYears: String
    public var replicates: Int
    public var seed: UInt64
    public var grid: [GridPoint]
    public var chosen: GridPoint
    public var series: [Series]
    public var note: String
}
