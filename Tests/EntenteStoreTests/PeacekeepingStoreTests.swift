import EntenteCore
import EntenteData
import EntenteStore
import EntenteTestSupport
import Testing

/// The store's UN peacekeeping table: built from the curated file row for row, answered per state,
/// and refused plainly on PostgreSQL.
struct PeacekeepingStoreTests {
    /// The bundled file read the way the build reads it, against the store's own directory.
    func fileRows(_ store: SQLiteStore) async throws -> [PeacekeepingContribution] {
        let table = try BundledData.table("curated/pko_contributions.csv")
        return try CuratedReader(directory: try await store.directory(), sourceID: DatasetCatalog.curatedID)
            .peacekeepingContributions(table)
    }

    @Test func everyRowOfTheFileIsInTheStoreWithItsSource() async throws {
        let store = try await BundledStore.store()
        let expected = try await fileRows(store)
        let stored = try await store.peacekeepingContributions(of: nil)
        #expect(!expected.isEmpty)
        #expect(stored.count == expected.count)
        #expect(Set(stored) == Set(expected))
        #expect(stored.allSatisfy { $0.sourceURL != nil && $0.accessed != nil })
        // Oldest month first, whatever the file's order.
        #expect(zip(stored, stored.dropFirst()).allSatisfy { $0.asOf <= $1.asOf })
        // The build reports the table with the file's row count.
        let report = try #require(store.openingBuild)
        #expect(report.rowsByTable.contains { $0.table == "peacekeeping_contribution" && $0.rows == expected.count })
    }

    @Test func aStatesRowsAreItsOwnAndOnlyThose() async throws {
        let store = try await BundledStore.store()
        let expected = try await fileRows(store)
        for state in Set(expected.map(\.state)) {
            let rows = try await store.peacekeepingContributions(of: state)
            #expect(Set(rows) == Set(expected.filter { $0.state == state }), "\(state.rawValue)")
        }
        // A state the file never names has no rows (unknown, which callers must not read as zero).
        let absent = try #require(
            try await store.directory().states.map(\.cow).first { code in !expected.contains { $0.state == code } })
        #expect(try await store.peacekeepingContributions(of: absent).isEmpty)
    }
}
