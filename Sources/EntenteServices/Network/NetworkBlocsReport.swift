public import EntenteNetwork

/// Communities of a year's layer, the two blocs among them, and each state's position: its
/// balance between the two named anchor groups and its position between the two blocs found.
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
        /// Position between the two blocs found, in [−1, 1] (+1 with bloc A); nil without ties to either.
        public var blocPosition: Double?
    }

    /// How far the blocs found agree with the NATO / Warsaw Pact / other partition in the year.
    public struct Validation: Codable, Sendable {
        /// Adjusted Rand index of (bloc A, bloc B, rest) against (NATO, Warsaw Pact, other).
        public var adjustedRandIndex: Double
        /// Adjusted Rand index of every community found against the same reference.
        public var adjustedRandIndexCommunities: Double
        /// What the reference is and where it comes from.
        public var reference: String
        /// The bundled data's fingerprint the figure was computed on.
        public var dataVersion: String
    }

    public var year: Int
    public var layer: NetworkLayer
    /// "covered", or "partial: …" with the reason.
    public var coverage: String
    public var seed: UInt64
    /// `signed` or `louvain`.
    public var method: NetworkBlocMethod
    public var modularity: Double?
    public var blocA: [String]
    public var blocB: [String]
    /// The community holding bloc A's and bloc B's leading anchor.
    public var blocCommunityA: Int
    public var blocCommunityB: Int
    /// Whether the two anchor groups fell in different communities.
    public var twoBlocs: Bool
    /// How ties were weighted, one line per layer.
    public var weighting: [String]
    /// The agreement with known Cold War alignments, for years the reference covers (1950–1990).
    public var validation: Validation?
    /// Why there is no validation figure, when there is none.
    public var validationNote: String?
    public var communities: [Community]
    /// By state code; only the chosen region's states when one was chosen.
    public var states: [Position]
}
