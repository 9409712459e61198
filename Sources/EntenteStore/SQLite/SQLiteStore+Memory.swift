public import EntenteCore
import GRDB

extension SQLiteStore {
    /// A store in memory, built from the bundled data; for tests and short-lived tools.
    ///
    /// - Throws: ``EntenteError`` when the bundled data cannot be loaded.
    public static func inMemory() throws(EntenteError) -> SQLiteStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue()
        } catch {
            throw EntenteError(.storage, "Cannot open an in-memory database.", underlying: error)
        }
        return try SQLiteStore(writer: queue)
    }

    /// A private in-memory copy of this store's database (reference data, and user data kept in the
    /// same database), so a test can write without disturbing a shared store.
    package func inMemoryCopy() throws(EntenteError) -> SQLiteStore {
        do {
            let queue = try DatabaseQueue()
            try writer.backup(to: queue)
            return try SQLiteStore(writer: queue)
        } catch let error as EntenteError {
            throw error
        } catch {
            throw EntenteError(.storage, "Cannot copy the store into memory.", underlying: error)
        }
    }
}
