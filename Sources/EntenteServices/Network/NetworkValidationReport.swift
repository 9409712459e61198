public import EntenteNetwork

/// Every index checked against published assessments and known alignments, with the data version
/// and weighting it was computed on. Comparisons without a curated published source say so
/// instead of inventing one.
public struct NetworkValidationReport: Codable, Sendable {
    /// The blocs of one year against NATO / Warsaw Pact / other.
    public struct BlocYear: Codable, Sendable {
        public var year: Int
        /// Whether the United States and the Soviet Union fell in different communities.
        public var twoBlocs: Bool
        public var communities: Int
        public var adjustedRandIndex: Double
        public var adjustedRandIndexCommunities: Double
        /// Share of NATO members in the United States' community.
        public var natoWithUS: Double?
        /// Share of the Warsaw Pact's members (before 1955 the Soviet treaty allies) in the Soviet Union's community.
        public var warsawWithUSSR: Double?
    }

    public struct BlocSummary: Codable, Sendable {
        public var years: Int
        public var twoBlocYears: Int
        public var meanAdjustedRandIndex: Double?
        public var minAdjustedRandIndex: Double?
        public var minYear: Int?
        public var maxAdjustedRandIndex: Double?
        public var maxYear: Int?
        public var meanAdjustedRandIndexCommunities: Double?
    }

    /// The composite index against published ranks.
    public struct RankComparison: Codable, Sendable {
        public struct Row: Codable, Sendable {
            public var edition: Int
            /// The year whose index is compared: the year before the edition, carried back to the
            /// last year of the alliance data (ATOP) when the edition's year lies beyond it.
            public var dataYear: Int
            public var state: String
            public var publishedRank: Int
            public var publishedScore: Double?
            /// Rank among all states of the system in `dataYear` (nil when the state is not in it).
            public var computedRank: Int?
            public var url: String
        }

        /// "computed" or "not computed".
        public var status: String
        public var rows: [Row]
        /// State-editions with both ranks.
        public var pairs: Int
        public var rho: Double?
        public var lower: Double?
        public var upper: Double?
        public var level: Double?
        public var note: String
    }

    /// The hedging index against expert classifications.
    public struct Classification: Codable, Sendable {
        public struct Row: Codable, Sendable {
            public var state: String
            public var year: Int
            public var expected: String
            public var predicted: String
            public var balance: Double?
            public var hedgingIndex: Double?
            public var author: String
            /// The author's own term, of which `expected` is the mapping.
            public var term: String
            public var source: String
            public var url: String
        }

        public var classes: [String]
        /// `counts[expected][predicted]`, in `classes` order.
        public var counts: [[Int]]
        public var accuracy: Double?
        public var rule: String
        public var rows: [Row]
        public var note: String
    }

    /// UN-vote affinity against published values.
    public struct AffinityComparison: Codable, Sendable {
        public struct Row: Codable, Sendable {
            public var first: String
            public var second: String
            public var year: Int
            public var measure: String
            public var published: Double
            public var computed: Double?
            /// computed − published.
            public var difference: Double?
            /// Votes both states cast yes, abstain or no that year (Entente's count).
            public var votes: Int?
            public var source: String
            public var url: String
        }

        public var status: String
        public var rows: [Row]
        /// Largest absolute difference between computed and published values.
        public var maxAbsoluteDifference: Double?
        public var meanAbsoluteDifference: Double?
        public var note: String
    }

    /// The comparisons run; the others are reported "not requested".
    public var parts: [NetworkValidationPart]
    public var from: Int
    public var to: Int
    public var method: NetworkBlocMethod
    public var layer: NetworkLayer
    public var seed: UInt64
    public var weighting: [String]
    /// The bundled data's fingerprint.
    public var dataVersion: String
    public var blocs: [BlocYear]
    public var blocSummary: BlocSummary
    public var index: RankComparison
    public var hedging: Classification
    public var affinity: AffinityComparison
}
