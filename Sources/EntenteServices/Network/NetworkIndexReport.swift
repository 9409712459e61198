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
    public var states: [Row]
}
