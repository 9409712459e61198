/// What one run of a sweep shard did to a shared result set (`entente sim sweep --results`).
public struct SweepStoreRunReport: Codable, Sendable, Hashable {
    /// Always "entente-sim-sweep-store-run".
    public var kind: String
    /// The sweep's ID (its fingerprint), which `entente sim merge --sweep` takes.
    public var sweep: String
    public var scenario: String
    /// The result set, without its password.
    public var results: String
    /// The shard this run covered (0/1 for a whole sweep).
    public var shard: SweepReport.ShardReport
    /// Points of the shard.
    public var shardPoints: Int
    /// Points this run computed and stored.
    public var written: Int
    /// Points of the shard found stored before this run started (not computed again).
    public var alreadyStored: Int
    /// Points this run computed that another run stored meanwhile, with the same values.
    public var storedMeanwhile: Int
    /// Points of the whole sweep stored when this run ended.
    public var storedPoints: Int
    /// Points in the whole design.
    public var totalPoints: Int

    public init(
        sweep: String, scenario: String, results: String, shard: SweepReport.ShardReport, shardPoints: Int,
        written: Int, alreadyStored: Int, storedMeanwhile: Int, storedPoints: Int, totalPoints: Int
    ) {
        kind = "entente-sim-sweep-store-run"
        self.sweep = sweep
        self.scenario = scenario
        self.results = results
        self.shard = shard
        self.shardPoints = shardPoints
        self.written = written
        self.alreadyStored = alreadyStored
        self.storedMeanwhile = storedMeanwhile
        self.storedPoints = storedPoints
        self.totalPoints = totalPoints
    }

    /// Whether every point of the whole sweep is stored, so a merge can read it.
    public var sweepComplete: Bool { storedPoints == totalPoints }
}
