import EntenteSim
import Foundation
import Testing

struct ExampleScenarioTests {
    /// Every example scenario shipped in examples/sim parses (located from this file, so the test
    /// follows the repository wherever it is cloned).
    @Test func everyExampleScenarioParses() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("examples/sim")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        #expect(files.count >= 8)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let s = try ScenarioParser.parse(text, file: file)
            #expect(s.horizon > 0, "\(file)")
        }
    }
}
