import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// Research panels on the bundled store, pinned to values read from the bundled files.
struct PanelServiceTests {
    func services() async throws -> Services {
        Services(store: try await BundledStore.store())
    }

    func dyads(_ from: Int, _ to: Int, _ states: [String], _ groups: [PanelGroup], unit: PanelUnit = .dyadYear)
        async throws -> PanelTable
    {
        try await services().panel(PanelRequest(unit: unit, from: from, to: to, states: states, groups: groups)).table
    }

    @Test func unitedStatesAndCanadaShareALandBorderIn2000() async throws {
        let table = try await dyads(2000, 2000, ["USA", "CAN", "MEX", "CUB"], [.contiguity, .distance])
        let row = try #require(table.row(year: 2000, 2, 20))
        #expect(table.column("conttype")?.integer(row) == 1)
        // Cuba is across ≤150 miles of water from the United States (type 4 in COW 3.2), not on land.
        let cuba = try #require(table.row(year: 2000, 2, 40))
        #expect(table.column("conttype")?.integer(cuba) == 4)
        // Washington–Ottawa is about 735 km.
        let km = try #require(table.column("capdist_km")?.real(row))
        #expect(km > 700 && km < 770)
        // Four states, six dyads in one year.
        #expect(table.rowCount == 6)
    }

    @Test func unitedStatesAndSovietUnionAreAMajorPowerDyadIn1985() async throws {
        let table = try await dyads(1985, 1985, ["USA", "RUS", "CAN"], [.majors])
        let row = try #require(table.row(year: 1985, 2, 365))
        #expect(table.column("major1")?.integer(row) == 1)
        #expect(table.column("major2")?.integer(row) == 1)
        let canada = try #require(table.row(year: 1985, 2, 20))
        #expect(table.column("major2")?.integer(canada) == 0)
    }

    @Test func natoDyadsHaveAnAtopDefenseObligationIn1985() async throws {
        let nato = ["USA", "UKG", "FRN", "GFR", "ITA"]
        let table = try await dyads(1985, 1985, nato, [.alliances])
        #expect(table.rowCount == 10)
        let defense = try #require(table.column("atop_defense"))
        for row in 0..<table.rowCount { #expect(defense.integer(row) == 1) }
        // The Soviet Union owed the United States no defense.
        let other = try await dyads(1985, 1985, ["USA", "RUS"], [.alliances])
        #expect(other.column("atop_defense")?.integer(0) == 0)
    }

    @Test func aMidOnsetAndPeaceYearsResettingAfterIt() async throws {
        // MID 5: the United States and China begin disputes in 1994, 1995 and 1999, none in 1996–1998.
        let table = try await dyads(1994, 2000, ["USA", "CHN"], [.disputes, .peaceYears])
        func value(_ column: String, _ year: Int) -> Int? {
            table.row(year: year, 2, 710).flatMap { table.column(column)?.integer($0) }
        }
        #expect(value("mid_onset", 1995) == 1)
        #expect(value("mid_onset", 1996) == 0)
        #expect(value("mid_onset", 1999) == 1)
        #expect(value("peace_years", 1995) == 0)
        #expect(value("peace_years", 1996) == 0)
        #expect(value("peace_years", 1997) == 1)
        #expect(value("peace_years", 1998) == 2)
        #expect(value("peace_years", 1999) == 3)
        #expect(value("peace_years2", 1999) == 9)
        #expect(value("peace_years3", 1999) == 27)
        #expect(value("peace_years", 2000) == 0)
    }

    @Test func peaceYearsDoNotDependOnTheFirstYearAsked() async throws {
        let early = try await dyads(1990, 1999, ["USA", "CHN"], [.peaceYears])
        let late = try await dyads(1998, 1999, ["USA", "CHN"], [.peaceYears])
        let a = try #require(early.row(year: 1998, 2, 710))
        let b = try #require(late.row(year: 1998, 2, 710))
        #expect(early.column("peace_years")?.integer(a) == late.column("peace_years")?.integer(b))
    }

    @Test func cellsOutsideASourcesCoverageAreMissingNotZero() async throws {
        let services = try await services()
        let report = try await services.panel(
            PanelRequest(unit: .dyadYear, from: 2016, to: 2020, states: ["USA", "CAN"], groups: [.alliances, .majors]))
        let table = report.table
        // ATOP 5.1 ends in 2018 and COW majors in 2016.
        let y2018 = try #require(table.row(year: 2018, 2, 20))
        let y2019 = try #require(table.row(year: 2019, 2, 20))
        #expect(table.column("atop_defense")?.integer(y2018) == 1)
        #expect(table.column("atop_defense")?.integer(y2019) == nil)
        #expect(table.column("major1")?.integer(try #require(table.row(year: 2017, 2, 20))) == nil)
        #expect(report.warnings.contains { $0.hasPrefix("alliances:") && $0.contains("2016–2018") })
        let entry = try #require(report.codebook.entries.first { $0.column == "atop_defense" })
        #expect(entry.source == "atop-5.1" && entry.version == "5.1")
    }

    @Test func directedDyadsKeepOneSidedObligations() async throws {
        let table = try await dyads(1985, 1985, ["USA", "JPN"], [.alliances], unit: .directedDyadYear)
        #expect(table.rowCount == 2)
        let usJapan = try #require(table.row(year: 1985, 2, 740))
        let japanUS = try #require(table.row(year: 1985, 740, 2))
        // Under the 1960 treaty the United States owes Japan defense; Japan owes the United States none.
        #expect(table.column("atop_defense")?.integer(usJapan) == 1)
        #expect(table.column("atop_defense")?.integer(japanUS) == 0)
    }

    @Test func politicallyRelevantDyadsAreContiguousOrIncludeAMajorPower() async throws {
        let services = try await services()
        let report = try await services.panel(
            PanelRequest(
                unit: .dyadYear, from: 2000, to: 2000, politicallyRelevant: true, groups: [.contiguity, .majors]))
        let t = report.table
        #expect(t.rowCount > 0)
        for row in 0..<t.rowCount {
            let land = t.column("conttype")?.integer(row) == 1
            let major = t.column("major1")?.integer(row) == 1 || t.column("major2")?.integer(row) == 1
            #expect(land || major)
        }
        #expect(t.row(year: 2000, 2, 20) != nil)
        // Two small, distant non-majors (Iceland and New Zealand) are not politically relevant.
        #expect(t.row(year: 2000, 395, 920) == nil)
    }

    @Test func badRequestsAreRefusedWithWhatIsCovered() async throws {
        let services = try await services()
        await #expect(throws: EntenteError.self) {
            try await services.panel(PanelRequest(unit: .dyadYear, from: 2000, to: 1990, groups: []))
        }
        let unknown = #expect(throws: EntenteError.self) { try PanelGroup.parse(["alliances,contiguty"]) }
        #expect(unknown?.message.contains("Did you mean contiguity") == true)
        let uncovered = await #expect(throws: EntenteError.self) {
            try await services.panel(PanelRequest(unit: .dyadYear, from: 1850, to: 1860, groups: [.exercises]))
        }
        #expect(uncovered?.message.contains("1980–2010") == true)
        await #expect(throws: EntenteError.self) {
            try await services.panel(PanelRequest(unit: .stateYear, from: 2000, to: 2000, groups: [.distance]))
        }
    }

    @Test func csvIsWrittenWithEmptyCellsForMissingValues() async throws {
        let table = try await dyads(2018, 2019, ["USA", "CAN"], [.alliances])
        var text = ""
        try PanelTableWriter.write(table, format: .csv) { text += String(decoding: $0, as: UTF8.self) }
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("year,ccode1,ccode2,atop_defense") == true)
        #expect(lines.contains("2018,2,20,1,0,0,0,1") || lines.contains { $0.hasPrefix("2018,2,20,1,") })
        #expect(lines.contains("2019,2,20,,,,,"))
    }

    @Test func stateYearsCountAndCarryCapabilities() async throws {
        let services = try await services()
        let report = try await services.panel(
            PanelRequest(unit: .stateYear, from: 2016, to: 2023, states: ["USA"], groups: [.capabilities, .contiguity]))
        let t = report.table
        #expect(t.rowCount == 8)
        let y2016 = try #require(t.row(year: 2016, 2))
        #expect((t.column("cinc")?.real(y2016) ?? 0) > 0.05)
        #expect(t.column("cinc")?.real(try #require(t.row(year: 2023, 2))) == nil)
        // Canada and Mexico, though the rows are limited to the United States; COW contiguity ends in 2016.
        #expect(t.column("land_neighbours")?.integer(y2016) == 2)
        #expect(t.column("land_neighbours")?.integer(try #require(t.row(year: 2017, 2))) == nil)
    }
}
