import EntenteCore
import EntenteLaw
import Foundation
import Testing

/// Every worked situation in `examples/law/` gives the answer its `expected:` block states:
/// the outcome, the listed condition statuses, and the facts the engine had to derive.
struct ExamplesTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/law")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    @Test func thereAreAtLeastTwelveExamples() {
        #expect(Self.files.count >= 12)
        #expect(Set(Self.files.map { $0.split(separator: "-")[0] }).count >= 6, "every question has an example")
    }

    @Test(arguments: files)
    func exampleGivesItsExpectedAnswer(_ name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let situation = try Situation.parse(text, file: name, knowledge: knowledge)
        let assessment = try LawEngine.shared.assess(situation, knowledge: knowledge)
        let expected = try #require(situation.expected, "\(name) has no expected block")
        guard case .map(let entries) = expected.value else { Issue.record("expected is not a mapping"); return }
        var checked = 0
        for (key, value) in entries {
            switch (key, value.value) {
            case ("outcome", .string(let outcome)):
                #expect(assessment.outcomeLabel == outcome, "\(name): outcome")
                checked += 1
            case ("conditions", .map(let conditions)):
                for (code, status) in conditions {
                    guard case .string(let label) = status.value else { continue }
                    #expect(assessment.status(of: code)?.label == label, "\(name): \(code)")
                    checked += 1
                }
            case ("derived_facts", .list(let facts)):
                for fact in facts {
                    guard case .string(let factName) = fact.value,
                        let id = assessment.facts.schema.id(named: factName)
                    else { Issue.record("\(name): unknown derived fact"); continue }
                    #expect(
                        !assessment.facts.wasGiven(id) && assessment.facts.isKnown(id), "\(name): \(factName) derived")
                    checked += 1
                }
            default:
                Issue.record("\(name): unexpected key \(key) in expected")
            }
        }
        #expect(checked >= 3, "\(name) checks an outcome and at least two conditions")
    }
}
