import EntenteCore
import EntenteData
import EntenteStore
import EntenteTestSupport
import Testing

/// The bundled UN peacekeeping contributions read against the full state directory: every state
/// resolves, each year's figure is that state's latest month in the file, and nothing is carried
/// into a year the file does not observe.
struct BundledPeacekeepingTests {
    func bundledRecord() async throws -> (PeacekeepingRecord, CSVTable) {
        let directory = try await BundledStore.inMemory().directory()
        let table = try BundledData.table("curated/pko_contributions.csv")
        let rows = try CuratedReader(directory: directory, sourceID: DatasetCatalog.curatedID)
            .peacekeepingContributions(table)
        #expect(rows.count == table.rows.count)
        #expect(rows.allSatisfy { $0.source == DatasetCatalog.curatedID && $0.sourceURL != nil })
        let completeness = DatasetCatalog.span(DatasetCatalog.curatedID).completeness
        return (PeacekeepingRecord(rows, completeness: completeness), table)
    }

    @Test func eachYearsFigureIsTheStatesLatestMonthInTheFile() async throws {
        let (record, table) = try await bundledRecord()
        let directory = try await BundledStore.inMemory().directory()
        let c = try table.requireColumns(["state", "year", "month", "personnel", "mission"])
        // The latest month per state and year, read straight from the file's text.
        var latest: [String: (month: Int, personnel: Int)] = [:]
        for row in table.rows where row[c[4]].isEmpty {
            let state = try directory.resolve(row[c[0]]).cow
            let key = "\(state.rawValue)-\(row[c[1]])"
            let month = try #require(Int(row[c[2]]))
            if month > latest[key]?.month ?? 0 { latest[key] = (month, try #require(Int(row[c[3]]))) }
        }
        #expect(!latest.isEmpty)
        for (key, expected) in latest {
            let parts = key.split(separator: "-").compactMap { Int($0) }
            let figure = record.figure(for: CowCode(parts[0]), in: parts[1])
            #expect(figure.contribution?.month == expected.month, "\(key)")
            #expect(figure.contribution?.personnel == expected.personnel, "\(key)")
        }
    }

    @Test func aYearTheFileDoesNotObserveIsUnknown() async throws {
        let (record, _) = try await bundledRecord()
        let coverage = record.coverage
        #expect(coverage.completeness == .partial)
        #expect(coverage.text.contains("partial"))
        let states = Set(record.totals.map(\.state))
        for state in states {
            for year in 2011...2025 where !coverage.years.contains(year) {
                let figure = record.figure(for: state, in: year)
                #expect(!figure.isKnown, "\(state.rawValue) \(year) has a figure the file does not give")
                if let end = figure.dataEnd { #expect(end.year < year) }
            }
        }
    }
}
