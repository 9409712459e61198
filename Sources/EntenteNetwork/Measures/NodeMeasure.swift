/// The per-node measures of ``NetworkMeasures``, by their column names in tables, JSON and exported
/// node attributes.
public enum NodeMeasure: String, Hashable, Sendable, CaseIterable, Codable {
    case degree, strength, betweenness, eigenvector, pagerank, clustering, constraint, hhi, community

    /// Whether the measure is a count or an id, shown without decimals.
    public var isInteger: Bool { self == .degree || self == .community }

    /// The measures nodes can be ranked by (community ids have no order).
    public static let sortable = allCases.filter { $0 != .community }
}

extension NetworkMeasures {
    /// Node `i`'s value of a measure, as a double (NaN where the measure is undefined).
    public func value(_ measure: NodeMeasure, _ i: Int) -> Double {
        switch measure {
        case .degree: Double(degree.degree[i])
        case .strength: degree.strength[i]
        case .betweenness: betweenness[i]
        case .eigenvector: eigenvector[i]
        case .pagerank: pageRank[i]
        case .clustering: clustering[i]
        case .constraint: constraint[i]
        case .hhi: partnerConcentration[i]
        case .community: Double(communities.membership[i])
        }
    }
}
