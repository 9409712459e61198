import EntenteCore
import EntenteStore
import EntenteTestSupport
import Testing

/// The store conformance suite's questions against PostgreSQL, on a throwaway server
/// (``PostgresTestCluster``): skipped, with the reason, where no server can be had.
///
/// Every test of the suite runs here as it is; `PostgresParityTests` compares each answer with
/// SQLite's on the same bundled data.
@Suite(
    .enabled(
        if: PostgresTestCluster.availability.available, Comment(rawValue: PostgresTestCluster.availability.reason)),
    // Generous: the first test waits for the PostgreSQL copy of the bundled data, built while every
    // other suite runs on the same two cores (424 s into a CI run, 735 s on a loaded machine).
    .timeLimit(.minutes(30)))
struct PostgresConformanceTests {
    let suite = StoreConformanceTests()
    let backend = StoreBackend.postgres

    @Test func natoMembershipFollowsFinlandsAccession() async throws {
        try await suite.natoMembershipFollowsFinlandsAccession(backend)
    }

    @Test func indonesiasProfileHasEveryPart() async throws {
        try await suite.indonesiasProfileHasEveryPart(backend)
    }

    @Test func alliancesAreUnknownAfterATOPsLastYear() async throws {
        try await suite.alliancesAreUnknownAfterATOPsLastYear(backend)
    }

    @Test func activitiesMatchTheirFilter() async throws {
        try await suite.activitiesMatchTheirFilter(backend)
    }

    @Test func nptPartiesRecordWithdrawalAndNonParties() async throws {
        try await suite.nptPartiesRecordWithdrawalAndNonParties(backend)
    }

    @Test func votesOfTwoStatesAlign() async throws {
        try await suite.votesOfTwoStatesAlign(backend)
    }

    @Test func worldSnapshotHasEveryLayer() async throws {
        try await suite.worldSnapshotHasEveryLayer(backend)
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

    /// The suite's import test: a refused file changes nothing, a good one is added once (in
    /// activities, rosters, profiles, the World snapshot and exports), and a rebuild keeps it.
    @Test func importsAreValidatedThenAtomicAndSurviveARebuild() async throws {
        try await suite.importsAreValidatedThenAtomicAndSurviveARebuild(backend)
    }
}
