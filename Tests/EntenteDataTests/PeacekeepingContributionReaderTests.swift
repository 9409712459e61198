import EntenteCore
import EntenteData
import Testing

/// The curated UN peacekeeping contributions format: month-ends, parts that must add up, and one
/// row per state, month and mission.
struct PeacekeepingContributionReaderTests {
    let reader = CuratedReader(
        directory: StateDirectory(
            states: [
                StateInfo(
                    cow: CowCode(790), cowAbbreviation: "NEP", name: "Nepal", iso3: "NPL", iso2: "NP",
                    gleditschWard: [790]),
                StateInfo(
                    cow: CowCode(452), cowAbbreviation: "GHA", name: "Ghana", iso3: "GHA", iso2: "GH",
                    gleditschWard: [452]),
            ]),
        sourceID: "test")

    let header = "state,year,month,personnel,troops,police,experts,mission,source_url,accessed,confidence,note\n"

    func read(_ rows: String) throws -> [PeacekeepingContribution] {
        try reader.peacekeepingContributions(try CSVTable(bytes: Array((header + rows).utf8), fileName: "p.csv"))
    }

    @Test func aRowBecomesAMonthEndFigureWithItsParts() throws {
        let rows = try read(
            "NPL,2023,11,6247,5969,236,42,,https://example.org/a,2026-11-29,medium,note\nGHA,2023,3,2762,,,,,,,,\n")
        #expect(rows.count == 2)
        let nepal = try #require(rows.first)
        #expect(nepal.state == CowCode(790))
        #expect(nepal.asOf.iso == "2023-11-30")
        #expect(nepal.personnel == 6247 && nepal.troops == 5969 && nepal.police == 236 && nepal.experts == 42)
        #expect(nepal.mission == nil)
        #expect(nepal.sourceURL == "https://example.org/a" && nepal.accessed?.iso == "2026-11-29")
        #expect(rows[1].troops == nil && rows[1].confidence == .medium)
    }

    @Test func aMonthOutsideTheYearIsRefusedWithItsLine() {
        let error = #expect(throws: EntenteError.self) { try read("NPL,2023,13,10,,,,,,,,\n") }
        #expect(error?.message.contains("month from 1 to 12") == true)
        #expect(error?.message.contains("'13'") == true)
        #expect(error?.message.contains("p.csv") == true)
    }

    @Test func partsThatDoNotAddUpAreRefused() {
        let error = #expect(throws: EntenteError.self) { try read("NPL,2023,11,6247,5969,236,41,,,,,\n") }
        #expect(error?.message.contains("add up to 6246, not to the total 6247") == true)
        let over = #expect(throws: EntenteError.self) { try read("GHA,2023,3,100,90,20,,,,,,\n") }
        #expect(over?.message.contains("110, more than the total 100") == true)
        let negative = #expect(throws: EntenteError.self) { try read("GHA,2023,3,-5,,,,,,,,\n") }
        #expect(negative?.message.contains("0 or more") == true)
    }

    @Test func aRepeatedStateAndMonthIsRefusedNamingTheFirstLine() throws {
        let error = #expect(throws: EntenteError.self) {
            try read("NPL,2023,11,6247,,,,,,,,\nGHA,2023,11,1,,,,,,,,\nNPL,2023,11,6200,,,,,,,,\n")
        }
        #expect(error?.message.contains("second row for 2023-11-30 (all missions)") == true)
        #expect(error?.message.contains("line 2") == true)
        // The same state and month for one mission is another row, not a repeat.
        #expect(try read("NPL,2023,11,6247,,,,,,,,\nNPL,2023,11,873,,,,UNIFIL,,,,\n").count == 2)
    }

    @Test func anUnknownStateIsRefused() {
        #expect(throws: EntenteError.self) { try read("XXZ,2023,11,1,,,,,,,,\n") }
    }

    @Test func theBundledFileCitesAPageAndMonthOnEveryRow() throws {
        let csv = try BundledData.table("curated/pko_contributions.csv")
        let c = try csv.requireColumns(["source_url", "accessed", "month", "note"])
        #expect(!csv.rows.isEmpty)
        for index in csv.rows.indices {
            let row = csv.rows[index]
            #expect(row[c[0]].hasPrefix("http"), "line \(csv.lineNumbers[index]) has no source_url")
            #expect(Day(iso: row[c[1]]) != nil, "line \(csv.lineNumbers[index]) has no access date")
            #expect(Int(row[c[2]]) != nil, "line \(csv.lineNumbers[index]) has no month")
            #expect(!row[c[3]].isEmpty, "line \(csv.lineNumbers[index]) has no note")
        }
    }
}
