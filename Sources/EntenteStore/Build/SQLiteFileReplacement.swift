import EntenteCore
import Foundation
import GRDB

/// Writes a SQLite file that appears whole or not at all: the database is written beside `path`
/// without a journal (nobody reads it yet), closed, and renamed over `path` — rename(2) replaces
/// atomically, so readers and a killed process see the old file or the new one, never half. On
/// any failure the temporary file is removed and `path` is left as it was.
enum SQLiteFileReplacement {
    /// What the temporary file adds to the path, before the writing process's id.
    static let temporaryInfix = ".writing-"

    /// Deletes the temporary files of writes whose process no longer exists: a store build killed
    /// before its rename leaves a whole reference database (about 60 MB) that nothing will ever
    /// read, and without this every such kill would leave one more beside the store.
    static func removeAbandonedFiles(besideFile path: String) {
        AbandonedFiles.remove(besideFile: path, infix: temporaryInfix)
    }

    /// Runs `body` on the new database and moves it into place.
    ///
    /// - Parameter what: the file's description in messages ("the store", "the panel file").
    /// - Throws: ``EntenteError`` `.storage` naming `path`, or the error `body` throws.
    static func write<T>(to path: String, what: String, _ body: (DatabaseQueue) throws -> T) throws(EntenteError) -> T {
        let temporary = path + temporaryInfix + "\(ProcessInfo.processInfo.processIdentifier)"
        removeAbandonedFiles(besideFile: path)
        try? FileManager.default.removeItem(atPath: temporary)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        }
        do {
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            let result = try body(queue)
            try queue.close()
            guard rename(temporary, path) == 0 else {
                throw EntenteError(
                    .storage, "Cannot move \(what) into place at '\(path)'.",
                    underlying: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
            }
            return result
        } catch let error as EntenteError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw EntenteError(.storage, "Writing \(what) at '\(path)' failed.", underlying: error)
        }
    }
}
