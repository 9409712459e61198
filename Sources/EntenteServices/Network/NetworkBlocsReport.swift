public import EntenteNetwork

/// Louvain communities of a year's layer and each state's balance between two blocs.
public struct NetworkBlocsReport: Codable, Sendable {
    public struct Community: Codable, Sendable {
        public var id: Int
        public var size: Int
        public var members: [String]
    }

    public struct Position: Codable, Sendable {
        public var state: String
        public var community: Int
        public var tiesToA: Double
        public var tiesToB: Double
        public var balance: Double?
        public var hedging: Double?
        public var engagement: Double?
        public var hedgingIndex: Double?
    }

    public var year: Int
    public var layer: NetworkLayer
    /// "covered", or "partial: …" with the reason.
    public var coverage: String
    public var seed: UInt64
    public var modularity: Double?
    public var blocA: [String]
    public var blocB: [String]
    public var communities: [Community]
    /// By state code; only the chosen region's states when one was chosen.
    public var states: [Position]
}
