import EntenteCore
import EntenteLaw
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteCLI

/// The legal engine reading memberships, treaty parties and ATOP pacts from the real knowledge base
/// rather than from a fixture: every worked example still gives its expected outcome.
struct LawOnTheKnowledgeBaseTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/law")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    static func knowledge() async throws -> StoreLawKnowledge {
        StoreLawKnowledge(snapshot: try await BundledStore.store().knowledgeSnapshot())
    }

    @Test(arguments: files)
    func exampleGivesItsExpectedOutcomeWithTheStore(_ name: String) async throws {
        let knowledge = try await Self.knowledge()
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let situation = try Situation.parse(text, file: name, knowledge: knowledge)
        let assessment = try LawEngine.shared.assess(situation, knowledge: knowledge)
        let expected = try #require(situation.expected)
        guard case .map(let entries) = expected.value else { Issue.record("expected is not a mapping"); return }
        for (key, value) in entries {
            if key == "outcome", case .string(let outcome) = value.value {
                #expect(assessment.outcomeLabel == outcome, "\(name): outcome")
            }
            if key == "conditions", case .map(let conditions) = value.value {
                for (code, status) in conditions {
                    guard case .string(let label) = status.value else { continue }
                    #expect(assessment.status(of: code)?.label == label, "\(name): \(code)")
                }
            }
        }
    }

    @Test func natoMembershipComesFromTheDataOnTheDay() async throws {
        let knowledge = try await Self.knowledge()
        let finland = try knowledge.resolveState("Finland")
        #expect(knowledge.membership(of: finland, in: "NATO", on: try #require(Day(iso: "2023-04-03"))) == .no)
        #expect(knowledge.membership(of: finland, in: "NATO", on: try #require(Day(iso: "2023-04-04"))) == .yes)
        // The Rio Treaty's parties are not in the data: unknown, never a guess from OAS membership.
        #expect(knowledge.membership(of: CowCode(2), in: "Rio", on: Day.endOfYear(2000)) == .unknown)
        #expect(
            knowledge.obligationSuspended(of: CowCode(2), towards: CowCode(920), in: "ANZUS", on: Day.endOfYear(1990))
                == .yes)
        // The US owes Japan defense under their treaty; Japan owes the US none (ATOP codes it one-sided).
        #expect(!knowledge.defensePacts(between: CowCode(740), and: CowCode(2), on: Day.endOfYear(2000)).isEmpty)
        #expect(knowledge.defensePacts(between: CowCode(2), and: CowCode(740), on: Day.endOfYear(2000)).isEmpty)
        #expect(knowledge.stateName(CowCode(850)) == "Indonesia")
        let error = #expect(throws: EntenteError.self) { try knowledge.resolveState("Indonesa") }
        #expect(error?.message.contains("Did you mean 'Indonesia'?") == true)
    }
}
