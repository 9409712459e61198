import EntenteCore
import EntenteStore
import EntenteTestSupport
import Testing

/// Member counts of the curated organisations on the bundled data, two dates each, with the source
/// the count rests on (the row's `source_url` in curated/memberships.csv, or the organisation's own
/// statement of its size).
struct CuratedRosterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var organisation: String
        var day: String
        /// Participants on the day with a dated spell (every status).
        var participants: Int
        /// Full members among them.
        var members: Int
        var source: String
        var testDescription: String { "\(organisation) on \(day)" }
    }

    static let cases: [Case] = [
        // https://www.un.org/en/about-us/member-states — 193 Members; South Sudan admitted 2011-07-14.
        Case(organisation: "UN", day: "2025-06-30", participants: 195, members: 193, source: "un.org member states"),
        Case(organisation: "UN", day: "2011-07-13", participants: 194, members: 192, source: "un.org member states"),
        // https://www.eata.ee/en/nato/nato-member-countries/ — Sweden the 32nd, 2024-03-07.
        Case(organisation: "NATO", day: "2024-06-30", participants: 32, members: 32, source: "eata.ee"),
        Case(organisation: "NATO", day: "2024-03-06", participants: 31, members: 31, source: "eata.ee"),
        // European Commission enlargement pages; UK left 2020-01-31 (government.nl).
        Case(organisation: "EU", day: "2019-12-31", participants: 28, members: 28, source: "ec.europa.eu"),
        Case(organisation: "EU", day: "2020-02-01", participants: 27, members: 27, source: "government.nl"),
        // Council Decision (CFSP) 2017/2315 (25 states); Denmark by Decision (CFSP) 2023/1015.
        Case(organisation: "PESCO", day: "2023-01-01", participants: 25, members: 25, source: "eur-lex.europa.eu"),
        Case(organisation: "PESCO", day: "2025-06-30", participants: 26, members: 26, source: "eur-lex.europa.eu"),
        // https://head-post.com/belarus-joins-sco-becomes-its-10th-member-state — 10 members from 2024-07-04;
        // 2 observers (Mongolia, Afghanistan) and 14 dialogue partners until the 2025-09-01 Tianjin merger.
        Case(organisation: "SCO", day: "2025-06-30", participants: 26, members: 10, source: "head-post.com"),
        Case(organisation: "SCO", day: "2017-06-09", participants: 18, members: 8, source: "Astana summit 2017"),
        // https://www.mfa.gov.cn/eng/xw/zyjh/202405/t20240530_11340081.html — 5 members until 2024;
        // Egypt, Ethiopia, Iran, UAE from 2024-01-01, Indonesia 2025-01-06; 10 partners in 2025.
        Case(organisation: "BRICS", day: "2023-12-31", participants: 5, members: 5, source: "mfa.gov.cn"),
        Case(organisation: "BRICS", day: "2025-06-30", participants: 20, members: 10, source: "mfa.gov.cn"),
        // https://webintra.cvce.eu/… and osce.org — 57 participating States (Bosnia and Herzegovina undated, apart).
        Case(organisation: "OSCE", day: "2025-06-30", participants: 56, members: 56, source: "osce.org"),
        Case(
            organisation: "OSCE", day: "2012-11-20", participants: 55, members: 55,
            source: "osce.org, Mongolia 2012-11-21"),
        // 24.kg — Armenia froze its participation 2024-02-22.
        Case(organisation: "CSTO", day: "2023-06-30", participants: 6, members: 6, source: "24.kg"),
        Case(organisation: "CSTO", day: "2025-06-30", participants: 6, members: 5, source: "24.kg"),
        // Indian MEA statement 2017-11-12 (revival) — AUS, IND, JPN, USA.
        Case(organisation: "QUAD", day: "2025-06-30", participants: 4, members: 4, source: "mea.gov.in"),
        Case(organisation: "QUAD", day: "2010-01-01", participants: 0, members: 0, source: "parlinfo.aph.gov.au"),
        // https://iaea.org/…/communication-dated-15-september-2021… — AUKUS from 2021-09-15.
        Case(organisation: "AUKUS", day: "2021-09-14", participants: 0, members: 0, source: "IAEA INFCIRC"),
        Case(organisation: "AUKUS", day: "2025-06-30", participants: 3, members: 3, source: "IAEA INFCIRC"),
        // https://kampuspedia.com/en/UKUSA_Agreement — five partners since 1956.
        Case(organisation: "FVEY", day: "2025-06-30", participants: 5, members: 5, source: "UKUSA Agreement"),
        Case(organisation: "FVEY", day: "1947-01-01", participants: 2, members: 2, source: "UKUSA Agreement"),
        // ARF Chairman's Statements — 27 participants since Sri Lanka 2007.
        Case(organisation: "ARF", day: "2025-06-30", participants: 27, members: 27, source: "aseanregionalforum.org"),
        Case(organisation: "ARF", day: "2000-01-01", participants: 22, members: 22, source: "aseanregionalforum.org"),
        // aph.gov.au (EAS 2005: 16), USA/RUS 2011, Timor-Leste at the 20th EAS 2025-10-27 (Antara).
        Case(organisation: "EAS", day: "2011-01-01", participants: 16, members: 16, source: "aph.gov.au"),
        Case(organisation: "EAS", day: "2025-12-31", participants: 19, members: 19, source: "antaranews.com"),
        // http://amo.au.int/en/member-states — 55 members; Morocco deposited its accession 2017-01-31.
        Case(organisation: "AU", day: "2025-06-30", participants: 55, members: 50, source: "amo.au.int"),
        Case(organisation: "AU", day: "2017-01-30", participants: 54, members: 54, source: "amo.au.int"),
        // https://apanews.net/ten-countries-elected-into-aus-psc — 15 Council members.
        Case(organisation: "AU-PSC", day: "2025-06-30", participants: 15, members: 15, source: "apanews.net"),
        // https://reliefweb.int/organization/ecowas — BFA, MLI, NER left 2025-01-29.
        Case(organisation: "ECOWAS", day: "2024-06-30", participants: 16, members: 11, source: "ecowas.int"),
        Case(organisation: "ECOWAS", day: "2025-06-30", participants: 13, members: 11, source: "ecowas.int"),
        // http://m.gulfnews.com/1.919930 — six founders 1981-05-25.
        Case(organisation: "GCC", day: "2025-06-30", participants: 6, members: 6, source: "gulfnews.com"),
        Case(organisation: "GCC", day: "1981-05-24", participants: 0, members: 0, source: "gulfnews.com"),
        // https://en.wikipedia.org/wiki/Member_states_of_the_Arab_League — 22; Syria suspended 2011-11-16.
        Case(organisation: "LAS", day: "2012-06-30", participants: 22, members: 21, source: "Arab League member table"),
        Case(organisation: "LAS", day: "2025-06-30", participants: 22, members: 22, source: "Xinhua 2023-05-07"),
        // http://www.oas.org/en/sla/dil/inter_american_treaties_A-41_charter_OAS_signatories.asp — 35;
        // Venezuela left 2019-04-27, Nicaragua 2023-11-19.
        Case(organisation: "OAS", day: "2010-06-30", participants: 35, members: 34, source: "oas.org A-41"),
        Case(organisation: "OAS", day: "2025-06-30", participants: 33, members: 33, source: "oas.org A-41"),
        // http://www.nzhistory.net.nz/anzus-comes-into-force — in force 1952-04-29.
        Case(organisation: "ANZUS", day: "2025-06-30", participants: 3, members: 3, source: "nzhistory.net.nz"),
        Case(organisation: "ANZUS", day: "1952-04-28", participants: 0, members: 0, source: "nzhistory.net.nz"),
    ]

    @Test(arguments: cases)
    func curatedRosterCount(_ item: Case) async throws {
        let store = try await BundledStore.store()
        let roster = try await store.members(of: item.organisation, asOf: try #require(Day(iso: item.day)))
        #expect(roster.entries.count == item.participants, "\(item.source)")
        #expect(roster.members.count == item.members, "\(item.source)")
        // Curated to 2025: nothing on these days is carried forward.
        #expect(roster.entries.allSatisfy { !$0.carriedForward })
    }

    @Test func suspendedAndFrozenStatusesAreKept() async throws {
        let store = try await BundledStore.store()
        let csto = try await store.members(of: "CSTO", asOf: try #require(Day(iso: "2025-06-30")))
        #expect(csto.entries.first { $0.state.iso3 == "ARM" }?.status == .frozen)
        let arab = try await store.members(of: "Arab League", asOf: try #require(Day(iso: "2012-06-30")))
        #expect(arab.entries.first { $0.state.iso3 == "SYR" }?.status == .suspended)
        let sco = try await store.members(of: "SCO", asOf: try #require(Day(iso: "2025-06-30")))
        #expect(sco.entries.first { $0.state.iso3 == "TUR" }?.status == .dialoguePartner)
    }

    @Test func membersWithoutAJoiningDateAreListedApart() async throws {
        // m2-regional: PIF joining dates of PNG, SLB, TUV, VUT, FSM, MHL, PLW, NIU, KIR not found; u7-rosters dated
        // Solomon Islands and Tuvalu (1978) and Vanuatu (1980) from the Forum communiqués. Kiribati's undated
        // spell ended in 2022, so five members are undated on the day.
        let store = try await BundledStore.store()
        let pif = try await store.members(of: "Pacific Islands Forum", asOf: try #require(Day(iso: "2025-06-30")))
        #expect(pif.dateUnknown.count == 5)
        #expect(pif.entries.contains { $0.state.iso3 == "VUT" })
        let before = try await store.members(of: "Pacific Islands Forum", asOf: try #require(Day(iso: "1980-07-14")))
        #expect(!before.entries.contains { $0.state.iso3 == "VUT" })
        #expect(pif.members.count + pif.dateUnknown.count == 18)
        #expect(!pif.entries.contains { $0.state.iso3 == "PNG" })
        #expect(pif.dateUnknown.contains { $0.state.iso3 == "PNG" })
        let osce = try await store.members(of: "OSCE", asOf: try #require(Day(iso: "2025-06-30")))
        #expect(osce.dateUnknown.map(\.state.iso3) == ["BIH"])
        #expect(
            try await store.isMember(CowCode(346), of: "OSCE", on: try #require(Day(iso: "2025-06-30"))) == .unknown)
    }

    @Test(arguments: [
        ("Shanghai Cooperation Organisation", "SCO"), ("United Nations", "UN"), ("Arab League", "LAS"),
        ("Perserikatan Bangsa-Bangsa", "UN"), ("QSD", "QUAD"), ("Quad", "QUAD"), ("CSCE", "OSCE"),
        ("Organisation of African Unity", "AU"), ("Uni Eropa", "EU"), ("Non-Proliferation Treaty", "NPT"),
        ("Perhimpunan Bangsa-Bangsa Asia Tenggara", "ASEAN"), ("north atlantic treaty organisation", "NATO"),
    ])
    func organisationsResolveByAlias(name: String, id: String) async throws {
        let store = try await BundledStore.store()
        #expect(try await store.organisation(named: name).id == id)
    }

    /// One id per body: the dataset's duplicate ids are gone, their rows before the curated record
    /// kept under the curated id.
    @Test func datasetDuplicatesJoinTheCuratedBody() async throws {
        let store = try await BundledStore.store()
        let ids = Set(try await store.organisations().map(\.id))
        for merged in ["QSD", "CSCE", "LOAS", "OAU", "EEC", "S5"] { #expect(!ids.contains(merged)) }
        // The OAU (COW IGO) before the AU's curated start, under AU.
        let oau = try await store.members(of: "AU", asOf: try #require(Day(iso: "1990-06-30")))
        #expect(oau.entries.count > 40)
        #expect(oau.sources == ["cow-igo-3"])
        // The CSCE's informal-IGO rows are in the curated OSCE record from 1973: the curated rows win.
        let csce = try await store.members(of: "OSCE", asOf: try #require(Day(iso: "1980-06-30")))
        #expect(csce.sources == ["entente-curated"])
        // The UN's COW rows start in 1945 like the curated ones: none precede the UN.
        let un = try await store.members(of: "UN", asOf: try #require(Day(iso: "1945-06-30")))
        #expect(un.entries.isEmpty)
    }

    @Test func curatedSpellsAreCarriedForwardOnlyAfterTheCuratedRecordEnds() async throws {
        let store = try await BundledStore.store()
        let later = try await store.members(of: "NATO", asOf: try #require(Day(iso: "2027-06-30")))
        #expect(!later.entries.isEmpty && later.entries.allSatisfy(\.carriedForward))
        // A COW-IGO-only body past 2014 is carried forward.
        let wto = try await store.members(of: "WTO", asOf: try #require(Day(iso: "2020-06-30")))
        #expect(!wto.entries.isEmpty && wto.entries.allSatisfy(\.carriedForward))
    }
}

/// Undated memberships never answer yes: in the law snapshot and in the world's organisation layer.
struct UndatedMembershipTests {
    @Test func anUndatedMemberIsUnknownNotYes() async throws {
        let store = try await BundledStore.store()
        let snapshot = try await store.knowledgeSnapshot()
        // Papua New Guinea in the Pacific Islands Forum: joining date not found (m2-regional notes).
        let png = try await store.directory().resolve("PNG").cow
        #expect(snapshot.membership(of: png, in: "PIF", on: try #require(Day(iso: "2020-06-30"))) == .unknown)
        // Fiji's spell is dated (founder 1971-08-05, ADB ARIC page): yes outside its 2009–2014 suspension.
        let fiji = try await store.directory().resolve("FJI").cow
        #expect(snapshot.membership(of: fiji, in: "PIF", on: try #require(Day(iso: "2020-06-30"))) == .yes)
        let world = try await store.world(asOf: try #require(Day(iso: "2020-06-30")))
        let pngID = try #require(world.id(of: png))
        #expect(!(world.members["PIF"]?.contains(pngID) ?? false))
    }
}
