import EntenteCore
import EntenteStore
import EntenteTestSupport
import Foundation
import GRDB
import Synchronization
import Testing

/// Imported records live apart from the reference data: a rebuild of the bundled data, on request
/// or because the bundled data changed, keeps every one of them.
struct UserDataSurvivesRebuildTests {
    static let organisations = "org,name,kind,founded,source\nTEST-PACT,Test Pact,organisation,2020-01-01,\n"
    static let memberships =
        "org,state,status,start,end,source_url,confidence\nTEST-PACT,IDN,member,2020-01-01,,https://example.org,high\n"
    static let activities =
        "id,name,kind,start,end,participants,source_url,confidence\n"
        + "survivor-1,Survivor,exercise,2024-05-01,2024-05-03,IDN;AUS,https://example.org,high\n"

    static func importAll(into store: SQLiteStore) async throws {
        _ = try await store.importRecords(kind: .organisations, fileName: "o.csv", bytes: Array(organisations.utf8))
        _ = try await store.importRecords(kind: .memberships, fileName: "m.csv", bytes: Array(memberships.utf8))
        _ = try await store.importRecords(kind: .activities, fileName: "a.csv", bytes: Array(activities.utf8))
    }

    /// Every imported record, seen through members, activities, profile and world.
    static func expectImportsPresent(in store: SQLiteStore) async throws {
        let day = try #require(Day(iso: "2024-05-02"))
        let indonesia = CowCode(850)
        let roster = try await store.members(of: "TEST-PACT", asOf: day)
        #expect(roster.members.map(\.cow) == [indonesia])
        #expect(roster.sources == ["import:m.csv"])
        let found = try await store.activities(ActivityFilter(state: indonesia, from: day, to: day))
        let survivor = try #require(found.first { $0.id == "survivor-1" })
        #expect(survivor.source == "import:a.csv" && survivor.participants == [indonesia, CowCode(900)])
        let profile = try await store.profile(of: indonesia, asOf: day)
        #expect(profile.memberships.contains { $0.organisation == "TEST-PACT" && $0.source == "import:m.csv" })
        #expect(profile.recentActivities.contains { $0.id == "survivor-1" })
        let world = try await store.world(asOf: day)
        let id = try #require(world.id(of: indonesia))
        #expect(world.members["TEST-PACT"] == [id])
        #expect(world.activities.contains { $0.id == "survivor-1" })
        #expect(try await store.sources().contains { $0.id == "import:a.csv" })
    }

    @Test func importsSurviveAnUpgradeOfTheBundledData() async throws {
        var store: SQLiteStore? = try await BundledStore.copy()
        let path = try #require(store?.path)
        try await Self.importAll(into: try #require(store))
        store = nil
        // An older build: the next open must rebuild the reference file.
        let reference = try DatabaseQueue(path: path)
        try await reference.write { db in
            try db.execute(sql: "UPDATE store_meta SET value = 'older' WHERE key = 'data_version'")
        }
        try reference.close()
        let rebuilt = Mutex(false)
        let reopened = try SQLiteStore(path: path) { rebuilt.withLock { $0 = true } }
        #expect(rebuilt.withLock { $0 })
        try await Self.expectImportsPresent(in: reopened)
    }

    @Test func importsOfAStoreBuiltBeforeUserDataLivedApartAreKept() async throws {
        var store: SQLiteStore? = try await BundledStore.copy()
        let path = try #require(store?.path)
        let userPath = try #require(store?.userDataPath)
        store = nil
        // An old store: imported rows in the reference tables, an older data version, no user file.
        try await LegacyStoreFixture.writeImport(
            into: path, file: "old.csv", activity: "legacy-1", name: "Legacy", day: "2024-05-01")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: userPath + suffix) }
        let reopened = try SQLiteStore(path: path)
        let day = try #require(Day(iso: "2024-05-01"))
        let found = try await reopened.activities(ActivityFilter(state: CowCode(850), from: day, to: day))
        let legacy = try #require(found.first { $0.id == "legacy-1" })
        #expect(legacy.source == "import:old.csv" && legacy.participants == [CowCode(850)])
        #expect(try await reopened.sources().contains { $0.id == "import:old.csv" })
    }
}
