import EntenteCore
import EntenteNetwork
import EntenteRender
import EntenteServices
import EntenteTestSupport
import Foundation
import Testing

private func services() async throws -> Services {
    Services(store: try await BundledStore.store())
}

/// The validation figures of `docs/network.md`, recomputed: the page's table must be what
/// `networkValidate` answers today, and the Cold War must be two blocs on the defaults.
struct NetworkValidationTests {
    /// The acceptance of issue 15: on the default settings the United States and the Soviet Union
    /// lead different blocs in every year 1955–1989, with NATO's members in the first and the
    /// Warsaw Pact's in the second.
    @Test(arguments: Array(1955...1989))
    func theColdWarIsTwoBlocs(_ year: Int) async throws {
        let report = try await services().networkBlocs(year: year)
        #expect(report.method == .signed)
        #expect(report.twoBlocs)
        func community(_ state: String) throws -> Int {
            try #require(report.states.first { $0.state == state }).community
        }
        let us = try community("USA")
        let ussr = try community("RUS")
        #expect(us == report.blocCommunityA)
        #expect(ussr == report.blocCommunityB)
        #expect(us != ussr)
        for ally in ["GBR", "FRA", "ITA", "TUR", "CAN", "NOR"] { #expect(try community(ally) == us, "\(ally) \(year)") }
        for ally in ["POL", "CZE", "HUN", "BGR", "ROU"] { #expect(try community(ally) == ussr, "\(ally) \(year)") }
        #expect(try #require(report.states.first { $0.state == "GBR" }?.blocPosition) > 0.5)
        #expect(try #require(report.states.first { $0.state == "POL" }?.blocPosition) < -0.5)
        #expect(report.validation != nil)
        #expect(report.weighting.first?.contains("defense 3") == true)
    }

    @Test func theDocumentedValidationTableIsWhatTheCommandComputes() async throws {
        let report = try await services().networkValidate()
        #expect(report.blocs.count == 41)
        let documented = try Self.documentedRows()
        #expect(documented.count == report.blocs.count)
        for row in report.blocs {
            let line = try #require(documented[row.year], "no row for \(row.year) in docs/network.md")
            let expected = [
                String(row.year), row.twoBlocs ? "yes" : "no", String(row.communities),
                Self.fixed(row.adjustedRandIndex), Self.fixed(row.adjustedRandIndexCommunities),
                Self.fixed(row.natoWithUS), Self.fixed(row.warsawWithUSSR),
            ]
            #expect(line == expected, "\(row.year)")
        }
        let s = report.blocSummary
        let summary =
            "two blocs in \(s.twoBlocYears) of \(s.years) years; adjusted Rand index mean \(Self.fixed(s.meanAdjustedRandIndex)), "
            + "min \(Self.fixed(s.minAdjustedRandIndex)) (\(s.minYear ?? 0)), max \(Self.fixed(s.maxAdjustedRandIndex)) "
            + "(\(s.maxYear ?? 0)); all communities: mean \(Self.fixed(s.meanAdjustedRandIndexCommunities))"
        #expect(try Self.page().contains("**Summary:** " + summary))
        // The comparisons without curated published values say so rather than invent a figure.
        #expect(report.index.status == "not computed")
        #expect(report.index.rho == nil)
        #expect(report.affinity.status == "not computed")
        // The hedging confusion table as documented: both of Kuik's hedgers computed China-leaning.
        let hedger = try #require(report.hedging.classes.firstIndex(of: "hedger"))
        let china = try #require(report.hedging.classes.firstIndex(of: "china-aligned"))
        #expect(report.hedging.counts[hedger][china] == 2)
        #expect(report.hedging.rows.map(\.state).sorted() == ["MYS", "SGP"])
        #expect(try Self.page().contains("| hedger | 0 | 0 | 2 | 0 |"))
    }

    @Test func yearsOutsideTheReferenceAreRefusedAndBlocsSayWhyThereIsNoFigure() async throws {
        let s = try await services()
        await #expect(throws: EntenteError.self) { _ = try await s.networkValidate(from: 1945, to: 1950) }
        let report = try await s.networkBlocs(year: 2005)
        #expect(report.validation == nil)
        #expect(report.validationNote?.contains("1950–1990") == true)
        let index = try await s.networkIndex(year: 2010, index: .init(region: .asia, samples: 10))
        #expect(index.validation.hasPrefix("no comparison"))
        #expect(index.weighting.count == 6)
    }

    private static func fixed(_ x: Double?) -> String { NumberText.fixed(x, 3) }

    private static func page() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appending(path: "docs/network.md")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The validation table's rows by year, cells trimmed.
    private static func documentedRows() throws -> [Int: [String]] {
        var rows: [Int: [String]] = [:]
        for line in try page().split(separator: "\n") where line.hasPrefix("| 19") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 7, let year = Int(cells[0]) else { continue }
            rows[year] = cells
        }
        return rows
    }
}
