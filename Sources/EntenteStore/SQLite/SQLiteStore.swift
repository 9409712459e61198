public import EntenteCore
import EntenteData
public import GRDB
import Synchronization

/// The default store: SQLite through GRDB, over any `DatabaseWriter`.
///
/// Reference data (rebuilt from the bundled datasets) and user data (records added by
/// ``importRecords(kind:fileName:bytes:)``) live apart, so rebuilding the reference data — on
/// request, or because the bundled data changed — never loses an import. ``init(path:rebuild:willBuild:)``
/// opens a store file as a WAL `DatabasePool` (concurrent readers) with the user's records in a
/// second file beside it; ``init(writer:rebuild:willBuild:)`` takes a database the caller opened (an
/// in-memory `DatabaseQueue` in tests) and keeps both kinds of table in it.
public final class SQLiteStore: KnowledgeStore {
    package let writer: any DatabaseWriter
    /// The database file holding the reference data (`:memory:` or empty for an in-memory database).
    public let path: String
    /// The file holding the user's records, or nil when they live in the same database as the
    /// reference data.
    public let userDataPath: String?
    /// The build of the reference data this opening ran (first use, a bundled-data upgrade, or
    /// `rebuild: true`), or nil when the store was current.
    public let openingBuild: StoreBuilder.Report?
    private let directoryCache: Mutex<StateDirectory>

    /// A store over a database the caller opened, built from the bundled data when it holds no
    /// current reference data; the user's records are kept in the same database.
    ///
    /// - Parameters:
    ///   - writer: the database, e.g. `DatabaseQueue()` for an in-memory store.
    ///   - rebuild: rebuild the reference data even when it is current (user records are kept).
    ///   - willBuild: called just before a build starts.
    /// - Throws: ``EntenteError`` when the bundled data cannot be loaded or the database fails.
    public convenience init(writer: any DatabaseWriter, rebuild: Bool = false, willBuild: (() -> Void)? = nil)
        throws(EntenteError)
    {
        let current = try Self.opening(path: writer.path) { () throws -> Bool in
            try writer.read { db in try Self.storedDataVersion(db) == StoreSchema.dataVersion }
        }
        var built: StoreBuilder.Report?
        if rebuild || !current {
            willBuild?()
            built = try StoreBuilder().build(into: writer)
        }
        try Self.opening(path: writer.path) { try UserSchema.makeMigrator().migrate(writer) }
        try self.init(opened: writer, userDataPath: nil, built: built)
    }

    init(opened writer: any DatabaseWriter, userDataPath: String?, built: StoreBuilder.Report?) throws(EntenteError) {
        self.writer = writer
        self.openingBuild = built
        self.path = writer.path
        self.userDataPath = userDataPath
        let directory = try Self.opening(path: writer.path) { try writer.read { db in try Self.loadDirectory(db) } }
        directoryCache = Mutex(directory)
    }

    /// Runs one step of opening a store, turning a database failure into a plain sentence.
    static func opening<T>(path: String, _ body: () throws -> T) throws(EntenteError) -> T {
        do {
            return try body()
        } catch let error as EntenteError {
            throw error
        } catch {
            throw EntenteError(.storage, "Cannot open the store '\(path)'; is it an Entente store?", underlying: error)
        }
    }

    static func storedDataVersion(_ db: Database) throws -> String? {
        guard try db.tableExists("store_meta") else { return nil }
        return try String.fetchOne(db, sql: "SELECT value FROM store_meta WHERE key = 'data_version'")
    }

    static func loadDirectory(_ db: Database) throws -> StateDirectory {
        RecordDecoding.directory(
            states: try Row.fetchAll(db, sql: "SELECT ccode, abb, name, iso3, iso2, gwcodes FROM state ORDER BY ccode"),
            aliases: try Row.fetchAll(db, sql: "SELECT ccode, alias, preferred FROM state_alias ORDER BY id"))
    }

    /// Runs a read, wrapping database failures; the body's own ``EntenteError``s pass through.
    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(EntenteError) -> T {
        do {
            return try await writer.read(body)
        } catch let error as EntenteError {
            throw error
        } catch {
            throw EntenteError(.storage, "Reading the store failed.", underlying: error)
        }
    }

    public func directory() async throws(EntenteError) -> StateDirectory { directoryCache.withLock { $0 } }

    /// Replaces the reference data with a fresh build from the bundled datasets, in one
    /// transaction; the user's records are kept. Readers see the old data until it commits.
    public func rebuildReferenceData() async throws(EntenteError) -> StoreBuilder.Report {
        let (report, directory) = try await StoreBuilder().build(into: writer) { db in try Self.loadDirectory(db) }
        directoryCache.withLock { $0 = directory }
        return report
    }

    public func sources() async throws(EntenteError) -> [SourceRecord] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(RecordTables.source) ORDER BY id").map(RecordDecoding.source)
        }
    }

    public func organisations() async throws(EntenteError) -> [Organisation] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(RecordTables.organisation) ORDER BY id").map(Self.organisation)
        }
    }

    static func organisation(_ row: Row) -> Organisation { RecordDecoding.organisation(row) }

    public func states(asOf day: Day) async throws(EntenteError) -> [StateInfo] {
        let directory = try await directory()
        return try await read { db in
            try Int.fetchAll(
                db,
                sql:
                    "SELECT DISTINCT ccode FROM state_system WHERE start_day <= ? AND (end_day IS NULL OR end_day >= ?) ORDER BY ccode",
                arguments: [day.iso, day.iso]
            ).compactMap { directory.state(CowCode($0)) }
        }
    }
}
