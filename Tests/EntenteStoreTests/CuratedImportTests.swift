import EntenteCore
import EntenteStore
import EntenteTestSupport
import Testing

/// Imports in the curated formats' new shapes: non-state participants and the activity columns.
struct CuratedImportTests {
    @Test func nonStateMembersAndActivityCompletenessImportAndExport() async throws {
        let store = try await BundledStore.copy()
        let organisations = "org,name,kind,founded\nTEST-FORUM,Test Forum,forum,2020-01-01\n"
        _ = try await store.importRecords(kind: .organisations, fileName: "o.csv", bytes: Array(organisations.utf8))
        let memberships =
            "org,state,status,start,end\nTEST-FORUM,PSE,observer,2020-01-01,\nTEST-FORUM,IDN,member,2020-01-01,\n"
        _ = try await store.importRecords(kind: .memberships, fileName: "m.csv", bytes: Array(memberships.utf8))
        let roster = try await store.members(of: "Test Forum", asOf: try #require(Day(iso: "2021-01-01")))
        #expect(Set(roster.entries.compactMap(\.state.iso3)) == ["PSE", "IDN"])
        #expect(roster.entries.first { $0.state.iso3 == "PSE" }?.state.cow == MembershipSpell.nonState)
        let exported = try await store.export(.memberships)
        #expect(exported.rows.contains { $0.first == "TEST-FORUM" && $0[1] == "PSE" })

        let activities =
            "id,name,kind,start,end,participants,participants_complete,declared_participants\n"
            + "test-x,Test X,exercise,2024-05-01,,IDN;USA,false,12\n"
        _ = try await store.importRecords(kind: .activities, fileName: "a.csv", bytes: Array(activities.utf8))
        let day = Day.startOfYear(2024).adding(days: 121)  // 2024-05-01
        #expect(day.iso == "2024-05-01")
        let found = try await store.activities(ActivityFilter(from: day, to: day))
        let test = try #require(found.first { $0.id == "test-x" })
        #expect(test.participantsComplete == false && test.declaredParticipants == 12)
        let table = try await store.export(.activities)
        let row = try #require(table.rows.first { $0.first == "test-x" })
        let column = try #require(table.header.firstIndex(of: "declared_participants"))
        #expect(row[column] == "12")
    }
}
