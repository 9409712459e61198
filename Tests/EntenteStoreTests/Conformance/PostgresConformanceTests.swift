import EntenteCore
import EntenteStore
import EntenteTestSupport
import Testing

/// The store conformance suite's questions against PostgreSQL, on a throwaway server
/// (``PostgresTestCluster``): skipped, with the reason, where no server can be had.
///
/// The PostgreSQL store does not answer every question yet; the suite's tests whose questions it
/// answers run here as they are, the others are checked to refuse plainly, and its answers are
/// compared with SQLite's on the same bundled data.
@Suite(
    .enabled(
        if: PostgresTestCluster.availability.available, Comment(rawValue: PostgresTestCluster.availability.reason)),
    .timeLimit(.minutes(10)))
struct PostgresConformanceTests {
    let suite = StoreConformanceTests()
    let backend = StoreBackend.postgres

    @Test func natoMembershipFollowsFinlandsAccession() async throws {
        try await suite.natoMembershipFollowsFinlandsAccession(backend)
    }

    @Test func activitiesMatchTheirFilter() async throws {
        try await suite.activitiesMatchTheirFilter(backend)
    }

    @Test func nptPartiesRecordWithdrawalAndNonParties() async throws {
        try await suite.nptPartiesRecordWithdrawalAndNonParties(backend)
    }

    @Test func sourcesCarryTheCataloguesSpans() async throws {
        try await suite.sourcesCarryTheCataloguesSpans(backend)
    }

    @Test func answersMatchSQLiteOnTheBundledData() async throws {
        let postgres = try await backend.shared()
        let sqlite = try await StoreBackend.sqliteInMemory.shared()
        #expect(try await postgres.organisations() == (try await sqlite.organisations()))
        #expect(try await postgres.organisationAliases() == (try await sqlite.organisationAliases()))
        #expect(try await postgres.sources() == (try await sqlite.sources()))
        #expect(try await postgres.directory().states == (try await sqlite.directory().states))
        for year in [1950, 1991, 2023] {
            let day = Day.endOfYear(year)
            #expect(try await postgres.states(asOf: day) == (try await sqlite.states(asOf: day)))
            for organisation in ["NATO", "ASEAN", "Arab League", "ADMM-Plus"] {
                let left = try await postgres.members(of: organisation, asOf: day)
                let right = try await sqlite.members(of: organisation, asOf: day)
                #expect(left.entries == right.entries && left.dateUnknown == right.dateUnknown)
                #expect(left.sources == right.sources && left.organisation == right.organisation)
                for state in [CowCode(2), CowCode(375), CowCode(850)] {
                    #expect(
                        try await postgres.isMember(state, of: organisation, on: day)
                            == (try await sqlite.isMember(state, of: organisation, on: day)))
                }
            }
        }
        let filter = ActivityFilter(state: CowCode(850), from: Day.startOfYear(2000), to: Day.endOfYear(2015))
        let activities = try await postgres.activities(filter)
        #expect(!activities.isEmpty)
        #expect(activities == (try await sqlite.activities(filter)))
        var page = ActivityFilter(kind: .exercise)
        page.limit = 20
        page.offset = 40
        #expect(try await postgres.activities(page) == (try await sqlite.activities(page)))
        #expect(try await postgres.treatyParties("NPT") == (try await sqlite.treatyParties("NPT")))
        #expect(
            try await postgres.treatyStatuses(of: CowCode(850)) == (try await sqlite.treatyStatuses(of: CowCode(850))))
    }

    @Test func unknownOrganisationsAreRefusedWithSuggestions() async throws {
        let store = try await backend.shared()
        let error = await #expect(throws: EntenteError.self) {
            try await store.members(of: "NAT0", asOf: Day.endOfYear(2000))
        }
        #expect(error?.code == .unknownOrganisation)
        #expect(error?.message.contains("'NATO'") == true)
    }

    @Test func questionsNotYetAnsweredAreRefusedPlainly() async throws {
        let store = try await backend.shared()
        let error = await #expect(throws: EntenteError.self) { try await store.world(asOf: Day.endOfYear(2000)) }
        #expect(error?.code == .unsupported)
        #expect(error?.message.contains("not yet supported on PostgreSQL") == true)
        await #expect(throws: EntenteError.self) { try await store.profile(of: CowCode(2), asOf: Day.endOfYear(2000)) }
    }

    /// The suite's import test, on the questions this store answers: a refused file changes
    /// nothing, a good one is added once, and a rebuild keeps it.
    @Test func importsAreValidatedThenAtomicAndSurviveARebuild() async throws {
        let store = try await backend.scratch()
        func counts() async throws -> [Int] {
            [
                try await store.activities(ActivityFilter()).count, try await store.organisations().count,
                try await store.sources().count,
            ]
        }
        let before = try await counts()
        let header = StoreConformanceTests.header
        let bad =
            header + "conf-1,Good,exercise,2024-05-01,2024-05-03,IDN,https://example.org,high\n"
            + "conf-2,Bad,exercise,2024-05-01,2024-05-03,IDN;XYZ,https://example.org,high\n"
        let error = await #expect(throws: EntenteError.self) {
            try await store.importRecords(kind: .activities, fileName: "bad.csv", bytes: Array(bad.utf8))
        }
        #expect(error?.message.hasPrefix("bad.csv:3: column 'participants': unknown state 'XYZ'") == true)
        #expect(try await counts() == before)

        let good = header + "conf-1,Good,exercise,2024-05-01,2024-05-03,IDN;AUS,https://example.org,high\n"
        let summary = try await store.importRecords(kind: .activities, fileName: "good.csv", bytes: Array(good.utf8))
        #expect(summary == ImportSummary(kind: .activities, file: "good.csv", records: 1))
        let membership = "org,state,status,start,end\nNATO,TLS,partner,2024-01-01,\n"
        _ = try await store.importRecords(kind: .memberships, fileName: "tls.csv", bytes: Array(membership.utf8))
        let again = header + "conf-1,Again,exercise,2024-06-01,2024-06-03,IDN,https://example.org,high\n"
        await #expect(throws: EntenteError.self) {
            try await store.importRecords(kind: .activities, fileName: "again.csv", bytes: Array(again.utf8))
        }
        try await StoreConformanceTests.expectImportedAnswers(in: store)
        let after = try await counts()
        #expect(after == [before[0] + 1, before[1], before[2] + 2])
        let report = try await store.rebuildReferenceData()
        #expect(report.totalRows > 0)
        try await StoreConformanceTests.expectImportedAnswers(in: store)
        #expect(try await counts() == after)
    }

}
