import EntenteCore
import EntenteStore
import EntenteTestSupport
import Foundation
import GRDB
import Testing

/// The user file is created whole or not at all (issue 14, crash safety). It used to be created in
/// place and then filled with the imports of a store from before user data lived apart; a kill
/// between the two left an empty user file, the next open skipped the copy, and the rebuild that
/// followed dropped those imports. Now a kill leaves only a temporary file, which the next open
/// deletes before it creates the user file again, copy included.
struct UserFileCreationTests {
    /// A process id that cannot exist: above every kernel's `pid_max`.
    static let deadProcess = Int32.max

    @Test func aCreationKilledPartWayIsRedoneAndTheOldImportsAreKept() async throws {
        var store: SQLiteStore? = try await BundledStore.copy()
        let path = try #require(store?.path)
        let userPath = try #require(store?.userDataPath)
        store = nil
        // A store from before user data lived apart: imported rows in the reference tables, an
        // older data version, no user file…
        try await LegacyStoreFixture.writeImport(
            into: path, file: "kept.csv", activity: "kept-1", name: "Kept", day: "2024-06-01")
        // …and what a process killed while creating the user file leaves: its temporary file, an
        // empty user database with the schema but without the copied imports.
        let abandoned = userPath + ".creating-\(Self.deadProcess)"
        try FileManager.default.moveItem(atPath: userPath, toPath: abandoned)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: userPath + suffix) }

        let reopened = try SQLiteStore(path: path)

        let day = try #require(Day(iso: "2024-06-01"))
        let found = try await reopened.activities(ActivityFilter(state: CowCode(850), from: day, to: day))
        let kept = try #require(found.first { $0.id == "kept-1" })
        #expect(kept.source == "import:kept.csv" && kept.participants == [CowCode(850)])
        let folder = URL(filePath: path).deletingLastPathComponent().path
        let left = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(!left.contains { $0.contains(".creating-") }, "\(left)")
    }

    @Test func aNewStoreGetsItsUserFileAndNoTemporaryFile() async throws {
        let store = try await BundledStore.copy()
        let userPath = try #require(store.userDataPath)
        #expect(FileManager.default.fileExists(atPath: userPath))
        let folder = URL(filePath: store.path).deletingLastPathComponent().path
        let left = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(!left.contains { $0.contains(".creating-") }, "\(left)")
        let summary = try await store.importRecords(
            kind: .activities, fileName: "fresh.csv",
            bytes: Array(
                "id,name,kind,start,end,participants\nfresh-1,Fresh,exercise,2024-06-01,2024-06-02,IDN\n".utf8))
        #expect(summary.records == 1)
    }
}
