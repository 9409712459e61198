import EntenteCore
import EntenteStore
import EntenteTestSupport
import GRDB
import Testing

/// Database failures reach people as plain sentences; the driver's error stays the underlying cause.
struct StorageMessageTests {
    @Test func aFailedReadSaysSoWithoutTheDriversText() async throws {
        let store = try await BundledStore.inMemory().inMemoryCopy()
        try await store.writer.write { db in try db.execute(sql: "DROP TABLE user_activity_participant") }
        let error = await #expect(throws: EntenteError.self) {
            try await store.activities(ActivityFilter(limit: 1))
        }
        #expect(error?.code == .storage)
        #expect(error?.message == "Reading the store failed.")
        #expect(error?.underlying is DatabaseError)
    }

    @Test func aStoreFolderThatCannotBeCreatedIsNamed() throws {
        let error = #expect(throws: EntenteError.self) {
            try SQLiteStore(path: "/dev/null/entente/store.sqlite")
        }
        #expect(error?.message == "Cannot create the store folder '/dev/null/entente'.")
        #expect(error?.underlying != nil)
    }
}
