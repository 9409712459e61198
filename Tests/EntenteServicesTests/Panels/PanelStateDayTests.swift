import EntenteCore
import EntenteServices
import EntenteStore
import EntenteTestSupport
import Testing

/// The state-day unit on the bundled store; expected values read from the bundled files (COW state
/// system v2024, the curated treaty status and memberships, ATOP 4.01 member level).
struct PanelStateDayTests {
    func panel(_ year: Int, _ states: [String], _ groups: [PanelGroup]) async throws -> PanelTable {
        let services = Services(store: try await BundledStore.store())
        return try await services.panel(
            PanelRequest(unit: .stateDay, from: year, to: year, states: states, groups: groups)
        ).table
    }

    @Test func treatyStatusChangesOnTheDepositDay() async throws {
        let t = try await panel(1976, ["INS"], [.regimes])
        // Indonesia signed the TAC at Bali on 1976-02-24; a leap year has 366 rows.
        #expect(t.rowCount == 366)
        #expect(t.column("tac")?.integer(try #require(t.row(date: 19_760_223, 850))) == 0)
        #expect(t.column("tac")?.integer(try #require(t.row(date: 19_760_224, 850))) == 2)
        let us = try await panel(1996, ["USA"], [.regimes])
        // The United States signed the CTBT on 1996-09-24.
        #expect(us.column("ctbt")?.integer(try #require(us.row(date: 19_960_923, 2))) == 0)
        #expect(us.column("ctbt")?.integer(try #require(us.row(date: 19_960_924, 2))) == 1)
    }

    @Test func alliancesInForceOnTheDay() async throws {
        // ATOP 4.01: Germany is in six alliances on 1939-08-22 and seven from 1939-08-23 (no. 2470
        // with the Soviet Union); 2470 ends on 1941-06-22.
        let t = try await panel(1939, ["GMY"], [.treatyDays])
        #expect(t.column("atop_alliances")?.integer(try #require(t.row(date: 19_390_822, 255))) == 6)
        #expect(t.column("atop_alliances")?.integer(try #require(t.row(date: 19_390_823, 255))) == 7)
        let end = try await panel(1941, ["GMY"], [.treatyDays])
        #expect(end.column("atop_alliances")?.integer(try #require(end.row(date: 19_410_622, 255))) == 4)
        #expect(end.column("atop_alliances")?.integer(try #require(end.row(date: 19_410_623, 255))) == 3)
    }

    @Test func rowsFollowTheStateSystemToTheDay() async throws {
        // COW: Germany (255) leaves the system on 1945-05-08.
        let t = try await panel(1945, ["GMY"], [.treatyDays])
        #expect(t.row(date: 19_450_508, 255) != nil)
        #expect(t.row(date: 19_450_509, 255) == nil)
        #expect(t.rowCount == 128)
    }

    @Test func securityOrganisationsOnTheDay() async throws {
        // The United States joins ADMM-Plus (as a partner) on 2010-10-12, beside NATO, ANZUS, OSCE,
        // OAS and IADEFB.
        let t = try await panel(2010, ["USA"], [.securityOrgs])
        #expect(t.column("security_orgs")?.integer(try #require(t.row(date: 20_101_011, 2))) == 5)
        #expect(t.column("security_orgs")?.integer(try #require(t.row(date: 20_101_012, 2))) == 6)
        #expect(t.column("defence_orgs")?.integer(try #require(t.row(date: 20_101_012, 2))) == 2)
    }

    @Test func yearlyGroupsAreRefusedForStateDays() async throws {
        let services = Services(store: try await BundledStore.store())
        let refused = await #expect(throws: EntenteError.self) {
            try await services.panel(PanelRequest(unit: .stateDay, from: 2000, to: 2000, groups: [.capabilities]))
        }
        #expect(refused?.message.contains("security-orgs") == true)
    }
}
