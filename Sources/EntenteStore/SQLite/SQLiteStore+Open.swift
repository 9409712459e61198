public import EntenteCore
import Foundation
import GRDB

extension SQLiteStore {
    /// Opens (building if needed) the store file at `path`, with the user's records in
    /// `<path>.user.sqlite` beside it.
    ///
    /// Opening a path that holds no store, or a store built from other bundled data, builds the
    /// reference file (a few seconds); the user file is created once and never rebuilt.
    ///
    /// - Parameters:
    ///   - rebuild: rebuild the reference data even when it is current (user records are kept).
    ///   - willBuild: called just before a build starts, so a front end can tell the person why
    ///     this run takes seconds.
    /// - Throws: ``EntenteError`` when the folder cannot be created or a file is not a store.
    public convenience init(path: String, rebuild: Bool = false, willBuild: (() -> Void)? = nil)
        throws(EntenteError)
    {
        let folder = URL(filePath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw EntenteError(.storage, "Cannot create the store folder '\(folder)'.", underlying: error)
        }
        let userPath = UserSchema.path(besideStore: path)
        let current = try Self.opening(path: path) { try Self.isCurrent(path) }
        try Self.opening(path: path) {
            if !FileManager.default.fileExists(atPath: userPath) {
                try Self.createUserDatabase(at: userPath, copyingLegacyImportsFrom: current ? nil : path)
            }
            let userDatabase = try DatabaseQueue(path: userPath, configuration: Self.configuration())
            try userDatabase.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try UserSchema.makeMigrator().migrate(userDatabase)
            try userDatabase.close()
        }
        var built: StoreBuilder.Report?
        if rebuild || !current {
            willBuild?()
            built = try StoreBuilder().build(at: path)
        }
        let pool = try Self.opening(path: path) { () throws -> DatabasePool in
            var configuration = Self.configuration()
            configuration.prepareDatabase { db in
                try db.execute(sql: "ATTACH DATABASE ? AS \(UserSchema.attachedName)", arguments: [userPath])
            }
            let pool = try DatabasePool(path: path, configuration: configuration)
            try pool.writeWithoutTransaction { db in
                // The writer keeps the user file's WAL open, so read-only reader connections can attach it.
                _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(UserSchema.attachedName).sqlite_master")
                // Opening a pool writes a no-op transaction to the reference file's log; fold it into the
                // file now, so the log stays empty (the reference data is only read) and a rebuild that
                // renames a new file into place finds no log of the old one to replay.
                try db.execute(sql: "PRAGMA main.wal_checkpoint(TRUNCATE)")
            }
            return pool
        }
        try self.init(opened: pool, userDataPath: userPath, built: built)
    }

    /// Whether `path` holds a store built from the current bundled data: false when there is no
    /// file or it holds another version; a file that cannot be read (locked past the busy timeout,
    /// not a database) throws, so a passing lock never triggers a rebuild.
    static func isCurrent(_ path: String) throws -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        var configuration = configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in try storedDataVersion(db) } == StoreSchema.dataVersion
    }

    /// Every connection waits for another process's lock (a CLI run while a server holds the
    /// store, parallel tests) instead of failing at once.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(15)
        return configuration
    }
}
