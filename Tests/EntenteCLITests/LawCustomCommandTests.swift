import EntenteCore
import EntenteLaw
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteCLI

/// `entente law custom --from-data`: evidence drawn from the real knowledge base.
struct LawCustomCommandTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/law/custom")

    static let dataFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && $0.contains("from-data") }.sorted()
    }()

    static func assess(_ name: String) async throws -> CustomAssessment {
        var rule = try CustomRule.parse(
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), file: name)
        try await LawCustomCommand.addData(to: &rule, store: try await BundledStore.store())
        return CustomaryLaw.assess(rule)
    }

    @Test func thereAreDataExamples() {
        #expect(Self.dataFiles.count >= 2)
    }

    @Test(arguments: dataFiles)
    func dataExampleGivesItsExpectedAnswer(_ name: String) async throws {
        let a = try await Self.assess(name)
        #expect(a.expectsData)
        #expect(a.expectationMismatches() == [])
    }

    @Test func generalAssemblyVotesBecomeResolutionEvidence() async throws {
        let a = try await Self.assess("cu-10-unga-non-use-of-force-from-data.yaml")
        #expect(a.table.count > 150, "the universe is every state in the system in 1990")
        #expect(a.table.contains { $0.forms.contains("vote_yes") })
        #expect(Set(a.table.map(\.region)).count == 6)
        #expect(a.status("RESOLUTION_EVIDENCE") == .met)
    }

    @Test func bulkVoteQueryReturnsEveryVoteOnTheSelectedRollCalls() async throws {
        let store = try await BundledStore.store()
        let votes = try await store.rollCallVotes(resolutions: ["R/32/150"], fromYear: 1977, toYear: 1977)
        #expect(votes.count == 142, "111 yes, 27 abstentions, 4 no on R/32/150")
        #expect(votes.filter { $0.vote == .no }.count == 4)
        #expect(try await store.rollCallVotes(resolutions: [], fromYear: 1946, toYear: 2020).isEmpty)
    }

    @Test func npTPartiesBecomeTheTreatyBasis() async throws {
        let a = try await Self.assess("cu-12-npt-from-data.yaml")
        let parties = a.table.filter { $0.forms.contains { $0.hasPrefix("party_since_") } }
        #expect(parties.count > 180)
        #expect(!parties.contains { $0.state == "IND" }, "India is not an NPT party")
    }
}
