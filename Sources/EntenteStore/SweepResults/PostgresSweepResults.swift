public import EntenteCore
import Logging
import PostgresNIO
import Synchronization

/// Sweep results in a PostgreSQL database (`postgres://user[:password]@host[:port]/database`),
/// shared by the shards of a sweep running on many machines.
///
/// Opening makes no connection; the first call connects and creates the tables when missing
/// (``SweepResultsSchema``). Every point is one transaction: its row and its replicates' rows
/// commit together or not at all.
public final class PostgresSweepResults: SweepResultsStore {
    public let location: String
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    /// Library code logs nothing: failures reach the caller as ``EntenteError``s.
    private static let silent = Logger(label: "entente.sweep-results", factory: { _ in SwiftLogNoOpLogHandler() })
    private var logger: Logger { Self.silent }
    /// The creation of the tables, shared by the calls made while it runs, retried after a failure.
    private let preparation = Mutex<Task<Void, any Error>?>(nil)

    /// How long the first call waits for a connection before it gives up.
    private let connectionTimeout: Duration

    /// Results in the database `url` names.
    ///
    /// - Parameter connectionTimeout: how long the first call waits for the server; the driver's
    ///   pool otherwise retries a refused connection for ever, and a cluster job would hang.
    /// - Throws: ``EntenteError`` (`invalidInput`) when the URL is malformed; connection failures
    ///   surface on the first call.
    public init(url: String, connectionTimeout: Duration = .seconds(30)) throws(EntenteError) {
        let configuration = try PostgresLocation.configuration(url)
        location = PostgresLocation.redacted(url)
        self.connectionTimeout = connectionTimeout
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.silent)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit {
        runner.cancel()
    }

    // MARK: - Writing

    public func register(_ sweep: StoredSweep) async throws(EntenteError) {
        try await prepare()
        let stored: StoredSweep?
        do {
            _ = try await client.query(
                """
                INSERT INTO sim_sweep (id, scenario, model, seed, replicates, total_points, parameter_names,
                  varied_names, summary_names, design)
                VALUES (\(sweep.id), \(sweep.scenario), \(sweep.model), \(String(sweep.seed)), \(sweep.replicates),
                  \(sweep.totalPoints), \(sweep.parameterNames), \(sweep.variedNames), \(sweep.summaryNames),
                  \(sweep.design))
                ON CONFLICT (id) DO NOTHING
                """, logger: logger
            ).collect()
            stored = try await readSweep(sweep.id)
        } catch {
            throw Self.failure(error, "Recording sweep \(sweep.id) in \(location) failed.")
        }
        guard let stored, stored == sweep else {
            throw EntenteError(
                .invalidInput,
                "\(location) already holds a sweep \(sweep.id) described differently "
                    + "(\(stored.map(Self.summary) ?? "unreadable")) from this one (\(Self.summary(sweep))); "
                    + "every shard of a sweep must run the same scenario file, design and entente version.")
        }
    }

    public func shardStarted(sweep: String, index: Int, count: Int) async throws(EntenteError) {
        try await prepare()
        do {
            _ = try await client.query(
                """
                INSERT INTO sim_sweep_shard (sweep_id, shard_index, shard_count, starts, started_at)
                VALUES (\(sweep), \(index), \(count), 1, now())
                ON CONFLICT (sweep_id, shard_index, shard_count)
                DO UPDATE SET starts = sim_sweep_shard.starts + 1, started_at = now()
                """, logger: logger
            ).collect()
        } catch {
            throw Self.failure(error, "Recording the start of shard \(index)/\(count) in \(location) failed.")
        }
    }

    public func shardFinished(sweep: String, index: Int, count: Int) async throws(EntenteError) {
        try await prepare()
        do {
            _ = try await client.query(
                """
                UPDATE sim_sweep_shard SET finished_at = now()
                WHERE sweep_id = \(sweep) AND shard_index = \(index) AND shard_count = \(count)
                """, logger: logger
            ).collect()
        } catch {
            throw Self.failure(error, "Recording the end of shard \(index)/\(count) in \(location) failed.")
        }
    }

    public func write(_ point: StoredSweepPoint, sweep: String, writer: String) async throws(EntenteError)
        -> StoredSweepPoint.Outcome
    {
        try await prepare()
        let logger = self.logger
        let stored: StoredSweepPoint?
        do {
            stored = try await client.withTransaction(logger: logger) { connection in
                let inserted = try await connection.query(
                    """
                    INSERT INTO sim_sweep_point (sweep_id, point, parameters, written_by)
                    VALUES (\(sweep), \(point.index), \(point.parameters), \(writer))
                    ON CONFLICT (sweep_id, point) DO NOTHING
                    RETURNING point
                    """, logger: logger
                ).collect()
                guard inserted.isEmpty else {
                    for (r, summaries) in point.replicateSummaries.enumerated() {
                        _ = try await connection.query(
                            """
                            INSERT INTO sim_sweep_replicate (sweep_id, point, replicate, summaries)
                            VALUES (\(sweep), \(point.index), \(r), \(summaries))
                            ON CONFLICT (sweep_id, point, replicate) DO NOTHING
                            """, logger: logger
                        ).collect()
                    }
                    return nil
                }
                // Another run stored it (and committed: the insert waited for it); read it to compare.
                return try await Self.readPoints(sweep: sweep, only: point.index, connection, logger).first
            }
        } catch {
            throw Self.failure(error, "Writing point \(point.index) of sweep \(sweep) to \(location) failed.")
        }
        guard let stored else { return .written }
        guard stored.sameValues(as: point) else {
            throw EntenteError(
                .internalFailure,
                "Point \(point.index) of sweep \(sweep) is stored in \(location) with other values than this run "
                    + "computed; the shards ran different entente builds or platforms. Merging would mix them: "
                    + "rerun the whole sweep with one build into an empty result set.")
        }
        return .alreadyStored
    }

    // MARK: - Reading

    public func storedPointIndices(sweep: String) async throws(EntenteError) -> [Int] {
        try await prepare()
        do {
            var indices: [Int] = []
            let rows = try await client.query(
                "SELECT point FROM sim_sweep_point WHERE sweep_id = \(sweep) ORDER BY point", logger: logger)
            for try await index in rows.decode(Int.self) { indices.append(index) }
            return indices
        } catch {
            throw Self.failure(error, "Reading the points of sweep \(sweep) from \(location) failed.")
        }
    }

    public func sweep(_ id: String) async throws(EntenteError) -> StoredSweep? {
        try await prepare()
        do {
            return try await readSweep(id)
        } catch {
            throw Self.failure(error, "Reading sweep \(id) from \(location) failed.")
        }
    }

    public func points(sweep: String) async throws(EntenteError) -> [StoredSweepPoint] {
        try await prepare()
        let logger = self.logger
        do {
            return try await client.withConnection { connection in
                try await Self.readPoints(sweep: sweep, only: nil, connection, logger)
            }
        } catch {
            throw Self.failure(error, "Reading the points of sweep \(sweep) from \(location) failed.")
        }
    }

    public func shardRuns(sweep: String) async throws(EntenteError) -> [StoredShardRun] {
        try await prepare()
        do {
            var runs: [StoredShardRun] = []
            let rows = try await client.query(
                """
                SELECT shard_index, shard_count, starts, finished_at IS NOT NULL FROM sim_sweep_shard
                WHERE sweep_id = \(sweep) ORDER BY shard_count, shard_index
                """, logger: logger)
            for try await (index, count, starts, finished) in rows.decode((Int, Int, Int, Bool).self) {
                runs.append(StoredShardRun(index: index, count: count, starts: starts, finished: finished))
            }
            return runs
        } catch {
            throw Self.failure(error, "Reading the shard runs of sweep \(sweep) from \(location) failed.")
        }
    }

    public func sweeps() async throws(EntenteError) -> [(sweep: StoredSweep, storedPoints: Int)] {
        try await prepare()
        do {
            var counts: [(String, Int)] = []
            let rows = try await client.query(
                """
                SELECT s.id, (SELECT count(*) FROM sim_sweep_point p WHERE p.sweep_id = s.id)
                FROM sim_sweep s ORDER BY s.id
                """, logger: logger)
            for try await (id, count) in rows.decode((String, Int).self) { counts.append((id, count)) }
            var sweeps: [(sweep: StoredSweep, storedPoints: Int)] = []
            for (id, count) in counts {
                if let sweep = try await readSweep(id) { sweeps.append((sweep, count)) }
            }
            return sweeps
        } catch {
            throw Self.failure(error, "Listing the sweeps in \(location) failed.")
        }
    }

    /// The rows a sweep holds in each table: what the tests and crash trials count to find duplicates.
    public func rowCounts(sweep: String) async throws(EntenteError) -> (points: Int, replicates: Int, shards: Int) {
        try await prepare()
        do {
            let rows = try await client.query(
                """
                SELECT (SELECT count(*) FROM sim_sweep_point WHERE sweep_id = \(sweep)),
                  (SELECT count(*) FROM sim_sweep_replicate WHERE sweep_id = \(sweep)),
                  (SELECT count(*) FROM sim_sweep_shard WHERE sweep_id = \(sweep))
                """, logger: logger)
            for try await counts in rows.decode((Int, Int, Int).self) { return counts }
            return (0, 0, 0)
        } catch {
            throw Self.failure(error, "Counting the rows of sweep \(sweep) in \(location) failed.")
        }
    }

    // MARK: - Helpers

    private func readSweep(_ id: String) async throws -> StoredSweep? {
        let rows = try await client.query(
            """
            SELECT id, scenario, model, seed, replicates, total_points, parameter_names, varied_names,
              summary_names, design
            FROM sim_sweep WHERE id = \(id)
            """, logger: logger)
        for try await row in rows {
            let (id, scenario, model, seed, replicates, total, parameters, varied, summaries, design) =
                try row.decode((String, String, String, String, Int, Int, [String], [String], [String], String).self)
            guard let seed = UInt64(seed) else {
                throw EntenteError(.storage, "Sweep \(id) in \(location) has the malformed seed '\(seed)'.")
            }
            return StoredSweep(
                id: id, scenario: scenario, model: model, seed: seed, replicates: replicates, totalPoints: total,
                parameterNames: parameters, variedNames: varied, summaryNames: summaries, design: design)
        }
        return nil
    }

    /// A sweep's points (or one of them) with their replicates, read in one snapshot so a point
    /// committed meanwhile is either whole or absent.
    private static func readPoints(
        sweep: String, only point: Int?, _ connection: PostgresConnection, _ logger: Logger
    ) async throws -> [StoredSweepPoint] {
        // One point (a conflicting write) or all: the same two queries, narrowed by a point range.
        let first = point ?? 0
        let last = point ?? Int.max
        var points: [StoredSweepPoint] = []
        let pointRows = try await connection.query(
            """
            SELECT point, parameters FROM sim_sweep_point
            WHERE sweep_id = \(sweep) AND point BETWEEN \(first) AND \(last) ORDER BY point
            """, logger: logger)
        for try await (index, parameters) in pointRows.decode((Int, [Double]).self) {
            points.append(StoredSweepPoint(index: index, parameters: parameters, replicateSummaries: []))
        }
        var position: [Int: Int] = [:]
        for (i, p) in points.enumerated() { position[p.index] = i }
        let replicateRows = try await connection.query(
            """
            SELECT point, replicate, summaries FROM sim_sweep_replicate
            WHERE sweep_id = \(sweep) AND point BETWEEN \(first) AND \(last) ORDER BY point, replicate
            """, logger: logger)
        for try await (index, replicate, summaries) in replicateRows.decode((Int, Int, [Double]).self) {
            // Rows come ordered, so a point's replicates arrive 0, 1, …; a gap is reported by the services.
            guard let i = position[index], replicate == points[i].replicateSummaries.count else {
                throw EntenteError(
                    .storage, "Sweep \(sweep): replicate \(replicate) of point \(index) is stored out of place.")
            }
            points[i].replicateSummaries.append(summaries)
        }
        return points
    }

    /// Creates the tables when missing, once per instance (again after a failure).
    private func prepare() async throws(EntenteError) {
        let task = preparation.withLock { running in
            if let running { return running }
            let client = self.client
            let logger = self.logger
            let timeout = connectionTimeout
            let location = self.location
            let task = Task {
                try await withThrowingTaskGroup(of: Bool.self) { group in
                    group.addTask {
                        try await client.withTransaction(logger: logger) { connection in
                            _ = try await connection.query(
                                "SELECT pg_advisory_xact_lock(\(SweepResultsSchema.creationLock))", logger: logger
                            ).collect()
                            for statement in SweepResultsSchema.statements {
                                _ = try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                                    .collect()
                            }
                        }
                        return true
                    }
                    group.addTask {
                        try await Task.sleep(for: timeout)
                        return false
                    }
                    let prepared = try await group.next() ?? false
                    group.cancelAll()
                    guard prepared else {
                        throw EntenteError(
                            .storage,
                            "No connection to \(location) within \(timeout.components.seconds) s: "
                                + "is the server running, reachable, and does it accept this user?")
                    }
                }
            }
            running = task
            return task
        }
        do {
            try await task.value
        } catch {
            preparation.withLock { $0 = nil }
            throw Self.failure(error, "Opening the sweep results in \(location) failed.")
        }
    }

    private static func summary(_ sweep: StoredSweep) -> String {
        "scenario '\(sweep.scenario)', model \(sweep.model), seed \(sweep.seed), \(sweep.replicates) replicate(s), "
            + "\(sweep.totalPoints) point(s)"
    }

    /// An ``EntenteError`` as it is; anything else (a connection or server error) wrapped under `message`.
    private static func failure(_ error: any Error, _ message: String) -> EntenteError {
        if let error = error as? EntenteError { return error }
        return EntenteError(.storage, message + " (\(String(reflecting: error)))", underlying: error)
    }
}
