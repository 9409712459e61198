public import EntenteCore

/// Every per-node measure of one graph, computed in one call.
///
/// ```swift
/// let graph = try EdgeListReader.parse(text, fileName: "ties.csv").graph
/// let measures = try NetworkMeasures.compute(graph)
/// measures.betweenness[graph.node(labelled: "IDN")!]
/// ```
public struct NetworkMeasures: Sendable {
    /// What to compute and how; every default matches the networkx peer script or networkx's own default.
    public struct Options: Sendable, Hashable {
        /// Tie lengths for betweenness (default ``PathLength/inverseWeight``, as the peer script).
        public var betweennessPath: PathLength = .inverseWeight
        /// Use weights in eigenvector centrality (default `true`, as the peer script).
        public var weightedEigenvector = true
        /// networkx `tol` for eigenvector centrality (default 1e-6).
        public var eigenvectorTolerance = 1e-6
        /// networkx `max_iter` for eigenvector centrality (default 1000, as the peer script).
        public var eigenvectorMaxIterations = 1000
        /// PageRank damping factor (default 0.85).
        public var pageRankAlpha = 0.85
        /// Use weights in PageRank (default `true`).
        public var weightedPageRank = true
        /// Use the weighted clustering definition (default `true`).
        public var weightedClustering = true
        /// Use weights in Burt's constraint (default `true`).
        public var weightedConstraint = true
        /// Seed of Louvain's node order (default 1, as the peer script).
        public var louvainSeed: UInt64 = 1
        /// Louvain resolution γ (default 1).
        public var louvainResolution = 1.0
        /// Options with every default.
        public init() {}
    }

    /// Labels of the nodes, in id order.
    public var labels: [String]
    /// Degree and strength.
    public var degree: DegreeMeasures
    /// Normalised betweenness (``Betweenness``).
    public var betweenness: [Double]
    /// Eigenvector centrality (``EigenvectorCentrality``).
    public var eigenvector: [Double]
    /// PageRank (``PageRank``).
    public var pageRank: [Double]
    /// Local clustering (``Clustering``).
    public var clustering: [Double]
    /// Burt's constraint (``StructuralHoles``); NaN for isolated nodes.
    public var constraint: [Double]
    /// Partner concentration, the HHI of tie weights (``PartnerConcentration``); NaN for isolated nodes.
    public var partnerConcentration: [Double]
    /// Louvain communities and their modularity.
    public var communities: Communities
    /// The options used.
    public var options: Options

    /// Computes every measure on the calling thread.
    ///
    /// - Throws: ``EntenteError`` when eigenvector centrality or PageRank do not converge, or the graph is empty.
    public static func compute(_ graph: Graph, options: Options = Options()) throws(EntenteError) -> NetworkMeasures {
        let betweenness = Betweenness.compute(graph, path: options.betweennessPath)
        return try assemble(graph, options: options, betweenness: betweenness)
    }

    /// Computes every measure, running betweenness over a task group; bit-identical to the sequential call.
    ///
    /// - Parameter maxConcurrency: the most betweenness chunks in flight.
    public static func compute(_ graph: Graph, options: Options = Options(), maxConcurrency: Int)
        async throws(EntenteError)
        -> NetworkMeasures
    {
        let betweenness = await Betweenness.compute(
            graph, path: options.betweennessPath, maxConcurrency: maxConcurrency)
        return try assemble(graph, options: options, betweenness: betweenness)
    }

    private static func assemble(_ graph: Graph, options: Options, betweenness: [Double]) throws(EntenteError)
        -> NetworkMeasures
    {
        NetworkMeasures(
            labels: graph.labels,
            degree: DegreeMeasures(graph),
            betweenness: betweenness,
            eigenvector: try EigenvectorCentrality.compute(
                graph, weighted: options.weightedEigenvector, tolerance: options.eigenvectorTolerance,
                maxIterations: options.eigenvectorMaxIterations),
            pageRank: try PageRank.compute(graph, alpha: options.pageRankAlpha, weighted: options.weightedPageRank),
            clustering: Clustering.compute(graph, weighted: options.weightedClustering),
            constraint: StructuralHoles.constraint(graph, weighted: options.weightedConstraint),
            partnerConcentration: PartnerConcentration.herfindahl(graph),
            communities: try Communities(
                louvain: graph, seed: options.louvainSeed, resolution: options.louvainResolution),
            options: options)
    }
}
