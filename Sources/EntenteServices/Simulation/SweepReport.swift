import EntenteCore
public import EntenteSim

/// A sweep or one shard of it (`entente sim sweep`, `sweep.json` / `shard-I-of-N.json`); shard
/// reports read back merge into exactly the report of the unsharded sweep.
public struct SweepReport: Codable, Sendable, Hashable {
    /// Always "entente-sim-sweep": tells a sweep file from anything else.
    public var kind: String
    /// Identifies the scenario and design: shards of one sweep share it.
    public var fingerprint: String
    public var scenario: String
    public var model: String
    /// The 64-bit seed as text (JSON numbers lose integers above 2⁵³).
    public var seed: String
    public var replicates: Int
    /// Points in the whole design.
    public var totalPoints: Int
    /// The shard this report covers; absent for a whole or merged sweep.
    public var shard: ShardReport?
    /// Every parameter, in the order of each point's `parameters`.
    public var parameterNames: [String]
    /// The parameters the design varies.
    public var varied: [String]
    public var summaryNames: [String]
    /// Point results, by increasing point index.
    public var points: [SweepPointReport]

    public struct ShardReport: Codable, Sendable, Hashable {
        public var index: Int
        public var count: Int

        public init(index: Int, count: Int) {
            self.index = index
            self.count = count
        }
    }

    /// The report of an engine result.
    public init(_ result: SweepResult) {
        kind = Self.kind
        fingerprint = result.fingerprint
        scenario = result.scenarioName
        model = result.model
        seed = String(result.seed)
        replicates = result.replicates
        totalPoints = result.totalPoints
        shard = result.shard.map { ShardReport(index: $0.index, count: $0.count) }
        parameterNames = result.parameterNames
        varied = result.variedNames
        summaryNames = result.summaryNames
        points = result.points.map { p in
            SweepPointReport(
                index: p.index, parameters: p.parameters,
                replicateSummaries: p.replicateSummaries.map { $0.map(\.finite) },
                ensemble: Dictionary(
                    zip(result.summaryNames, p.summaries.map(EnsembleReport.init)), uniquingKeysWith: { a, _ in a }))
        }
    }

    /// The value of ``kind`` in every sweep report.
    public static let kind = "entente-sim-sweep"

    /// The engine result, for merging: ensemble statistics are recomputed from the replicate values,
    /// undefined values (`null`) read back as NaN.
    ///
    /// - Throws: ``EntenteError`` (`malformedFile`) naming `file` when the report is not a sweep
    ///   or its seed is not a 64-bit number.
    func result(file: String) throws(EntenteError) -> SweepResult {
        guard kind == Self.kind else {
            throw EntenteError(
                .malformedFile,
                "\(file): kind: expected \"\(Self.kind)\", got \"\(kind)\"; "
                    + "is this the output of 'entente sim sweep --format json'?")
        }
        guard let seed = UInt64(seed) else {
            throw EntenteError(.malformedFile, "\(file): seed: expected a 64-bit seed as text, got \"\(seed)\".")
        }
        return SweepResult(
            fingerprint: fingerprint, scenarioName: scenario, model: model, seed: seed, replicates: replicates,
            parameterNames: parameterNames, variedNames: varied, summaryNames: summaryNames, totalPoints: totalPoints,
            shard: shard.map { Shard(index: $0.index, count: $0.count) },
            points: points.map { p in
                PointResult(
                    index: p.index, parameters: p.parameters,
                    replicateSummaries: p.replicateSummaries.map { $0.map { $0 ?? .nan } })
            })
    }
}

/// One design point of a sweep: its parameters, every replicate's metrics, their ensemble statistics.
public struct SweepPointReport: Codable, Sendable, Hashable {
    /// The point's index in the whole design (it selects the random streams).
    public var index: Int
    /// Values in the order of the report's `parameterNames`.
    public var parameters: [Double]
    /// `replicateSummaries[r][m]`: metric `m` of replicate `r`.
    public var replicateSummaries: [[Double?]]
    /// Ensemble statistics by metric name.
    public var ensemble: [String: EnsembleReport]

    public init(
        index: Int, parameters: [Double], replicateSummaries: [[Double?]], ensemble: [String: EnsembleReport]
    ) {
        self.index = index
        self.parameters = parameters
        self.replicateSummaries = replicateSummaries
        self.ensemble = ensemble
    }
}
