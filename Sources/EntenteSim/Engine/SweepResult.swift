public import EntenteCore

/// The result of a sweep or of one shard of it.
public struct SweepResult: Sendable, Hashable {
    /// Identifies the scenario and design: shards of one sweep share it.
    public var fingerprint: String
    public var scenarioName: String
    /// The model's registered name.
    public var model: String
    public var seed: UInt64
    public var replicates: Int
    public var parameterNames: [String]
    public var variedNames: [String]
    public var summaryNames: [String]
    /// Points in the whole design.
    public var totalPoints: Int
    /// The shard this result covers, or `nil` for a whole (or merged) sweep.
    public var shard: Shard?
    /// Point results, by increasing point index.
    public var points: [PointResult]

    /// Runs a sweep, or the shard of it selected by `shard`.
    ///
    /// - Throws: ``EntenteError`` when the design names unknown parameters or out-of-range values.
    public static func run(
        _ scenario: Scenario, design: SweepDesign, shard: Shard? = nil, threads: Int,
        progress: SimulationRunner.Progress? = nil
    ) async throws(EntenteError) -> SweepResult {
        let all = try design.points(for: scenario)
        let selected = shard.map { Array(all[$0.range(of: all.count)]) } ?? all
        let results = await SimulationRunner.run(
            scenario, points: selected, keepSeries: false, threads: threads, progress: progress)
        return SweepResult(
            fingerprint: fingerprint(of: scenario, design: design),
            scenarioName: scenario.name, model: scenario.model.name, seed: scenario.seed,
            replicates: scenario.replicates,
            parameterNames: scenario.model.parameterSpecs.map(\.name), variedNames: design.variedNames,
            summaryNames: scenario.summaryNames, totalPoints: all.count, shard: shard, points: results)
    }

    /// The fingerprint of a sweep: a 64-bit FNV-1a hash of the scenario's and the design's canonical
    /// descriptions, so every shard of one sweep computes the same value, on any machine.
    public static func fingerprint(of scenario: Scenario, design: SweepDesign) -> String {
        fnv1aHex(scenario.canonicalDescription + "|" + design.canonicalDescription)
    }

    /// Combines shard results into the whole sweep.
    ///
    /// The merged result equals, bit for bit, the result of running the sweep unsharded: points are
    /// ordered by index and ensemble statistics are recomputed from the replicate values.
    ///
    /// - Throws: ``EntenteError`` (`invalidInput`) if the shards come from different sweeps, overlap,
    ///   or leave points missing (the message lists them).
    public static func merge(_ parts: [SweepResult]) throws(EntenteError) -> SweepResult {
        guard var merged = parts.first else {
            throw EntenteError(.invalidInput, "nothing to merge: no shard results given.")
        }
        for part in parts.dropFirst()
        where part.fingerprint != merged.fingerprint || part.totalPoints != merged.totalPoints {
            throw EntenteError(
                .invalidInput,
                "shard results come from different sweeps (fingerprint \(merged.fingerprint) vs \(part.fingerprint)); "
                    + "merge only the shards of one scenario and design.")
        }
        var byIndex = [PointResult?](repeating: nil, count: merged.totalPoints)
        for part in parts {
            for p in part.points {
                guard p.index >= 0 && p.index < byIndex.count else {
                    throw EntenteError(
                        .invalidInput, "point \(p.index) is outside the design of \(merged.totalPoints) points.")
                }
                if byIndex[p.index] != nil {
                    throw EntenteError(.invalidInput, "point \(p.index) appears in more than one shard result.")
                }
                byIndex[p.index] = p
            }
        }
        let missing = byIndex.indices.filter { byIndex[$0] == nil }
        guard missing.isEmpty else {
            let shown = missing.prefix(10).map(String.init).joined(separator: ", ")
            throw EntenteError(
                .invalidInput,
                "\(missing.count) of \(merged.totalPoints) points are missing (\(shown)\(missing.count > 10 ? ", …" : "")); "
                    + "run and include the remaining shards.")
        }
        merged.points = byIndex.map { $0! }
        merged.shard = nil
        return merged
    }

    /// Assembles a result, e.g. from a shard file the front end has read back.
    public init(
        fingerprint: String, scenarioName: String, model: String, seed: UInt64, replicates: Int,
        parameterNames: [String],
        variedNames: [String], summaryNames: [String], totalPoints: Int, shard: Shard?, points: [PointResult]
    ) {
        self.fingerprint = fingerprint
        self.scenarioName = scenarioName
        self.model = model
        self.seed = seed
        self.replicates = replicates
        self.parameterNames = parameterNames
        self.variedNames = variedNames
        self.summaryNames = summaryNames
        self.totalPoints = totalPoints
        self.shard = shard
        self.points = points
    }
}
