/// The composite defence-network index of a year: scores, ranks and 90% rank intervals.
public struct NetworkIndexReport: Codable, Sendable {
    public struct Row: Codable, Sendable {
        public var rank: Int
        public var state: String
        public var score: Double
        public var medianRank: Double
        public var rankLow: Double
        public var rankHigh: Double
        /// Indicator values (0–100 to the best state), by indicator name.
        public var indicators: [String: Double]
        public var exercisePartners: Int
        public var exercises: Int
    }

    public var year: Int
    public var region: String?
    public var preset: NetworkIndexPreset
    /// The indicators used, in order, and their normalised weights.
    public var indicators: [String]
    public var weights: [String: Double]
    public var samples: Int
    public var concentration: Double
    public var seed: UInt64
    /// What the data leave out that year.
    public var notes: [String]
    /// How ties were weighted, one line per layer.
    public var weighting: [String]
    /// How the index compares with published ranks (the Lowy Institute Asia Power Index "defence
    /// networks" measure) for this year, or why no figure is given.
    public var validation: String
    public var states: [Row]
}
