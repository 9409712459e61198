public import EntenteCore
import EntenteData
import Foundation
import GRDB

/// The default store: one SQLite file, built from the bundled data on first use.
///
/// Opening a path that holds no store, or a store built from older bundled data, builds it
/// (a few seconds). Reads are concurrent-safe through GRDB's serial queue.
public final class SQLiteStore: KnowledgeStore {
    let queue: DatabaseQueue
    public let path: String
    private let cachedDirectory: StateDirectory

    /// Opens (building if needed) the store at `path`.
    ///
    /// - Parameters:
    ///   - rebuild: build from the bundled data even when a current store exists.
    ///   - willBuild: called just before a build starts, so a front end can tell the person why
    ///     this run takes seconds.
    /// - Throws: ``EntenteError`` when the folder cannot be created or the file is not a store.
    public init(path: String, rebuild: Bool = false, willBuild: (() -> Void)? = nil) throws(EntenteError) {
        self.path = path
        let folder = URL(filePath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw EntenteError(.storage, "Cannot create the store folder '\(folder)': \(error.localizedDescription)")
        }
        if rebuild || !SQLiteStore.isCurrent(path) {
            willBuild?()
            _ = try StoreBuilder().build(at: path)
        }
        do {
            queue = try DatabaseQueue(path: path)
            try StoreSchema.makeMigrator().migrate(queue)
            cachedDirectory = try queue.read { db in try SQLiteStore.loadDirectory(db) }
        } catch {
            throw EntenteError(.storage, "Cannot open the store '\(path)': \(error)", underlying: error)
        }
    }

    /// Whether `path` holds a store built from the current bundled data.
    static func isCurrent(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        guard
            let queue = try? DatabaseQueue(
                path: path,
                configuration: {
                    var c = Configuration(); c.readonly = true; return c
                }())
        else {
            return false
        }
        let version = try? queue.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM store_meta WHERE key = 'data_version'")
        }
        try? queue.close()
        return version == StoreSchema.dataVersion
    }

    static func loadDirectory(_ db: Database) throws -> StateDirectory {
        var states: [StateInfo] = []
        for row in try Row.fetchAll(db, sql: "SELECT ccode, abb, name, iso3, iso2, gwcodes FROM state ORDER BY ccode") {
            let gw: String = row["gwcodes"]
            states.append(
                StateInfo(
                    cow: CowCode(row["ccode"] as Int), cowAbbreviation: row["abb"], name: row["name"],
                    iso3: row["iso3"],
                    iso2: row["iso2"], gleditschWard: gw.split(separator: ";").compactMap { Int($0) }))
        }
        var aliases: [CowCode: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT ccode, alias FROM state_alias ORDER BY id") {
            aliases[CowCode(row["ccode"] as Int), default: []].append(row["alias"])
        }
        return StateDirectory(states: states, aliases: aliases)
    }

    /// Runs a read, wrapping database failures; the body's own ``EntenteError``s pass through.
    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(EntenteError) -> T {
        do {
            return try await queue.read(body)
        } catch let error as EntenteError {
            throw error
        } catch {
            throw EntenteError(.storage, "Reading the store failed: \(error)", underlying: error)
        }
    }

    public func directory() async throws(EntenteError) -> StateDirectory { cachedDirectory }

    public func sources() async throws(EntenteError) -> [SourceRecord] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM source ORDER BY id").map { row in
                let files: String = row["files"]
                return SourceRecord(
                    id: row["id"], name: row["name"], version: row["version"], coverage: row["coverage"],
                    terms: row["terms"], citation: row["citation"], files: files.split(separator: ";").map(String.init))
            }
        }
    }

    public func organisations() async throws(EntenteError) -> [Organisation] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM organisation ORDER BY id").map(Self.organisation)
        }
    }

    static func organisation(_ row: Row) -> Organisation {
        Organisation(
            id: row["id"], name: row["name"], kind: Organisation.Kind(rawValue: row["kind"]) ?? .organisation,
            founded: (row["founded"] as String?).flatMap { Day(iso: $0) }, source: row["source"],
            observedUntil: (row["observed_until"] as String?).flatMap { Day(iso: $0) })
    }

    public func states(asOf day: Day) async throws(EntenteError) -> [StateInfo] {
        let directory = cachedDirectory
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
