import EntenteSim
import Foundation
import Testing

struct OutputTests {
    @Test func jsonEscapesTextAndWritesNaNAsNull() {
        let json = JSONText.object([
            ("text", .string("a \"quoted\"\nline\\")), ("nan", .number(.nan)), ("whole", .number(3)),
            ("fraction", .number(0.1)), ("list", .array([.number(1.5), .null, .bool(true)])),
        ]).rendered(indent: 0)
        #expect(json == #"{"text":"a \"quoted\"\nline\\","nan":null,"whole":3,"fraction":0.1,"list":[1.5,null,true]}"#)
    }

    @Test func runOutputsHaveOneRowPerReplicateAndStep() async throws {
        let s = Scenario(name: "csv", model: .norms, seed: 2, replicates: 3, horizon: 10, recordEvery: 5)
        let r = await SimulationRunner.run(s, threads: 2)
        let files = Dictionary(uniqueKeysWithValues: r.csvFiles.map { ($0.name, $0.contents) })
        let lines = { (name: String) in files[name]!.split(separator: "\n") }
        #expect(lines("series.csv").count == 1 + 3 * 3)
        #expect(lines("replicates.csv").count == 1 + 3)
        #expect(lines("ensemble.csv").count == 1 + r.summaryNames.count)
        #expect(lines("ensemble_series.csv").count == 1 + 3)
        #expect(lines("ensemble.csv")[0] == "metric,n,mean,sd,q025,q25,median,q75,q975,mean_ci_low,mean_ci_high")
        let object = try JSONSerialization.jsonObject(with: Data(r.json.rendered().utf8)) as? [String: Any]
        #expect(object?["kind"] as? String == "entente-sim-run")
        #expect((object?["replicate_summaries"] as? [Any])?.count == 3)
    }

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
