import EntenteCore
import EntenteLaw
import EntenteServices
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// The legal engine reading memberships, treaty parties and ATOP pacts from the real knowledge base
/// rather than from a fixture: every worked example still gives its expected outcome, through the
/// services as a front end calls them.
struct LawOnTheKnowledgeBaseTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/law")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    static func services() async throws -> Services {
        Services(store: try await BundledStore.store())
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func thereAreExamples() {
        #expect(Self.files.count >= 20)
    }

    @Test(arguments: files)
    func exampleGivesItsExpectedOutcomeWithTheStore(_ name: String) async throws {
        let services = try await Self.services()
        let knowledge = try await services.lawKnowledge()
        let text = try Self.text(name)
        let situation = try Situation.parse(text, file: name, knowledge: knowledge)
        let expected = try #require(situation.expected)
        guard case .map(let entries) = expected.value else {
            Issue.record("expected is not a mapping")
            return
        }
        // The service answers exactly what the engine answers on the same knowledge.
        let direct = try LawEngine.shared.assess(situation, knowledge: knowledge)
        let report = try await services.assess(situationText: text, file: name)
        #expect(report == AssessmentReport(direct, knowledge: knowledge))
        #expect(try await services.assess(document: text, file: name) == .situation(report))
        for (key, value) in entries {
            if key == "outcome", case .string(let outcome) = value.value {
                #expect(report.outcome == outcome, "\(name): outcome")
            }
            if key == "conditions", case .map(let conditions) = value.value {
                for (code, status) in conditions {
                    guard case .string(let label) = status.value else { continue }
                    #expect(report.condition(code)?.status.label == label, "\(name): \(code)")
                }
            }
        }
    }

    @Test func kuwait1990IsLawfulThroughTheServices() async throws {
        let name = "sd-01-kuwait-1990.yaml"
        let report = try await Self.services().assess(situationText: try Self.text(name), file: name)
        #expect(report.outcome == "lawful")
        #expect(report.lawAsOf == "1990-08-03")
        #expect(report.fact(named: "acting_state")?.display.contains("Kuwait") == true)
    }

    @Test func engineErrorsNameTheFile() async throws {
        let text = "question: collective_defence\nas_of: 2000-01-01\nfacts:\n  treaty: ATOP:1\n"
        let error = await #expect(throws: EntenteError.self) {
            try await Self.services().assess(situationText: text, file: "pact.yaml")
        }
        #expect(error?.message.hasPrefix("pact.yaml") == true)
    }

    @Test func natoMembershipComesFromTheDataOnTheDay() async throws {
        let knowledge = try await Self.services().lawKnowledge()
        let finland = try knowledge.resolveState("Finland")
        #expect(knowledge.membership(of: finland, in: "NATO", on: try #require(Day(iso: "2023-04-03"))) == .no)
        #expect(knowledge.membership(of: finland, in: "NATO", on: try #require(Day(iso: "2023-04-04"))) == .yes)
        // The Rio Treaty's parties are now curated (OAS B-29, http://www.oas.org/juridico/english/sigs/b-29.html;
        // US deposit 1947-12-30 per the Statutes at Large): the US is a party, Canada never signed; a party
        // whose deposit date was not read (Mexico, withdrawn only on 2004-09-06 per ATOP) stays unknown in 2000.
        #expect(knowledge.membership(of: CowCode(2), in: "Rio", on: Day.endOfYear(2000)) == .yes)
        #expect(knowledge.membership(of: CowCode(20), in: "Rio", on: Day.endOfYear(2000)) == .no)
        #expect(knowledge.membership(of: CowCode(70), in: "Rio", on: Day.endOfYear(2000)) == .unknown)
        #expect(knowledge.membership(of: CowCode(70), in: "Rio", on: Day.endOfYear(2010)) == .no)
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
