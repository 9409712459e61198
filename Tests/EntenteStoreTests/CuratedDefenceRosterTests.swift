import EntenteCore
import EntenteStore
import EntenteTestSupport
import Testing

/// The EU's defence frameworks on the bundled data: CSDP participation (u1-kb-curate, derived from the
/// EU roster with Denmark's opt-out) and PESCO (m1-global), each count with the source it rests on.
struct CuratedDefenceRosterTests {
    @Test(arguments: [
        // EUR-Lex summary "The EU's Common Security and Defence Policy": every Member State; Denmark's
        // defence opt-out kept it out until 1 July 2022 (babel.ua quoting FM Kofod and HR Borrell).
        ("2010-06-30", 26, "EUR-Lex; Denmark opted out"),
        ("2013-07-01", 27, "Croatia joined the EU 2013-07-01"),
        ("2020-02-01", 26, "the United Kingdom left the EU 2020-01-31"),
        ("2022-06-30", 26, "Denmark's opt-out still in force"),
        ("2022-07-01", 27, "Denmark participates from 2022-07-01 (babel.ua)"),
    ])
    func csdpParticipants(day: String, count: Int, source: String) async throws {
        let store = try await BundledStore.store()
        let roster = try await store.members(of: "CSDP", asOf: try #require(Day(iso: day)))
        #expect(roster.members.count == count, "\(source)")
        #expect(roster.entries.allSatisfy { !$0.carriedForward })
    }

    @Test func denmarkIsNotInTheCSDPBeforeItsOptOutEnded() async throws {
        let store = try await BundledStore.store()
        let denmark = try await store.directory().resolve("DNK").cow
        let before = try #require(Day(iso: "2022-06-30"))
        let after = try #require(Day(iso: "2022-07-01"))
        #expect(try await store.isMember(denmark, of: "CSDP", on: before) == .no)
        #expect(try await store.isMember(denmark, of: "CSDP", on: after) == .yes)
        // Denmark was an EU member throughout: the opt-out, not the membership, is what the roster shows.
        #expect(try await store.isMember(denmark, of: "EU", on: before) == .yes)
        #expect(try await store.organisation(named: "Common Security and Defence Policy").id == "CSDP")
    }

    @Test func pescoFollowsTheCouncilDecisions() async throws {
        // Council Decision (CFSP) 2017/2315 (25 Member States, 2017-12-11) and (CFSP) 2023/1015 (Denmark,
        // 2023-05-23), EUR-Lex; Malta has never taken part.
        let store = try await BundledStore.store()
        let denmark = try await store.directory().resolve("DNK").cow
        let malta = try await store.directory().resolve("MLT").cow
        #expect(try await store.isMember(denmark, of: "PESCO", on: try #require(Day(iso: "2023-05-22"))) == .no)
        #expect(try await store.isMember(denmark, of: "PESCO", on: try #require(Day(iso: "2023-05-23"))) == .yes)
        #expect(try await store.isMember(malta, of: "PESCO", on: try #require(Day(iso: "2025-06-30"))) == .no)
        let founding = try await store.members(of: "PESCO", asOf: try #require(Day(iso: "2017-12-10")))
        #expect(founding.entries.isEmpty)
    }
}
