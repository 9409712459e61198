import EntenteCore
import EntenteStore
import EntenteTestSupport
import Testing

/// The foundation issue's acceptance figures, on the full bundled data.
struct KnowledgeBaseAcceptanceTests {
    @Test func thereAre195StatesInTheSystemAtTheEndOf2024() async throws {
        let store = try await BundledStore.store()
        #expect(try await store.states(asOf: Day.endOfYear(2024)).count == 195)
    }

    @Test(
        arguments: zip(["2023-04-03", "2023-04-04", "2024-03-07", "2020-03-26", "2020-03-27"], [30, 31, 32, 29, 30]))
    func natoMembershipFollowsAccessions(day: String, expected: Int) async throws {
        let store = try await BundledStore.store()
        let roster = try await store.members(of: "NATO", asOf: try #require(Day(iso: day)))
        #expect(roster.members.count == expected)
    }

    @Test(arguments: zip(["2025-10-25", "2025-10-27", "1999-04-29", "1999-04-30"], [10, 11, 9, 10]))
    func aseanMembershipFollowsAccessions(day: String, expected: Int) async throws {
        let store = try await BundledStore.store()
        let roster = try await store.members(of: "asean", asOf: try #require(Day(iso: day)))
        #expect(roster.members.count == expected)
    }

    @Test func admmPlusHas18ParticipantsIn2010() async throws {
        let store = try await BundledStore.store()
        let roster = try await store.members(of: "ADMM-Plus", asOf: Day.endOfYear(2010))
        #expect(roster.entries.count == 18)
        let codes = Set(roster.entries.compactMap(\.state.iso3))
        #expect(codes.isSuperset(of: ["USA", "CHN", "RUS", "JPN", "KOR", "IND", "AUS", "NZL", "IDN", "VNM"]))
        let before = try await store.members(of: "ADMM-Plus", asOf: try #require(Day(iso: "2010-10-11")))
        #expect(before.entries.isEmpty)
    }

    @Test func unitedStatesDefenseObligationsIn2018IncludeItsTreatyAllies() async throws {
        let store = try await BundledStore.store()
        let directory = try await store.directory()
        let usa = try directory.resolve("USA").cow
        let report = try await store.alliances(of: usa, year: 2018)
        #expect(report.covered)
        let defense = Set(report.obligations.filter { $0.owes.contains("defense") }.compactMap(\.partner.iso3))
        #expect(defense.isSuperset(of: ["JPN", "KOR", "PHL", "AUS", "GBR", "FRA", "DEU", "TUR", "POL", "CAN", "NOR"]))
        #expect(!defense.contains("CHN") && !defense.contains("IDN"))
    }

    @Test func alliancesAfterATOPCoverageAreUnknownNotAbsent() async throws {
        let store = try await BundledStore.store()
        let report = try await store.alliances(of: CowCode(2), year: 2020)
        #expect(!report.covered)
        #expect(report.obligations.isEmpty)
        let world = try await store.world(asOf: Day.endOfYear(2020))
        #expect(!world.alliancesKnown)
    }

    @Test func allMMEExercisesAndUNVotesLoad() async throws {
        let store = try await BundledStore.store()
        let exercises = try await store.activities(ActivityFilter(kind: .exercise))
        #expect(exercises.filter { $0.source == "mme-7" }.count == 3707)
        #expect(try await store.count(table: "un_vote") == 870_109)
        #expect(try await store.count(table: "atop_ddyr") == 273_296)
    }

    @Test func mmeParticipantsResolveToCOWStatesByYear() async throws {
        let store = try await BundledStore.store()
        let activities = try await store.activities(
            ActivityFilter(from: Day(iso: "1985-01-01"), to: Day(iso: "1985-12-31")))
        // Germany in 1985 is the Federal Republic (COW 260), not unified Germany (255).
        let germanies = Set(activities.flatMap(\.participants).filter { [255, 260].contains($0.rawValue) })
        #expect(germanies == [CowCode(260)])
        let cobraGold = try #require(activities.first { $0.series == "Cobra Gold" })
        #expect(cobraGold.participants.contains(CowCode(800)) && cobraGold.participants.contains(CowCode(2)))
    }

    @Test func indonesiaIsAnNPTPartyAndTheDPRKWithdrew() async throws {
        let store = try await BundledStore.store()
        let npt = try await store.treatyParties("NPT")
        #expect(npt.filter { $0.state != nil }.count >= 190)
        let dprk = try #require(npt.first { $0.state == CowCode(731) })
        #expect(dprk.status == .withdrawn)
        #expect(dprk.isParty(on: try #require(Day(iso: "2010-01-01"))) == .no)
        let india = try #require(npt.first { $0.state == CowCode(750) })
        #expect(india.status == .nonParty)
    }

    @Test func membershipPastTheSourceCoverageIsCarriedForwardAndFlagged() async throws {
        let store = try await BundledStore.store()
        // The WTO rests on COW IGO alone (data end 2014); the OSCE is now curated to 2025.
        let roster = try await store.members(of: "WTO", asOf: try #require(Day(iso: "2020-06-01")))
        #expect(!roster.entries.isEmpty)
        #expect(roster.entries.allSatisfy { $0.carriedForward })
        let within = try await store.members(of: "WTO", asOf: try #require(Day(iso: "2010-06-01")))
        #expect(within.entries.allSatisfy { !$0.carriedForward })
        #expect(try await store.isMember(CowCode(2), of: "WTO", on: try #require(Day(iso: "2020-06-01"))) == .unknown)
        #expect(try await store.isMember(CowCode(2), of: "OSCE", on: try #require(Day(iso: "2020-06-01"))) == .yes)
        #expect(try await store.isMember(CowCode(2), of: "NATO", on: try #require(Day(iso: "2020-06-01"))) == .yes)
        #expect(try await store.isMember(CowCode(850), of: "NATO", on: try #require(Day(iso: "2020-06-01"))) == .no)
    }

    @Test func worldSnapshotHasEveryLayer() async throws {
        let store = try await BundledStore.store()
        let world = try await store.world(asOf: Day.endOfYear(2010))
        #expect(world.stateCount > 190)
        #expect(world.alliancesKnown && !world.alliances.isEmpty)
        #expect(world.members["NATO"]?.count == 28)
        #expect(world.activities.count > 100)
        #expect(!world.contiguity.isEmpty && !world.disputes.isEmpty && !world.rivalries.isEmpty)
        #expect(world.capabilities.compactMap { $0 }.count > 150)
        let usa = try #require(world.id(of: CowCode(2)))
        #expect(world.isMajorPower[Int(usa)])
    }

    @Test func unknownOrganisationGetsASuggestion() async throws {
        let store = try await BundledStore.store()
        let error = await #expect(throws: EntenteError.self) {
            try await store.members(of: "NATOO", asOf: Day.endOfYear(2010))
        }
        #expect(error?.code == .unknownOrganisation)
        #expect(error?.message.contains("'NATO'") == true)
    }
}

/// The in-memory snapshot the legal engine reads.
struct KnowledgeSnapshotTests {
    @Test func snapshotAnswersMembershipTreatyAndPactQuestions() async throws {
        let store = try await BundledStore.store()
        let snapshot = try await store.knowledgeSnapshot()
        let finland = CowCode(375)
        #expect(snapshot.membership(of: finland, in: "NATO", on: try #require(Day(iso: "2023-04-03"))) == .no)
        #expect(snapshot.membership(of: finland, in: "NATO", on: try #require(Day(iso: "2023-04-04"))) == .yes)
        #expect(snapshot.membership(of: finland, in: "No Such Body", on: Day.endOfYear(2020)) == .unknown)
        #expect(snapshot.membership(of: CowCode(850), in: "NPT", on: Day.endOfYear(2020)) == .yes)
        #expect(snapshot.membership(of: CowCode(750), in: "NPT", on: Day.endOfYear(2020)) == .no)
        // NATO is ATOP alliance 3180; the US and the UK hold defense obligations in it in 1990.
        let pacts = snapshot.defensePacts(between: CowCode(2), and: CowCode(200), on: Day.endOfYear(1990))
        let nato = try #require(pacts.first { $0.atopID == 3180 })
        #expect(nato.conditional && nato.locationLimited)
        #expect(snapshot.membership(of: CowCode(2), in: "ATOP:3180", on: Day.endOfYear(1990)) == .yes)
        let afterSuspension = try #require(Day(iso: "1990-01-01"))
        #expect(
            snapshot.obligationSuspended(of: CowCode(2), towards: CowCode(920), in: "ANZUS", on: afterSuspension)
                == .yes)
        #expect(
            snapshot.obligationSuspended(of: CowCode(2), towards: CowCode(900), in: "ANZUS", on: afterSuspension) == .no
        )
        #expect(
            snapshot.obligationSuspended(of: CowCode(2), towards: CowCode(920), in: "ANZUS", on: Day.endOfYear(1980))
                == .no)
    }
}

struct VoteAndDisputeQueryTests {
    @Test func votePairsAlignRollCallsBothStatesVotedIn() async throws {
        let store = try await BundledStore.store()
        let pair = try await store.votes(of: CowCode(2), and: CowCode(200), fromYear: 1990, toYear: 1999)
        #expect(pair.rollCalls.count > 300)
        #expect(pair.rollCalls == pair.rollCalls.sorted())
        let agreement =
            Double(zip(pair.firstVotes, pair.secondVotes).filter { $0 == $1 }.count) / Double(pair.rollCalls.count)
        #expect(agreement > 0.6)
        let nuclear = try await store.votes(
            of: CowCode(2), and: CowCode(200), fromYear: 1990, toYear: 1999, issue: "nuclear")
        #expect(!nuclear.rollCalls.isEmpty && nuclear.rollCalls.count < pair.rollCalls.count)
        let calls = try await store.rollCalls(Array(nuclear.rollCalls.prefix(3)))
        #expect(calls.count == 3 && calls.allSatisfy { $0.issues.contains { $0.lowercased().contains("nuclear") } })
    }

    @Test func disputesComeFromMID() async throws {
        let store = try await BundledStore.store()
        let disputes = try await store.disputes(of: CowCode(2), fromYear: 2001, toYear: 2003)
        #expect(disputes.contains { $0.opponent == CowCode(645) })
    }
}
