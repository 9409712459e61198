import EntenteCore
import EntenteServices
import EntenteStore
import EntenteTestSupport
import Testing

/// Party counts of the arms-control and humanitarian regimes curated on 2026-11-29 (folders
/// u1-kb-curate to u6-att-more, then u7-rosters), two days each, through `members TREATY --as-of DATE` on the bundled
/// data. Each count names the depositary record or statement it rests on.
struct DataRegimeRosterTests {
    func services() async throws -> Services {
        Services(store: try await BundledStore.store())
    }

    typealias Case = TreatyRosterCase

    static let cases: [Case] = [
        // UN Treaty Collection XXVI-3 (table scraped 2014) and the later accessions (Angola, Myanmar 2015;
        // Palestine 2018-05-17): 193 parties. The OPCW counts 87 States that had ratified when it entered
        // into force on 1997-04-29 (opcw.org, "How countries become member states").
        Case(treaty: "CWC", day: "2025-06-30", parties: 193, dateUnknown: 0, partial: false, source: "UNTC XXVI-3"),
        Case(treaty: "CWC", day: "1997-04-28", parties: 87, dateUnknown: 0, partial: false, source: "opcw.org"),
        // UNTC XXVI-5 and the APMBC ISU/ICBL: Oman the 162nd (2014-08-20), Palestine the 164th (2017-12-29),
        // the Marshall Islands the 165th (2025-03-12); the Baltic withdrawals take effect 2025-12-27.
        Case(
            treaty: "Mine Ban Treaty", day: "2017-12-29", parties: 164, dateUnknown: 0, partial: false,
            source: "apminebanconvention.org"),
        Case(
            treaty: "OTTAWA", day: "2025-06-30", parties: 165, dateUnknown: 0, partial: false,
            source: "icblcmc.org"),
        Case(
            treaty: "OTTAWA", day: "2025-12-27", parties: 162, dateUnknown: 0, partial: false,
            source: "Landmine Monitor (withdrawals)"),
        // UNTC XXVI-6 as scraped in January 2014: 84 instruments deposited. Every later accession is dated since
        // u7-rosters, so the CCM is no longer flagged partial.
        Case(treaty: "CCM", day: "2014-01-27", parties: 84, dateUnknown: 0, partial: false, source: "UNTC XXVI-6"),
        Case(treaty: "CCM", day: "2010-08-01", parties: 38, dateUnknown: 0, partial: false, source: "UNTC XXVI-6"),
        // clusterconvention.org: the State of Palestine acceded on 2015-01-02 as the 89th State Party (u7-rosters).
        Case(
            treaty: "CCM", day: "2015-01-02", parties: 89, dateUnknown: 0, partial: false,
            source: "clusterconvention.org"),
        Case(
            treaty: "CCM", day: "2015-01-01", parties: 88, dateUnknown: 0, partial: false,
            source: "clusterconvention.org"),
        // UNTC status as at 2025-06-22: 111 States Parties after Lithuania's withdrawal (2025-03-06).
        Case(treaty: "CCM", day: "2025-06-30", parties: 111, dateUnknown: 0, partial: false, source: "UNTC XXVI-6"),
        // UNTC XXVI-8 as scraped in July 2014: 41 instruments; two curated parties (Guinea, Korea) have no deposit
        // date (Montenegro's is dated since u7-rosters).
        Case(treaty: "ATT", day: "2014-07-10", parties: 41, dateUnknown: 2, partial: true, source: "UNTC XXVI-8"),
        // u6-att-more: Sierra Leone deposited on 2014-08-12 as the 43rd State (globaltimes-sl.com, 2021), Switzerland
        // on 2015-01-30 (Fedlex SR 0.518.61), Tuvalu on 2015-09-04 (Control Arms); none is a party the day before.
        // Tuvalu was the 73rd State Party: with Montenegro, Lithuania and Liberia added by u7-rosters and South Africa
        // (2014-12-22, UNTC XXVI-8 French edition) the curated roster has 68 dated parties that day (+2 undated), still
        // short of the official number. Every curated count from 2015-01-29 on includes South Africa.
        Case(
            treaty: "ATT", day: "2014-08-12", parties: 43, dateUnknown: 2, partial: true, source: "globaltimes-sl.com"),
        Case(
            treaty: "ATT", day: "2014-08-11", parties: 42, dateUnknown: 2, partial: true, source: "globaltimes-sl.com"),
        // u7-rosters: Montenegro deposited on 2014-08-18 as the 44th State to ratify (Control Arms).
        Case(treaty: "ATT", day: "2014-08-18", parties: 44, dateUnknown: 2, partial: true, source: "controlarms.org"),
        Case(treaty: "ATT", day: "2014-08-17", parties: 43, dateUnknown: 2, partial: true, source: "controlarms.org"),
        Case(
            treaty: "ATT", day: "2015-01-30", parties: 59, dateUnknown: 2, partial: true, source: "Fedlex SR 0.518.61"),
        Case(
            treaty: "ATT", day: "2015-01-29", parties: 58, dateUnknown: 2, partial: true, source: "Fedlex SR 0.518.61"),
        Case(treaty: "ATT", day: "2015-09-04", parties: 68, dateUnknown: 2, partial: true, source: "controlarms.org"),
        Case(treaty: "ATT", day: "2015-09-03", parties: 67, dateUnknown: 2, partial: true, source: "controlarms.org"),
        // Lebanon, the 102nd State Party, deposited on 2019-05-09 (Control Arms): 88 dated curated parties that day.
        Case(treaty: "ATT", day: "2019-05-09", parties: 88, dateUnknown: 2, partial: true, source: "controlarms.org"),
        Case(treaty: "ATT", day: "2019-05-08", parties: 87, dateUnknown: 2, partial: true, source: "controlarms.org"),
        // u7-rosters: Namibia ratified on 2020-04-28 as the 106th State Party (Control Arms; PGA): 91 dated then.
        Case(treaty: "ATT", day: "2020-04-28", parties: 91, dateUnknown: 2, partial: true, source: "controlarms.org"),
        Case(treaty: "ATT", day: "2020-04-27", parties: 90, dateUnknown: 2, partial: true, source: "controlarms.org"),
        // The CCM Implementation Support Unit: South Sudan acceded on 2023-08-03 as State Party No. 112; with the
        // nine 2015-2020 accessions added by u7-rosters the curated roster holds exactly 112 then.
        Case(
            treaty: "CCM", day: "2023-08-03", parties: 112, dateUnknown: 0, partial: false,
            source: "clusterconvention.org"),
        Case(
            treaty: "CCM", day: "2023-08-02", parties: 111, dateUnknown: 0, partial: false,
            source: "clusterconvention.org"),
        // UNODA Treaties Database (survivalscores.org build of 2026-08-22): Cuba, the last of the 33,
        // deposited on 2002-10-23; the Treaty of Rarotonga entered into force with the 8th ratification
        // (Australia, 1986-12-11), the Marshall Islands joined 2025-03-03; Kazakhstan's was the 5th
        // Semipalatinsk deposit (2009-02-19); Pelindaba entered into force 2009-07-15 after 28 ratifications.
        Case(
            treaty: "Treaty of Tlatelolco", day: "2002-10-23", parties: 33, dateUnknown: 0, partial: false,
            source: "UNODA Tlatelolco"),
        Case(
            treaty: "TLATELOLCO", day: "2002-10-22", parties: 32, dateUnknown: 0, partial: false,
            source: "UNODA Tlatelolco"),
        Case(
            treaty: "Treaty of Rarotonga", day: "1986-12-11", parties: 8, dateUnknown: 0, partial: false,
            source: "UNODA Rarotonga"),
        Case(
            treaty: "RAROTONGA", day: "2025-06-30", parties: 14, dateUnknown: 0, partial: false,
            source: "UNODA Rarotonga"),
        Case(
            treaty: "Treaty of Semey", day: "2009-02-19", parties: 5, dateUnknown: 0, partial: false,
            source: "UNODA CANWFZ"),
        Case(
            treaty: "SEMIPALATINSK", day: "2009-02-18", parties: 4, dateUnknown: 0, partial: false,
            source: "UNODA CANWFZ"),
        Case(treaty: "PELINDABA", day: "2009-07-15", parties: 28, dateUnknown: 0, partial: true, source: "UNODA"),
        Case(treaty: "PELINDABA", day: "2025-06-30", parties: 43, dateUnknown: 0, partial: true, source: "UNODA"),
        Case(treaty: "BANGKOK", day: "1997-03-27", parties: 8, dateUnknown: 0, partial: false, source: "UNODA"),
        // osce.org/fsc/103978: the Vienna Document 2011 took effect 2011-12-01 for the 56 participating
        // States; Mongolia, admitted to the OSCE 2012-11-21, is the 57th.
        Case(
            treaty: "Vienna Document", day: "2011-12-01", parties: 56, dateUnknown: 0, partial: false,
            source: "osce.org"),
        Case(treaty: "VD", day: "2012-11-21", parties: 57, dateUnknown: 0, partial: false, source: "osce.org"),
        Case(treaty: "VD", day: "2011-11-30", parties: 0, dateUnknown: 0, partial: false, source: "osce.org"),
    ]

    @Test(arguments: cases)
    func regimePartiesOnTheDay(_ item: Case) async throws {
        try await item.check()
    }

    /// A state is not a party the day before its instrument, and is one on the day.
    @Test(arguments: [
        ("CWC", "PSE", "2018-05-17"),  // Palestine's accession (UNTC; WAFA relaying the OPCW)
        ("OTTAWA", "LKA", "2017-12-13"),  // Sri Lanka (APMBC ISU)
        ("OTTAWA", "MHL", "2025-03-12"),  // the Marshall Islands (ICBL-CMC)
        ("RAROTONGA", "MHL", "2025-03-03"),  // UNODA
        ("TLATELOLCO", "CUB", "2002-10-23"),  // UNODA
        ("VD", "MNG", "2012-11-21"),  // OSCE admission of Mongolia (bmeia.gv.at)
        ("CWC", "DEU", "1994-08-12"),  // UNTC XXVI-3
        ("ATT", "LIE", "2014-12-16"),  // Liechtenstein Office for Foreign Affairs (u6-att-more)
        ("ATT", "TCD", "2015-03-25"),  // UNTC XXVI-8 as reproduced by alayamnews.net (u6-att-more)
        ("CCM", "NGA", "2023-02-28"),  // CCM Implementation Support Unit, State Party No. 111 (u6-att-more)
        ("CCM", "NAM", "2018-08-31"),  // UN Statement of Treaties, August 2018, annex A (u7-rosters)
        ("CCM", "PSE", "2015-01-02"),  // CCM Implementation Support Unit, the 89th State Party (u7-rosters)
        ("ATT", "SUR", "2018-10-19"),  // UN Statement of Treaties, October 2018, annex A (u7-rosters)
        ("ATT", "TGO", "2015-10-08"),  // UNREC press release via aLome.com (u7-rosters)
        ("ATT", "ZAF", "2014-12-22"),  // UNTC XXVI-8, French edition of the status table (ATT, 07:00 session)
    ])
    func notAPartyBeforeItsDate(treaty: String, party: String, day: String) async throws {
        let services = try await services()
        let on = try #require(Day(iso: day))
        let before = try await services.members(organisation: treaty, asOf: on.adding(days: -1))
        let after = try await services.members(organisation: treaty, asOf: on)
        #expect(!(before.treaty?.parties.contains { $0.party == party } ?? true))
        #expect(after.treaty?.parties.contains { $0.party == party } == true)
    }

    @Test func withdrawalsAndStalenessAreKept() async throws {
        let services = try await services()
        // Lithuania left the Ottawa Convention on 2025-12-27 and the CCM on 2025-03-06 (t2-conventional).
        let ottawa = try await services.members(organisation: "OTTAWA", asOf: try #require(Day(iso: "2025-12-27")))
        #expect(ottawa.treaty?.withdrawn.contains { $0.party == "LTU" } == true)
        #expect(!(ottawa.treaty?.parties.contains { $0.party == "LTU" } ?? true))
        let ccm = try await services.members(organisation: "CCM", asOf: try #require(Day(iso: "2025-06-30")))
        #expect(ccm.treaty?.withdrawn.contains { $0.party == "LTU" } == true)
        // The United States signed the ATT (2013-09-25) and never ratified: a signatory, not a party.
        let att = try await services.members(organisation: "ATT", asOf: try #require(Day(iso: "2025-06-30")))
        #expect(att.treaty?.signatories.contains { $0.party == "USA" } == true)
        #expect(!(att.treaty?.parties.contains { $0.party == "USA" } ?? true))
    }
}
