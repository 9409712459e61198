import EntenteCore
import EntenteLaw
import Foundation
import Testing

/// Every worked customary-law example in `examples/law/custom/` gives the answer its `expected:`
/// block states. Examples that draw on the knowledge base are checked in EntenteCLITests.
struct CustomExamplesTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/law/custom")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    @Test func thereAreAtLeastEightExamplesCoveringEveryOutcomeFamily() throws {
        #expect(Self.files.count >= 8)
        var outcomes: Set<String> = []
        for name in Self.files {
            let rule = try CustomRule.parse(
                try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8), file: name)
            if rule.dataQuery == nil { outcomes.insert(CustomaryLaw.assess(rule).outcome) }
        }
        #expect(
            outcomes.isSuperset(of: [
                "established", "established_not_opposable", "emerging", "particular_custom_established",
            ]))
    }

    @Test(arguments: files)
    func exampleGivesItsExpectedAnswer(_ name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let rule = try CustomRule.parse(text, file: name)
        let assessment = CustomaryLaw.assess(rule)
        #expect(rule.expected != nil, "\(name) has no expected block")
        if rule.dataQuery != nil {
            #expect(assessment.expectsData, "\(name) draws on the data; its expected block says from_data: true")
            return
        }
        #expect(assessment.expectationMismatches() == [])
    }
}
