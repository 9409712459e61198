import EntenteCore
import EntenteData
import EntenteStore
import EntenteTestSupport
import Testing

/// What every ``KnowledgeStore`` backend must answer on the bundled data, through the protocol only.
///
/// Each backend builds the bundled data once per run (``StoreBackend``); the tests that write get a
/// private copy. Nothing here may depend on how a backend stores its rows.
// Thirty minutes: the PostgreSQL backend's cases wait for its copy of the bundled data, built while
// every other suite runs (424 s into a CI run on two cores, 735 s on a loaded machine).
@Suite(.timeLimit(.minutes(30)))
struct StoreConformanceTests {
    @Test(arguments: StoreBackend.all)
    func natoMembershipFollowsFinlandsAccession(_ backend: StoreBackend) async throws {
        let store = try await backend.shared()
        let before = try #require(Day(iso: "2023-04-03"))
        let after = try #require(Day(iso: "2023-04-04"))
        #expect(try await store.members(of: "NATO", asOf: before).members.count == 30)
        let roster = try await store.members(of: "nato", asOf: after)
        #expect(roster.members.count == 31)
        #expect(roster.organisation.id == "NATO")
        #expect(roster.members.contains { $0.cow == CowCode(375) })
        #expect(try await store.isMember(CowCode(375), of: "NATO", on: before) == .no)
        #expect(try await store.isMember(CowCode(375), of: "NATO", on: after) == .yes)
        #expect(try await store.isMember(CowCode(375), of: "No Such Body", on: after) == .unknown)
    }

    @Test(arguments: StoreBackend.all)
    func indonesiasProfileHasEveryPart(_ backend: StoreBackend) async throws {
        let store = try await backend.shared()
        let indonesia = try await store.directory().resolve("Indonesia").cow
        #expect(indonesia == CowCode(850))
        let profile = try await store.profile(of: indonesia, asOf: Day.endOfYear(2010))
        #expect(profile.state.iso3 == "IDN")
        #expect(profile.inSystem == .yes)
        #expect(profile.isMajorPower == .no)
        #expect(profile.capability?.year == 2010)
        #expect(profile.memberships.contains { $0.organisation == "ASEAN" && $0.status == "member" })
        #expect(profile.alliances.covered)
        #expect(!profile.exercisePartners.isEmpty)
        #expect(profile.recentActivities.allSatisfy { $0.participants.contains(indonesia) })
        #expect(profile.treaties.contains { $0.treaty == "NPT" && $0.status == .party })
    }

    @Test(arguments: StoreBackend.all)
    func alliancesAreUnknownAfterATOPsLastYear(_ backend: StoreBackend) async throws {
        let store = try await backend.shared()
        let atop = DatasetCatalog.knowledgeCoverage.alliances
        let last = try await store.alliances(of: CowCode(2), year: atop.lastYear)
        #expect(last.covered && !last.obligations.isEmpty)
        let after = try await store.alliances(of: CowCode(2), year: atop.lastYear + 1)
        #expect(!after.covered && after.obligations.isEmpty)
        #expect(after.coverage.contains(atop.text))
        #expect(!(try await store.world(asOf: Day.endOfYear(atop.lastYear + 1))).alliancesKnown)
        #expect(try await store.world(asOf: Day.endOfYear(atop.lastYear)).alliancesKnown)
    }

    @Test(arguments: StoreBackend.all)
    func activitiesMatchTheirFilter(_ backend: StoreBackend) async throws {
        let store = try await backend.shared()
        let from = Day.startOfYear(2005)
        let to = Day.endOfYear(2007)
        let filter = ActivityFilter(state: CowCode(850), kind: .exercise, from: from, to: to)
        let found = try await store.activities(filter)
        #expect(found.count > 5)
        for activity in found {
            #expect(activity.kind == .exercise)
            #expect(activity.participants.contains(CowCode(850)) || activity.observers.contains(CowCode(850)))
            #expect(activity.period.start <= to && (activity.period.end ?? activity.period.start) >= from)
        }
        #expect(found.map(\.period.start) == found.map(\.period.start).sorted())
        var limited = filter
        limited.limit = 3
        #expect(try await store.activities(limited).map(\.id) == found.prefix(3).map(\.id))
    }

    @Test(arguments: StoreBackend.all)
    func nptPartiesRecordWithdrawalAndNonParties(_ backend: StoreBackend) async throws {
        let store = try await backend.shared()
        let npt = try await store.treatyParties("npt")
        #expect(npt.filter { $0.state != nil }.count >= 190)
        #expect(npt.first { $0.state == CowCode(731) }?.status == .withdrawn)
        #expect(npt.first { $0.state == CowCode(750) }?.status == .nonParty)
        #expect(try await store.treatyStatuses(of: CowCode(850)).contains { $0.treaty == "NPT" })
    }

    @Test(arguments: StoreBackend.all)
    func votesOfTwoStatesAlign(_ backend: StoreBackend) async throws {
        let store = try await backend.shared()
        let pair = try await store.votes(of: CowCode(2), and: CowCode(200), fromYear: 1990, toYear: 1999, issue: nil)
        #expect(pair.rollCalls.count > 300)
        #expect(pair.rollCalls == pair.rollCalls.sorted())
        #expect(pair.firstVotes.count == pair.rollCalls.count && pair.secondVotes.count == pair.rollCalls.count)
        let calls = try await store.rollCalls(Array(pair.rollCalls.prefix(2)))
        #expect(calls.map(\.id) == Array(pair.rollCalls.prefix(2)))
        let nuclear = try await store.rollCallVotes(
            resolutions: [], issues: ["nuclear"], titles: [], fromYear: 1990, toYear: 1991)
        #expect(!nuclear.isEmpty && nuclear.allSatisfy { (1990...1991).contains($0.year) })
        #expect(
            try await store.disputes(of: CowCode(2), fromYear: 2001, toYear: 2003).contains {
                $0.opponent == CowCode(645)
            })
    }

    @Test(arguments: StoreBackend.all)
    func worldSnapshotHasEveryLayer(_ backend: StoreBackend) async throws {
        let store = try await backend.shared()
        let day = Day.endOfYear(2010)
        let world = try await store.world(asOf: day)
        #expect(world.stateCount == (try await store.states(asOf: day)).count)
        #expect(world.stateCount > 190)
        #expect(world.members["NATO"]?.count == 28)
        #expect(world.alliancesKnown && !world.alliances.isEmpty)
        #expect(world.activities.count > 100)
        #expect(world.coverage == DatasetCatalog.knowledgeCoverage)
        let snapshot = try await store.knowledgeSnapshot()
        #expect(snapshot.membership(of: CowCode(375), in: "NATO", on: try #require(Day(iso: "2023-04-04"))) == .yes)
        #expect(snapshot.atopObservedUntil == DatasetCatalog.knowledgeCoverage.allianceProvisions.observedUntil)
    }

    @Test(arguments: StoreBackend.all)
    func sourcesCarryTheCataloguesSpans(_ backend: StoreBackend) async throws {
        let store = try await backend.shared()
        let sources = try await store.sources()
        #expect(Set(sources.map(\.id)).isSuperset(of: DatasetCatalog.sources.map(\.id)))
        for source in sources {
            #expect(source.span == DatasetCatalog.source(source.id)?.span)
        }
        #expect(sources.first { $0.id == "atop-5.1" }?.span == DatasetCatalog.knowledgeCoverage.alliances)
    }

    static let header = "id,name,kind,start,end,participants,source_url,confidence\n"

    @Test(arguments: StoreBackend.all)
    func importsAreValidatedThenAtomicAndSurviveARebuild(_ backend: StoreBackend) async throws {
        let store = try await backend.scratch()
        func counts() async throws -> [Int] {
            [
                try await store.activities(ActivityFilter()).count, try await store.organisations().count,
                try await store.sources().count, try await store.export(.memberships).rows.count,
            ]
        }
        let before = try await counts()
        // The first row is good; the second names no state: the whole file is refused.
        let bad =
            Self.header + "conf-1,Good,exercise,2024-05-01,2024-05-03,IDN,https://example.org,high\n"
            + "conf-2,Bad,exercise,2024-05-01,2024-05-03,IDN;XYZ,https://example.org,high\n"
        let error = await #expect(throws: EntenteError.self) {
            try await store.importRecords(kind: .activities, fileName: "bad.csv", bytes: Array(bad.utf8))
        }
        #expect(error?.message.hasPrefix("bad.csv:3: column 'participants': unknown state 'XYZ'") == true)
        #expect(try await counts() == before)

        let good = Self.header + "conf-1,Good,exercise,2024-05-01,2024-05-03,IDN;AUS,https://example.org,high\n"
        let summary = try await store.importRecords(kind: .activities, fileName: "good.csv", bytes: Array(good.utf8))
        #expect(summary == ImportSummary(kind: .activities, file: "good.csv", records: 1))
        let membership = "org,state,status,start,end\nNATO,TLS,partner,2024-01-01,\n"
        _ = try await store.importRecords(kind: .memberships, fileName: "tls.csv", bytes: Array(membership.utf8))
        let again = Self.header + "conf-1,Again,exercise,2024-06-01,2024-06-03,IDN,https://example.org,high\n"
        await #expect(throws: EntenteError.self) {
            try await store.importRecords(kind: .activities, fileName: "again.csv", bytes: Array(again.utf8))
        }

        try await Self.expectImported(in: store)
        let after = try await counts()
        #expect(after == [before[0] + 1, before[1], before[2] + 2, before[3] + 1])
        _ = try await store.rebuildReferenceData()
        try await Self.expectImported(in: store)
        #expect(try await counts() == after)
    }

    static func expectImported(in store: any KnowledgeStore) async throws {
        try await expectImportedAnswers(in: store)
        let day = try #require(Day(iso: "2024-05-02"))
        let timorLeste = CowCode(860)
        #expect(
            try await store.profile(of: timorLeste, asOf: day).memberships.contains { $0.source == "import:tls.csv" })
        #expect(try await store.world(asOf: day).activities.contains { $0.id == "conf-1" })
        let exported = try await store.export(.activities)
        #expect(exported.rows.contains { $0.first == "conf-1" })
    }

    /// The imported records in the answers every backend gives (activities, rosters, sources).
    static func expectImportedAnswers(in store: any KnowledgeStore) async throws {
        let day = try #require(Day(iso: "2024-05-02"))
        let found = try await store.activities(ActivityFilter(state: CowCode(850), from: day, to: day))
        let record = try #require(found.first { $0.id == "conf-1" })
        #expect(record.source == "import:good.csv" && record.participants == [CowCode(850), CowCode(900)])
        let roster = try await store.members(of: "NATO", asOf: day)
        #expect(roster.entries.contains { $0.state.cow == CowCode(860) && $0.status == .partner })
        #expect(roster.sources.contains("import:tls.csv"))
        let imported = try await store.sources().filter { $0.id.hasPrefix("import:") }
        #expect(imported.map(\.id).sorted() == ["import:good.csv", "import:tls.csv"])
        #expect(imported.allSatisfy { $0.span == nil })
    }
}
