/// A state's position in the combined layer year by year.
public struct NetworkProfileReport: Codable, Sendable {
    public struct Year: Codable, Sendable {
        public var year: Int
        public var inSystem: Bool
        public var degree: Int?
        public var strength: Double?
        public var betweenness: Double?
        public var eigenvector: Double?
        public var blocBalance: Double?
        public var hedgingIndex: Double?
        public var majorPowerShare: Double?
        public var partnerHhi: Double?
        /// Coverage label of each base layer that year, by layer name.
        public var layers: [String: String]
    }

    public var state: String
    public var name: String
    /// Bloc A's states as given, comma-separated.
    public var blocA: String
    public var blocB: String
    public var years: [Year]
}
