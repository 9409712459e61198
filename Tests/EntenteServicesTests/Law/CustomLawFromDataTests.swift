import EntenteCore
import EntenteLaw
import EntenteServices
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// Customary law with `--from-data`: evidence drawn from the real knowledge base by the services.
struct CustomLawFromDataTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/law/custom")

    static let dataFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && $0.contains("from-data") }.sorted()
    }()

    static func file(_ name: String) throws -> LawFileText {
        LawFileText(text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), file: name)
    }

    static func services() async throws -> Services {
        Services(store: try await BundledStore.store())
    }

    static func assess(_ name: String) async throws -> CustomAssessment {
        CustomaryLaw.assess(try await services().customRule(try file(name), fromData: true))
    }

    @Test func thereAreDataExamples() {
        #expect(Self.dataFiles.count >= 2)
    }

    @Test(arguments: dataFiles)
    func dataExampleGivesItsExpectedAnswer(_ name: String) async throws {
        let a = try await Self.assess(name)
        #expect(a.expectsData)
        #expect(a.expectationMismatches() == [])
        // The report the front ends render says the same.
        let report = try await Self.services().assessCustom(try Self.file(name), fromData: true)
        #expect(report == CustomLawReport(a))
    }

    @Test func aRuleWithADataBlockIsJudgedOnTheDataByTheDocumentService() async throws {
        let name = "cu-10-unga-non-use-of-force-from-data.yaml"
        let answer = try await Self.services().assess(document: try Self.file(name).text, file: name)
        guard case .customaryLaw(let report) = answer else {
            Issue.record("a rule file answered as a situation")
            return
        }
        #expect(report == CustomLawReport(try await Self.assess(name)))
    }

    @Test func withoutDataOnlyTheFilesEvidenceCounts() async throws {
        let name = "cu-10-unga-non-use-of-force-from-data.yaml"
        let report = try Services.assessCustom(try Self.file(name))
        #expect(report.evidence.isEmpty, "no universe of states without the knowledge base")
        #expect(report.status("RESOLUTION_EVIDENCE") != .met)
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

    @Test func anUnknownActivityKindNamesTheFileAndField() async throws {
        let text = "rule: r\nas_of: 2000\nfrom_data:\n  activities:\n    kind: parade\n"
        let error = await #expect(throws: EntenteError.self) {
            try await Self.services().assessCustom(LawFileText(text: text, file: "r.yaml"), fromData: true)
        }
        #expect(error?.message.hasPrefix("r.yaml: from_data.activities.kind: unknown activity kind \"parade\"") == true)
    }
}
