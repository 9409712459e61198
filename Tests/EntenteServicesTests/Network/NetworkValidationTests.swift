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
        let report = try await services().networkValidate(parts: [.blocs])
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
        #expect(report.index.status == "not requested")
    }

    /// The composite index against the curated Lowy ranks: the figure of docs/network.md, each
    /// edition compared with the index of the year before it, carried back to ATOP's last year.
    @Test func theLowyComparisonIsTheDocumentedFigure() async throws {
        let s = try await services()
        let report = try await s.networkValidate(parts: [.index])
        let i = report.index
        #expect(i.status == "computed")
        #expect(i.rows.count >= 33)
        #expect(i.pairs == i.rows.filter { $0.computedRank != nil }.count)
        for row in i.rows {
            #expect(row.dataYear == min(row.edition - 1, Services.coverage.alliances.lastYear), "\(row.edition)")
            #expect(row.url.hasPrefix("http"))
        }
        let rho = try #require(i.rho)
        let lower = try #require(i.lower)
        let upper = try #require(i.upper)
        #expect(lower < rho && rho < upper)
        #expect(-1 <= lower && upper <= 1)
        let figure =
            "ρ = \(Self.fixed(rho)) (95% interval \(Self.fixed(lower)) to \(Self.fixed(upper))) over \(i.pairs) state-editions"
        #expect(try Self.page().contains(figure), "docs/network.md should state: \(figure)")
        for row in i.rows {
            let line =
                "| \(row.edition) | \(row.dataYear) | \(row.state) | \(row.publishedRank) | \(row.computedRank.map(String.init) ?? "—") |"
            #expect(try Self.page().contains(line), "docs/network.md should have the row \(line)")
        }
        #expect(report.hedging.rule == "not requested")
        #expect(report.blocs.isEmpty)
    }

    /// The hedging index against the curated expert classifications: the confusion table of
    /// docs/network.md, and every row classified by the documented threshold.
    @Test func theHedgingConfusionTableIsTheDocumentedOne() async throws {
        let report = try await services().networkValidate(parts: [.hedging])
        let h = report.hedging
        #expect(h.rows.count >= 19)
        #expect(h.counts.flatMap { $0 }.reduce(0, +) == h.rows.count)
        for row in h.rows {
            let t = Services.hedgingBalanceThreshold
            let expected = row.balance.map { $0 > t ? "us-aligned" : ($0 < -t ? "china-aligned" : "hedger") }
            #expect(row.predicted == (expected ?? "unclassified"), "\(row.state) \(row.year)")
            #expect(row.url.hasPrefix("http"))
            let line =
                "| \(row.state) | \(row.year) | \(row.author) | \(row.expected) | \(row.predicted) | \(Self.fixed(row.balance)) |"
            #expect(try Self.page().contains(line), "docs/network.md should have the row \(line)")
        }
        for (k, name) in h.classes.enumerated() where name != "unclassified" {
            let line = "| \(name) | " + h.counts[k].map(String.init).joined(separator: " | ") + " |"
            #expect(try Self.page().contains(line), "docs/network.md should have the confusion row \(line)")
        }
        #expect(try Self.page().contains("accuracy \(Self.fixed(h.accuracy))"))
    }

    /// UN-vote agreement against the published values: the differences of docs/network.md.
    @Test func theAffinityDifferencesAreTheDocumentedOnes() async throws {
        let report = try await services().networkValidate(parts: [.affinity])
        let a = report.affinity
        #expect(a.status == "computed")
        #expect(a.rows.count >= 20)
        for row in a.rows {
            #expect((row.votes ?? 0) > 0, "\(row.first)–\(row.second) \(row.year)")
            let difference = try #require(row.difference)
            #expect(abs(difference - ((row.computed ?? .nan) - row.published)) < 1e-12)
            let line =
                "| \(row.first) | \(row.second) | \(row.year) | \(Self.fixed(row.published)) | \(Self.fixed(row.computed)) | \(Self.fixed(row.difference)) | \(row.votes ?? 0) |"
            #expect(try Self.page().contains(line), "docs/network.md should have the row \(line)")
        }
        let summary =
            "mean absolute difference \(Self.fixed(a.meanAbsoluteDifference)), largest \(Self.fixed(a.maxAbsoluteDifference))"
        #expect(try Self.page().contains(summary), "docs/network.md should state: \(summary)")
    }

    /// `network index` prints the Lowy figure of its own ranks for a year that editions are
    /// compared with, and says why there is none otherwise.
    @Test func theIndexPrintsTheLowyFigureOfItsYear() async throws {
        let s = try await services()
        let last = Services.coverage.alliances.lastYear
        let index = try await s.networkIndex(year: last, index: .init(samples: 10))
        #expect(index.validation.hasPrefix("Spearman's ρ"), "\(index.validation)")
        #expect(index.validation.contains("carried back to \(last)"))
        let none = try await s.networkIndex(year: 2012, index: .init(samples: 10))
        #expect(none.validation.hasPrefix("no comparison"))
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
