import EntenteCore
import Foundation
import GRDB

extension SQLiteStore {
    /// What the user file's temporary name adds to its path while it is being created, before the
    /// creating process's id.
    static let creatingInfix = ".creating-"

    /// Creates the user database whole, or not at all: under a temporary name, migrated, holding
    /// the imports of a store from before user data lived apart (when `legacyStore` names one), and
    /// only then linked into place.
    ///
    /// Created in place, a kill after the file appeared but before the old imports were copied
    /// left an empty user file; the next open, finding it, skipped the copy and rebuilt the
    /// reference file, and those imports were gone. Now a kill leaves no user file, and the next
    /// open starts again (deleting the abandoned temporary file).
    static func createUserDatabase(at userPath: String, copyingLegacyImportsFrom legacyStore: String?) throws {
        AbandonedFiles.remove(besideFile: userPath, infix: creatingInfix)
        let temporary = userPath + creatingInfix + "\(getpid())"
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: temporary + suffix)
        }
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        // A rollback journal, not a write-ahead log, so that every committed row is in the one file
        // that is linked into place; the store switches the file to WAL when it opens it.
        let database = try DatabaseQueue(path: temporary, configuration: configuration())
        try UserSchema.makeMigrator().migrate(database)
        if let legacyStore { try LegacyImports.copy(from: legacyStore, into: database) }
        try database.close()
        // link(2) never replaces: if another process created the user file meanwhile (and may have
        // imported into it), that file is kept and this one dropped.
        if link(temporary, userPath) == 0 || errno == EEXIST { return }
        // A file system without hard links: rename(2), which is atomic too.
        if FileManager.default.fileExists(atPath: userPath) { return }
        guard rename(temporary, userPath) == 0 else {
            throw EntenteError(
                .storage, "Cannot move the new user file into place at '\(userPath)'.",
                underlying: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
        }
    }
}
