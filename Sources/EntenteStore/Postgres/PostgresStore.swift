public import EntenteCore
import Logging
import PostgresNIO
import Synchronization

/// The knowledge base in a PostgreSQL database shared by a team, through postgres-nio's pooled
/// `PostgresClient`: several clients read at once, and every write is one transaction.
///
/// Like ``SQLiteStore`` it keeps reference data (rebuilt from the bundled datasets) apart from user
/// data: the user's records live in the `user_` tables, which a rebuild never touches. Opening is
/// cheap and makes no connection; the first question connects, creates the user tables when
/// missing and builds the reference data when the database holds none or an older build.
///
/// Turning rows into answers is shared with ``SQLiteStore`` (the `Queries` folder); only the SQL is
/// this store's own.
public final class PostgresStore: KnowledgeStore {
    /// The database's URL, without its password.
    public let location: String
    let client: PostgresClient
    /// Library code logs nothing: failures reach the caller as ``EntenteError``s.
    private static let silent = Logger(label: "entente.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    var logger: Logger { Self.silent }
    private let runner: Task<Void, Never>
    private let rebuildOnOpen: Bool
    private let willBuild: (@Sendable () -> Void)?
    /// The preparation of the first question, shared by every question asked while it runs.
    private let preparation = Mutex<Task<StateDirectory, any Error>?>(nil)
    private let directoryCache = Mutex<StateDirectory?>(nil)
    private let openingBuildReport = Mutex<StoreBuilder.Report?>(nil)

    /// A store over the database `url` names (`postgres://user[:password]@host[:port]/database`).
    ///
    /// - Parameters:
    ///   - rebuild: rebuild the reference data on first use even when it is current (user records are kept).
    ///   - willBuild: called just before a build of the reference data starts.
    /// - Throws: ``EntenteError`` when the URL is malformed; connection failures surface on the first question.
    public init(url: String, rebuild: Bool = false, willBuild: (@Sendable () -> Void)? = nil) throws(EntenteError) {
        let configuration = try PostgresLocation.configuration(url)
        location = PostgresLocation.redacted(url)
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.silent)
        self.client = client
        runner = Task { await client.run() }
        rebuildOnOpen = rebuild
        self.willBuild = willBuild
    }

    deinit {
        runner.cancel()
    }

    /// The build of the reference data the first question ran, or nil when the database was current.
    public var openingBuild: StoreBuilder.Report? { openingBuildReport.withLock { $0 } }

    public func directory() async throws(EntenteError) -> StateDirectory {
        if let directory = directoryCache.withLock({ $0 }) { return directory }
        let task = preparation.withLock { running in
            if let running { return running }
            let task = Task { try await self.prepare() }
            running = task
            return task
        }
        do {
            let directory = try await task.value
            directoryCache.withLock { $0 = directory }
            return directory
        } catch {
            // A failed preparation (the server was down) is tried again by the next question.
            preparation.withLock { $0 = nil }
            throw Self.failure(error, "Opening the PostgreSQL store \(location) failed.")
        }
    }

    /// Connects, creates the user tables when missing and builds the reference data when needed.
    private func prepare() async throws -> StateDirectory {
        // Under the build lock: two processes creating the same tables at once would collide.
        let logger = self.logger
        try await client.withTransaction(logger: logger) { connection in
            try await connection.run("SELECT pg_advisory_xact_lock(\(Self.buildLock))", logger: logger)
            for statement in PostgresSchema.userTableStatements {
                try await connection.run(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        }
        let stale = try await storedDataVersion() != StoreSchema.dataVersion
        if rebuildOnOpen || stale {
            willBuild?()
            let report = try await buildReference(onlyIfStale: !rebuildOnOpen)
            openingBuildReport.withLock { $0 = report }
        }
        return try await loadDirectory()
    }

    /// Replaces the reference data with a fresh build from the bundled datasets, in one
    /// transaction; the user's records are kept, and readers see the old data until it commits.
    public func rebuildReferenceData() async throws(EntenteError) -> StoreBuilder.Report {
        _ = try await directory()
        do {
            let report = try await buildReference(onlyIfStale: false) ?? StoreBuilder.Report(rowsByTable: [])
            let directory = try await loadDirectory()
            directoryCache.withLock { $0 = directory }
            return report
        } catch {
            throw Self.failure(error, "Rebuilding the PostgreSQL store's reference data failed; nothing was changed.")
        }
    }

    // MARK: - Reading

    /// Runs a query and decodes its rows whole.
    func rows(_ query: PostgresQuery) async throws(EntenteError) -> [PostgresRecordRow] {
        do {
            return try await Self.collect(try await client.query(query, logger: logger))
        } catch {
            throw Self.failure(error, "Reading the PostgreSQL store failed.")
        }
    }

    /// The rows of a result, decoded whole.
    static func collect(_ sequence: PostgresRowSequence) async throws -> [PostgresRecordRow] {
        var rows: [PostgresRecordRow] = []
        try await forEach(sequence) { row in rows.append(row) }
        return rows
    }

    /// Hands each row of a result to `body` as it arrives, so a bulk read never holds its raw rows.
    static func forEach(_ sequence: PostgresRowSequence, _ body: (PostgresRecordRow) throws -> Void) async throws {
        var columns: PostgresRecordRow.Columns?
        for try await row in sequence {
            let shared = columns ?? PostgresRecordRow.Columns(row)
            columns = shared
            try body(try PostgresRecordRow(row, columns: shared))
        }
    }

    private func storedDataVersion() async throws -> String? {
        try await client.withConnection { connection in try await Self.storedDataVersion(connection, logger) }
    }

    /// The build the reference data comes from, or nil when the database holds none.
    static func storedDataVersion(_ connection: PostgresConnection, _ logger: Logger) async throws -> String? {
        let present = try await collect(
            try await connection.query("SELECT to_regclass('store_meta') IS NOT NULL AS present", logger: logger))
        guard present.first?.int("present") == 1 else { return nil }
        return try await collect(
            try await connection.query("SELECT value FROM store_meta WHERE key = 'data_version'", logger: logger)
        ).first?.text("value")
    }

    private func loadDirectory() async throws(EntenteError) -> StateDirectory {
        RecordDecoding.directory(
            states: try await rows("SELECT ccode, abb, name, iso3, iso2, gwcodes FROM state ORDER BY ccode"),
            aliases: try await rows("SELECT ccode, alias, preferred FROM state_alias ORDER BY id"))
    }

    /// An ``EntenteError`` as it is; anything else (a connection or server error) wrapped under `message`.
    static func failure(_ error: any Error, _ message: String) -> EntenteError {
        if let error = error as? EntenteError { return error }
        return EntenteError(.storage, message + " (\(String(reflecting: error)))", underlying: error)
    }
}

extension PostgresConnection {
    /// Runs a statement and reads its result to the end, so the connection is free for the next one.
    func run(_ query: PostgresQuery, logger: Logger) async throws {
        _ = try await self.query(query, logger: logger).collect()
    }
}
