public import EntenteCore

/// Where the shards of one parameter sweep put their results, so that processes on many machines
/// (a Kubernetes indexed Job, a Slurm array) fill one result set that a merge reads back whole.
///
/// A result set is keyed by the sweep's ID (the fingerprint of scenario and design, which every
/// shard computes alike), then by design point and replicate. Each point is written with all its
/// replicates in one transaction, so a killed writer leaves only whole points; writing a point
/// already stored changes nothing and checks that the stored values are the same, so a shard run
/// again skips or re-confirms what is there and never duplicates it.
///
/// The store knows nothing of the simulation: it keeps numbers and names. The services turn them
/// into sweep reports.
public protocol SweepResultsStore: Sendable {
    /// The location, without any password, for messages.
    var location: String { get }

    /// Records the sweep's description, or checks it against the one already stored.
    ///
    /// - Throws: ``EntenteError`` (`invalidInput`) when a sweep with the same ID is stored with a
    ///   different description; `storage` when the database cannot be reached or written.
    func register(_ sweep: StoredSweep) async throws(EntenteError)

    /// Notes that a run of shard `index` of `count` has started (shown when points are missing).
    func shardStarted(sweep: String, index: Int, count: Int) async throws(EntenteError)

    /// Notes that a run of shard `index` of `count` has stored all its points.
    func shardFinished(sweep: String, index: Int, count: Int) async throws(EntenteError)

    /// The indices of the points stored for a sweep, ascending.
    func storedPointIndices(sweep: String) async throws(EntenteError) -> [Int]

    /// Stores one point with all its replicates in one transaction, unless it is stored already.
    ///
    /// - Parameter writer: who wrote it, e.g. `shard 2/8`, kept beside the point.
    /// - Returns: whether the point was written now or found stored with the same values.
    /// - Throws: ``EntenteError`` (`internalFailure`) when the stored point holds other values
    ///   (a different build or platform computed it); `storage` when the write fails, which then
    ///   leaves nothing of the point.
    func write(_ point: StoredSweepPoint, sweep: String, writer: String) async throws(EntenteError)
        -> StoredSweepPoint.Outcome

    /// The sweep's description, or nil when no sweep with that ID is stored.
    func sweep(_ id: String) async throws(EntenteError) -> StoredSweep?

    /// Every stored point of a sweep with its replicates, by point index then replicate.
    func points(sweep: String) async throws(EntenteError) -> [StoredSweepPoint]

    /// The shard runs recorded for a sweep.
    func shardRuns(sweep: String) async throws(EntenteError) -> [StoredShardRun]

    /// Every stored sweep with the number of points it holds, by ID.
    func sweeps() async throws(EntenteError) -> [(sweep: StoredSweep, storedPoints: Int)]
}

/// What determines how a sweep's stored numbers read back: everything a merged report shows
/// besides the points themselves.
public struct StoredSweep: Sendable, Hashable {
    /// The sweep's ID: the fingerprint of its scenario and design.
    public var id: String
    public var scenario: String
    public var model: String
    public var seed: UInt64
    public var replicates: Int
    public var totalPoints: Int
    public var parameterNames: [String]
    public var variedNames: [String]
    public var summaryNames: [String]
    /// The design's canonical description, for people reading the database.
    public var design: String

    public init(
        id: String, scenario: String, model: String, seed: UInt64, replicates: Int, totalPoints: Int,
        parameterNames: [String], variedNames: [String], summaryNames: [String], design: String
    ) {
        self.id = id
        self.scenario = scenario
        self.model = model
        self.seed = seed
        self.replicates = replicates
        self.totalPoints = totalPoints
        self.parameterNames = parameterNames
        self.variedNames = variedNames
        self.summaryNames = summaryNames
        self.design = design
    }
}

/// One design point as stored: its parameters and each replicate's summary metrics.
public struct StoredSweepPoint: Sendable {
    public var index: Int
    public var parameters: [Double]
    /// `replicateSummaries[r][m]`: metric `m` of replicate `r`.
    public var replicateSummaries: [[Double]]

    public init(index: Int, parameters: [Double], replicateSummaries: [[Double]]) {
        self.index = index
        self.parameters = parameters
        self.replicateSummaries = replicateSummaries
    }

    /// What ``SweepResultsStore/write(_:sweep:writer:)`` did.
    public enum Outcome: Sendable, Hashable {
        /// The point was not stored; it is now.
        case written
        /// Another run had stored it, with exactly these values.
        case alreadyStored
    }

    /// Whether two points hold the same numbers bit for bit (so NaN equals NaN, and 0 and −0 differ).
    public func sameValues(as other: StoredSweepPoint) -> Bool {
        func bits(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }
        return index == other.index && bits(parameters) == bits(other.parameters)
            && replicateSummaries.map(bits) == other.replicateSummaries.map(bits)
    }
}

/// A shard that has run (or is running) for a sweep.
public struct StoredShardRun: Sendable, Hashable {
    public var index: Int
    public var count: Int
    /// How many times a run of it started.
    public var starts: Int
    /// Whether a run of it stored all its points.
    public var finished: Bool

    public init(index: Int, count: Int, starts: Int, finished: Bool) {
        self.index = index
        self.count = count
        self.starts = starts
        self.finished = finished
    }
}
