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

/// The network questions answered through `Services` over the bundled knowledge base.
struct NetworkServicesTests {
    @Test func defensePactsOf1985SplitIntoTheTwoBlocs() async throws {
        let report = try await services().networkBlocs(year: 1985, layer: .allianceDefense)
        func community(_ state: String) throws -> Int {
            try #require(report.states.first { $0.state == state }).community
        }
        #expect(report.layer == .allianceDefense)
        #expect(report.blocA == ["USA"])
        #expect(report.blocB.contains("RUS"))
        // NATO on one side, the Warsaw Pact on the other.
        #expect(try community("GBR") == community("USA"))
        #expect(try community("GFR") == community("USA"))
        #expect(try community("POL") == community("RUS"))
        #expect(try community("DDR") == community("RUS"))
        #expect(try community("USA") != community("RUS"))
        #expect(try #require(report.states.first { $0.state == "GBR" }?.balance) > 0)
        #expect(try #require(report.states.first { $0.state == "POL" }?.balance) < 0)
    }

    @Test func measuresOf2010CarryTheCatalogueCoverageAndSnakeCaseKeys() async throws {
        let s = try await services()
        let report = try await s.networkMeasures(year: 2010, layer: .exercise, region: .oceania)
        let exercises = s.coverage.exercises
        #expect(report.coverage == (exercises.contains(year: 2010) ? "covered" : "partial"))
        #expect(report.region == "oceania")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(try EntenteJSON.string(report).utf8)) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["year", "layer", "coverage", "region", "measures"]))
        #expect(object["layer"] as? String == "exercise")
        let measures = try #require(object["measures"] as? [String: Any])
        #expect(Set(measures.keys) == ["graph", "options", "communities", "nodes"])
        let options = try #require(measures["options"] as? [String: Any])
        #expect(Set(options.keys) == ["betweenness_path_length", "louvain_seed"])
        let nodes = try #require(measures["nodes"] as? [[String: Any]])
        #expect(!nodes.isEmpty)
        let columns = Set(["label"] + NodeMeasure.allCases.map(\.rawValue))
        for node in nodes { #expect(columns.isSuperset(of: node.keys)) }
        #expect(nodes.contains { $0["label"] as? String == "AUS" })
        #expect(!nodes.contains { $0["label"] as? String == "USA" })
    }

    @Test func aYearAfterMMEIsPartialWithTheCataloguesReason() async throws {
        let s = try await services()
        let year = s.coverage.exercises.lastYear + 1
        try #require(s.coverage.curatedActivities.contains(year: year))
        let report = try await s.networkMeasures(year: year, layer: .exercise, measures: .init(top: 3))
        #expect(report.coverage == "partial")
        #expect(report.coverageNote?.contains("after \(s.coverage.exercises.lastYear)") == true)
        #expect(report.measures.nodes.count == 3)
    }

    @Test func aYearOutsideTheWorldYearsIsRefusedNamingTheCoverage() async throws {
        let s = try await services()
        let year = s.coverage.worldYears.upperBound + 1
        let error = await #expect(throws: EntenteError.self) { _ = try await s.networkBlocs(year: year) }
        #expect(error?.code == .invalidInput)
        #expect(error?.message == "The year \(year) is outside the data; \(s.coverage.summary).")
        let early = await #expect(throws: EntenteError.self) {
            _ = try await s.networkIndex(year: s.coverage.worldYears.lowerBound - 1)
        }
        #expect(early?.message.contains(s.coverage.summary) == true)
    }

    @Test func alliancesAfterATOPAreUnknownWithTheLayersThatAreKnown() async throws {
        let s = try await services()
        let year = s.coverage.alliances.lastYear + 1
        let error = await #expect(throws: EntenteError.self) {
            _ = try await s.networkExport(year: year, layer: .alliance)
        }
        #expect(error?.code == .notFound)
        #expect(error?.message.contains("they cover \(s.coverage.alliances.text)") == true)
        let index = try await s.networkIndex(year: year, index: .init(region: .asia, samples: 20))
        #expect(index.notes.first?.hasPrefix("alliance layer unknown in \(year)") == true)
        #expect(!index.indicators.contains("alliances"))
    }

    @Test func voteAffinityIsRefusedOutsideTheVotes() async throws {
        let s = try await services()
        let last = s.coverage.votes.lastYear
        let error = await #expect(throws: EntenteError.self) {
            _ = try await s.networkAffinity(first: "USA", second: "GBR", from: last, to: last + 1)
        }
        #expect(
            error?.message
                == "UN General Assembly votes cover \(s.coverage.votes.text); \(last)–\(last + 1) is outside that.")
        let report = try await s.networkAffinity(first: "USA", second: "GBR", from: 1990, to: 1991)
        #expect(report.years.map(\.period) == ["1990", "1991"])
        #expect(report.overall.period == "1990–1991")
        #expect(report.overall.votes == report.years.map(\.votes).reduce(0, +))
    }

    @Test func layerParametersAreValidatedByTheServices() async throws {
        let s = try await services()
        let negative = await #expect(throws: EntenteError.self) {
            _ = try await s.networkExport(year: 2000, layers: .init(combinationWeights: [.exercise: -1]))
        }
        #expect(negative?.message == "The exercise layer's weight is -1.0; weights must be at least 0.")
        let none = await #expect(throws: EntenteError.self) {
            _ = try await s.networkExport(year: 2000, layers: .init(allianceTypes: []))
        }
        #expect(none?.message.hasPrefix("No obligation type is named for the alliance layer") == true)
        let zero = await #expect(throws: EntenteError.self) {
            _ = try await s.networkExport(year: 2000, layers: .init(combinationWeights: [.alliance: 0]))
        }
        #expect(zero?.code == .invalidInput)
        let clash = await #expect(throws: EntenteError.self) {
            _ = try await s.networkBlocs(year: 2000, blocs: .init(blocA: ["USA"], blocB: ["United States"]))
        }
        #expect(clash?.message == "Bloc A and bloc B share a state; a state can be in one bloc only.")
    }

    @Test func exportCarriesTheLayerAndEveryMeasureAsData() async throws {
        let s = try await services()
        let graph = try await s.networkExport(year: 2010, layer: .allianceDefense, withMeasures: true)
        #expect(graph.directed)
        #expect(graph.layer == .allianceDefense)
        let usa = try #require(graph.nodes.firstIndex(of: "USA"))
        let jpn = try #require(graph.nodes.firstIndex(of: "JPN"))
        #expect(graph.edges.contains { $0.source == usa && $0.target == jpn })
        #expect(graph.attributes.map(\.name) == NodeMeasure.allCases.map(\.rawValue))
        #expect(graph.attributes.allSatisfy { $0.values.count == graph.nodes.count })
    }

    @Test func anEdgeListNeedsNoKnowledgeBase() async throws {
        let report = try await Services.networkMeasures(
            edgeList: "a,b,1\nb,c,2\n", fileName: "tiny.csv", measures: .init(sort: .strength))
        #expect(report.nodes.map(\.label) == ["b", "c", "a"])
        #expect(report.nodes[0].strength == 3)
        #expect(report.graph.edges == 2)
    }
}
