import EntenteCore
import EntenteServices
import EntenteStore
import EntenteTestSupport
import Testing

/// The defence-diplomacy panel columns on the bundled store. Every expected value was read from the
/// bundled files (MME v7's wide file, Thompson–Dreyer rivalries, COW IGO and curated membership
/// spells, ATOP 5.1 directed dyad-years and 4.01 member level, the curated treaty status).
struct PanelDiplomacyTests {
    func services() async throws -> Services {
        Services(store: try await BundledStore.store())
    }

    func panel(
        _ from: Int, _ to: Int, _ states: [String], _ groups: [PanelGroup], unit: PanelUnit = .dyadYear
    ) async throws -> PanelReport {
        try await services().panel(PanelRequest(unit: unit, from: from, to: to, states: states, groups: groups))
    }

    @Test func talismanSabreYearCountsDomainsAndMultilateralShare() async throws {
        // MME 2007, Australia and the United States together: Red Flag-Alaska (Air, with France),
        // Red Flag-Alaska 07-2 (Air, with Singapore), Talisman Sabre 2007 (Air, Land, Sea, Amphibious,
        // bilateral), Malabar 07 (Air, Sea; 5 states), Pacific Shield 07 (Sea; 7), Pacific Reach 2007 (Sea; 5).
        let t = try await panel(2005, 2007, ["USA", "AUS"], [.exercises]).table
        let row = try #require(t.row(year: 2007, 2, 900))
        #expect(t.column("mme_exercises")?.integer(row) == 6)
        #expect(t.column("mme_air")?.integer(row) == 4)
        #expect(t.column("mme_sea")?.integer(row) == 4)
        #expect(t.column("mme_land")?.integer(row) == 1)
        #expect(t.column("mme_amphibious")?.integer(row) == 1)
        #expect(t.column("mme_cyber")?.integer(row) == 0)
        #expect(t.column("mme_cpx")?.integer(row) == 0)
        // Talisman Sabre (four domains) and Malabar (Air and Sea).
        #expect(t.column("mme_multidomain")?.integer(row) == 2)
        #expect(t.column("mme_multilateral")?.integer(row) == 5)
        let share = try #require(t.column("mme_multilateral_share")?.real(row))
        #expect(abs(share - 5.0 / 6.0) < 1e-12)
        // 2005: an unnamed land exercise with Canada and the United Kingdom, Talisman Sabre 2005
        // (Air, Land; bilateral) and Deep Saber (Air, Sea; 13 states).
        let y2005 = try #require(t.row(year: 2005, 2, 900))
        #expect(t.column("mme_exercises")?.integer(y2005) == 3)
        #expect(t.column("mme_land")?.integer(y2005) == 2)
        #expect(t.column("mme_multidomain")?.integer(y2005) == 2)
        #expect(t.column("mme_multilateral")?.integer(y2005) == 2)
    }

    @Test func noJointExerciseLeavesTheShareMissingAndMMEEndsIn2010() async throws {
        let t = try await panel(2010, 2011, ["BOL", "MON", "USA", "AUS"], [.exercises]).table
        let none = try #require(t.row(year: 2010, 145, 712))
        #expect(t.column("mme_exercises")?.integer(none) == 0)
        #expect(t.column("mme_land")?.integer(none) == 0)
        #expect(t.column("mme_multilateral_share")?.real(none) == nil)
        let after = try #require(t.row(year: 2011, 2, 900))
        #expect(t.column("mme_land")?.integer(after) == nil)
        #expect(t.column("mme_multilateral_share")?.real(after) == nil)
    }

    @Test func exercisesWithTheOtherSidesRival() async throws {
        // 2007 rivals: the United States with Cuba, China and (from 2007) Russia; Japan with China;
        // Australia with none.
        let t = try await panel(2007, 2007, ["USA", "AUS", "JPN"], [.rivalExercises]).table
        let usAus = try #require(t.row(year: 2007, 2, 900))
        #expect(t.column("rival_ex12")?.integer(usAus) == 0)
        // Australia exercised with China (mme3035, with New Zealand).
        #expect(t.column("rival_ex21")?.integer(usAus) == 1)
        let usJpn = try #require(t.row(year: 2007, 2, 740))
        // The United States with China: mme2938 and Aman 07.
        #expect(t.column("rival_ex12")?.integer(usJpn) == 2)
        // Japan with China and Russia in mme2938 (counted once), and with Russia in a SAREX.
        #expect(t.column("rival_ex21")?.integer(usJpn) == 2)
    }

    @Test func rivalExercisesAreDyadicOnly() async throws {
        let services = try await services()
        await #expect(throws: EntenteError.self) {
            try await services.panel(PanelRequest(unit: .stateYear, from: 2000, to: 2000, groups: [.rivalExercises]))
        }
    }

    @Test func sharedSecurityOrganisationsFollowTheNetworkLayersList() async throws {
        let report = try await panel(1970, 2010, ["USA", "AUS"], [.securityOrgs])
        let t = report.table
        func shared(_ year: Int) throws -> [Int?] {
            let row = try #require(t.row(year: year, 2, 900))
            return [t.column("security_orgs")?.integer(row), t.column("defence_orgs")?.integer(row)]
        }
        // SEATO (to 1977) and ANZUS.
        #expect(try shared(1970) == [2, 2])
        #expect(try shared(2007) == [1, 1])
        // ADMM-Plus from 2010-10-12, both as partners.
        #expect(try shared(2010) == [2, 1])
        let entry = try #require(report.codebook.entries.first { $0.column == "security_orgs" })
        #expect(entry.meaning.contains("ADMM-PLUS") && entry.meaning.contains("UN"))
        #expect(entry.source == "cow-igo-3")
        // The United States in 2010: NATO, ANZUS, OSCE, OAS, IADEFB and ADMM-Plus; NATO and ANZUS defend.
        let states = try await panel(2010, 2010, ["USA"], [.securityOrgs], unit: .stateYear).table
        #expect(states.column("security_orgs")?.integer(0) == 6)
        #expect(states.column("defence_orgs")?.integer(0) == 2)
    }

    @Test func obligationsByTypeAndDirection() async throws {
        // ATOP 5.1, 1985: the United States owes Japan defense, non-aggression and consultation;
        // Japan owes the United States non-aggression and consultation only.
        let t = try await panel(1985, 1985, ["USA", "JPN"], [.alliances, .obligations]).table
        #expect(t.column("atop_defense")?.integer(0) == 1)
        #expect(t.column("atop_defense_1to2")?.integer(0) == 1)
        #expect(t.column("atop_defense_2to1")?.integer(0) == 0)
        #expect(t.column("atop_nonagg_2to1")?.integer(0) == 1)
        #expect(t.column("atop_consul_2to1")?.integer(0) == 1)
        #expect(t.column("atop_offense_1to2")?.integer(0) == 0)
        let directed = try await panel(1985, 1985, ["USA", "JPN"], [.obligations], unit: .directedDyadYear).table
        #expect(directed.column("atop_defense_1to2") == nil)
        let japanUS = try #require(directed.row(year: 1985, 740, 2))
        #expect(directed.column("atop_defense_2to1")?.integer(japanUS) == 1)
        // Japan is owed defense by one state (the United States) and owes it to none.
        let japan = try await panel(1985, 1985, ["JPN"], [.alliances, .obligations], unit: .stateYear).table
        #expect(japan.column("atop_defense_owed")?.integer(0) == 1)
        #expect(japan.column("atop_defense_partners")?.integer(0) == 0)
    }

    @Test func treatyStatusOnThirtyFirstDecember() async throws {
        let t = try await panel(1975, 2012, ["USA", "INS"], [.regimes]).table
        func value(_ column: String, _ year: Int) -> Int? {
            t.row(year: year, 2, 850).flatMap { t.column(column)?.integer($0) }
        }
        // Indonesia signed the TAC at Bali on 1976-02-24.
        #expect(value("tac2", 1975) == 0)
        #expect(value("tac2", 1976) == 2)
        // The United States acceded to the TAC on 2009-07-23.
        #expect(value("tac1", 2008) == 0)
        #expect(value("tac1", 2009) == 2)
        // Indonesia signed the NPT in 1970 and deposited in 1979; the United States is a party from 1970.
        #expect(value("npt2", 1978) == 1)
        #expect(value("npt2", 1979) == 2)
        #expect(value("npt1", 1975) == 2)
        // The CTBT: the United States signed on 1996-09-24 and has not ratified; Indonesia ratified in 2012.
        #expect(value("ctbt1", 1995) == 0)
        #expect(value("ctbt1", 1996) == 1)
        #expect(value("ctbt1", 2012) == 1)
        #expect(value("ctbt2", 2011) == 1)
        #expect(value("ctbt2", 2012) == 2)
        // North Korea's NPT withdrawal took effect on 2003-04-10.
        let prk = try await panel(2002, 2003, ["PRK"], [.regimes], unit: .stateYear).table
        #expect(prk.column("npt")?.integer(try #require(prk.row(year: 2002, 731))) == 2)
        #expect(prk.column("npt")?.integer(try #require(prk.row(year: 2003, 731))) == 0)
    }

    @Test func regimeRostersAreCompleteInTheStore() async throws {
        // The `regimes` codebook calls the three rosters complete (a state absent is 0): the data must agree.
        let organisations = try await services().store.organisations()
        for treaty in ["NPT", "CTBT", "TAC"] {
            let organisation = try #require(organisations.first { $0.id == treaty })
            #expect(organisation.completeness == .complete)
        }
        let report = try await panel(2000, 2000, ["USA", "CAN"], [.regimes])
        #expect(report.codebook.entries.first { $0.column == "npt1" }?.completeness == "complete")
        #expect(!report.warnings.contains { $0.hasPrefix("regimes:") && $0.contains("partial") })
    }

    @Test func daysUnderACommonTreatyAreDayPrecise() async throws {
        // ATOP 4.01 alliance 2470: Germany and the Soviet Union from 1939-08-23 to 1941-06-22.
        let t = try await panel(1939, 1941, ["GMY", "RUS"], [.treatyDays]).table
        func days(_ year: Int) -> Int? {
            t.row(year: year, 255, 365).flatMap { t.column("common_treaty_days")?.integer($0) }
        }
        #expect(days(1939) == 131)
        #expect(days(1940) == 366)
        #expect(days(1941) == 173)
        // ATOP 4.01 ends in 2016: 2016 (a leap year) is covered, 2017 is missing.
        let nato = try await panel(2016, 2017, ["USA", "CAN"], [.treatyDays])
        let table = nato.table
        #expect(table.column("common_treaty_days")?.integer(try #require(table.row(year: 2016, 2, 20))) == 366)
        #expect(table.column("common_treaty_days")?.integer(try #require(table.row(year: 2017, 2, 20))) == nil)
        #expect(nato.warnings.contains { $0.hasPrefix("treaty-days:") })
        let state = try await panel(2000, 2000, ["USA"], [.treatyDays], unit: .stateYear).table
        #expect(state.column("alliance_days")?.integer(0) == 366)
    }

    @Test func newGroupsParseWithSuggestions() throws {
        #expect(
            try PanelGroup.parse(["security_orgs,treaty-days,Regimes,obligations,rival-exercises"]) == [
                .securityOrgs, .treatyDays, .regimes, .obligations, .rivalExercises,
            ])
        let typo = #expect(throws: EntenteError.self) { try PanelGroup.parse(["treaty-day"]) }
        #expect(typo?.message.contains("Did you mean treaty-days") == true)
    }
}
