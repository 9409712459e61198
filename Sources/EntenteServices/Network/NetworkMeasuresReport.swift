public import EntenteNetwork

/// Per-node measures of one network, with the graph's size, the options used and its communities.
public struct NetworkMeasuresReport: Codable, Sendable {
    public struct GraphSummary: Codable, Sendable {
        public var nodes: Int
        public var edges: Int
        public var directed: Bool
    }

    public struct Settings: Codable, Sendable {
        /// `inverse-weight`, `weight` or `hops`.
        public var betweennessPathLength: String
        public var louvainSeed: UInt64
    }

    public struct CommunitySummary: Codable, Sendable {
        public var count: Int
        public var modularity: Double?
        public var seed: UInt64
    }

    /// One node's measures; nil where a measure is undefined (constraint of an isolated node).
    public struct Node: Codable, Sendable {
        public var label: String
        public var degree: Int
        public var strength: Double?
        public var betweenness: Double?
        public var eigenvector: Double?
        public var pagerank: Double?
        public var clustering: Double?
        public var constraint: Double?
        public var hhi: Double?
        public var community: Int

        /// The value of a measure's column.
        public func value(_ measure: NodeMeasure) -> Double? {
            switch measure {
            case .degree: Double(degree)
            case .strength: strength
            case .betweenness: betweenness
            case .eigenvector: eigenvector
            case .pagerank: pagerank
            case .clustering: clustering
            case .constraint: constraint
            case .hhi: hhi
            case .community: Double(community)
            }
        }
    }

    public var graph: GraphSummary
    public var options: Settings
    public var communities: CommunitySummary
    /// The nodes shown, in the requested order.
    public var nodes: [Node]
}

/// The measures of a year's layer from the knowledge base, with the layer's coverage that year.
public struct NetworkYearMeasuresReport: Codable, Sendable {
    public var year: Int
    public var layer: NetworkLayer
    /// `covered`, `partial` or `unknown`.
    public var coverage: String
    /// Why the layer is partial.
    public var coverageNote: String?
    /// The region whose states are shown, if one was chosen.
    public var region: String?
    public var measures: NetworkMeasuresReport
}
