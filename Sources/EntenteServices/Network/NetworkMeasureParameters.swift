import EntenteCore
public import EntenteNetwork

/// How measures are computed and which nodes a report shows.
public struct NetworkMeasureParameters: Sendable, Hashable {
    /// Tie length for betweenness.
    public var pathLength: PathLength
    /// Seed of Louvain's node order.
    public var seed: UInt64
    /// Sort by this measure, highest first; nil sorts by label.
    public var sort: NodeMeasure?
    /// Show only this many nodes.
    public var top: Int?

    public init(pathLength: PathLength = .inverseWeight, seed: UInt64 = 1, sort: NodeMeasure? = nil, top: Int? = nil) {
        self.pathLength = pathLength
        self.seed = seed
        self.sort = sort
        self.top = top
    }

    func validate() throws(EntenteError) {
        if let top, top < 1 { throw EntenteError(.invalidInput, "Show at least 1 node; got \(top).") }
    }

    var measureOptions: NetworkMeasures.Options {
        var options = NetworkMeasures.Options()
        options.betweennessPath = pathLength
        options.louvainSeed = seed
        return options
    }
}
