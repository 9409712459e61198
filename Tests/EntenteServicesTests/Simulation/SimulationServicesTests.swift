import EntenteCore
import EntenteRender
import EntenteServices
import EntenteSim
import Foundation
import Testing

struct SimulationServicesTests {
    static let norms = "name: services\nmodel: norms\nseed: 4\nreplicates: 3\nhorizon: 20\nrecord_every: 5\n"

    static func scenario(_ text: String = norms, _ overrides: ScenarioOverrides = .init()) throws -> Scenario {
        try Services.scenario(text: text, file: "s.yaml", overrides: overrides)
    }

    @Test func runReportDecodesBackToAnEqualValue() async throws {
        let report = try await Services.runSimulation(scenario: try Self.scenario(), threads: 2)
        let text = try EntenteJSON.string(report)
        let back = try EntenteJSON.decode(SimulationRunReport.self, from: Data(text.utf8))
        #expect(back == report)
        #expect(try EntenteJSON.string(back) == text)
        #expect(text.contains("\"kind\" : \"entente-sim-run\""))
        #expect(text.contains("\"replicate_summaries\""))
        // Metric and series names are data: written as they are, and read back.
        #expect(back.ensemble.keys.sorted() == report.summaryNames.sorted())
        #expect(back.ensemble["final_boldness"]?.meanCiLow != nil)
        #expect(text.contains("\"mean_ci_low\""))
    }

    @Test func undefinedStatisticsAreNullNeverNaN() async throws {
        let one = try await Services.runSimulation(
            scenario: try Self.scenario(Self.norms, .init(replicates: 1)), threads: 1)
        let s = try #require(one.ensemble["final_boldness"])
        #expect(s.n == 1 && s.mean != nil && s.sd == nil && s.meanCiLow == nil)
        let text = try EntenteJSON.string(one)
        #expect(!text.contains("nan") && !text.contains("NaN"))
        // Richardson without an equilibrium (k·l = a·b) has no equilibrium_x.
        let rich = try await Services.runSimulation(
            scenario: try Self.scenario(
                "model: richardson\nhorizon: 10\nparameters: {k: 1, l: 1, a: 1, b: 1}\n"), threads: 1)
        #expect(rich.replicateSummaries[0][2] == nil)
        #expect(try EntenteJSON.decode(SimulationRunReport.self, from: Data(try EntenteJSON.string(rich).utf8)) == rich)
    }

    @Test func runFilesHaveOneRowPerReplicateAndStep() async throws {
        let report = try await Services.runSimulation(
            scenario: try Self.scenario(Self.norms, .init(horizon: 10)), threads: 2)
        let files = Dictionary(uniqueKeysWithValues: report.csvFiles.map { ($0.name, $0.contents) })
        let lines = { (name: String) in files[name]!.split(separator: "\n") }
        #expect(lines("series.csv").count == 1 + 3 * 3)
        #expect(lines("replicates.csv").count == 1 + 3)
        #expect(lines("ensemble.csv").count == 1 + report.summaryNames.count)
        #expect(lines("ensemble_series.csv").count == 1 + 3)
        #expect(lines("ensemble.csv")[0] == "metric,n,mean,sd,q025,q25,median,q75,q975,mean_ci_low,mean_ci_high")
        #expect(lines("series.csv")[1].hasPrefix("0,0,"))
    }

    @Test(arguments: [2, 3])
    func shardFilesReadBackMergeIntoTheUnshardedSweepBitForBit(shards: Int) async throws {
        let scenario = try Self.scenario()
        let design = SweepDesign.grid([
            .init(name: "mutation_rate", values: [0.005, 0.01, 0.05]), .init(name: "punishment", values: [-9, -3]),
        ])
        let whole = try await Services.runSweep(scenario: scenario, design: design, threads: 2)
        var files: [(file: String, report: SweepReport)] = []
        for i in 0..<shards {
            let part = try await Services.runSweep(
                scenario: scenario, design: design, shard: Shard(index: i, count: shards), threads: 1)
            let name = "shard-\(i).json"
            files.append((name, try SweepReport(json: Data(try EntenteJSON.string(part).utf8), file: name)))
        }
        let merged = try Services.mergeShards(files.reversed())
        #expect(try EntenteJSON.string(merged) == EntenteJSON.string(whole))
        #expect(merged.csvFiles.map(\.contents) == whole.csvFiles.map(\.contents))
        #expect(merged.shard == nil && merged == whole)
    }

    @Test func foreignFilesAreRefusedNamingTheFile() throws {
        let other = #expect(throws: EntenteError.self) {
            try SweepReport(json: Data("{\"kind\": \"other\"}".utf8), file: "x.json")
        }
        #expect(other?.code == .malformedFile)
        #expect(other?.message.hasPrefix("x.json: ") == true)
        let broken = #expect(throws: EntenteError.self) { try SweepReport(json: Data("{".utf8), file: "y.json") }
        #expect(broken?.message == "y.json: not valid JSON.")
        // Fields are named as the file spells them, with what was expected.
        let head =
            #"{"kind": "entente-sim-sweep", "fingerprint": "x", "scenario": "s", "model": "norms", "seed": "1", "#
        let missing = #expect(throws: EntenteError.self) {
            try SweepReport(json: Data((head + #""replicates": 2}"#).utf8), file: "z.json")
        }
        #expect(missing?.message.hasPrefix("z.json: total_points: missing") == true)
        let mistyped = #expect(throws: EntenteError.self) {
            try SweepReport(json: Data((head + #""replicates": "two"}"#).utf8), file: "z.json")
        }
        #expect(mistyped?.message.hasPrefix("z.json: replicates: expected a whole number") == true)
    }

    @Test func aRunFileIsNotASweepShard() async throws {
        let run = try await Services.runSimulation(scenario: try Self.scenario(), threads: 1)
        let read = #expect(throws: EntenteError.self) {
            try SweepReport(json: Data(try EntenteJSON.string(run).utf8), file: "run.json")
        }
        #expect(
            read?.message.hasPrefix("run.json: kind: expected \"entente-sim-sweep\", got \"entente-sim-run\"") == true)
        var report = try await Services.runSweep(
            scenario: try Self.scenario(), design: .grid([.init(name: "agents", values: [10])]), threads: 1)
        report.kind = run.kind
        let error = #expect(throws: EntenteError.self) { try Services.mergeShards([("run.json", report)]) }
        #expect(error?.message.contains("run.json: kind: expected \"entente-sim-sweep\"") == true)
    }

    @Test func overridesAreAppliedAndChecked() throws {
        let s = try Self.scenario(
            Self.norms, .init(seed: 9, replicates: 7, horizon: 30, assignments: ["mutation_rate=0.02", "agents=40"]))
        #expect(s.seed == 9 && s.replicates == 7 && s.horizon == 30)
        #expect(s.value("mutation_rate") == 0.02 && s.value("agents") == 40)
        let typo = #expect(throws: EntenteError.self) {
            try Self.scenario(Self.norms, .init(assignments: ["mutaton_rate=0.1"]))
        }
        #expect(typo?.message.contains("did you mean 'mutation_rate'?") == true)
        let malformed = #expect(throws: EntenteError.self) {
            try Self.scenario(Self.norms, .init(assignments: ["agents"]))
        }
        #expect(malformed?.code == .invalidInput)
        let zero = #expect(throws: EntenteError.self) { try Self.scenario(Self.norms, .init(replicates: 0)) }
        #expect(zero?.message == "s.yaml: replicates: expected at least 1, got 0.")
    }

    @Test func latinHypercubeRangesOverrideTheScenarioOnesAndAreRequired() async throws {
        let scenario = try Self.scenario()
        let none = await #expect(throws: EntenteError.self) {
            try await Services.runSweep(scenario: scenario, design: .latinHypercube(samples: 3, ranges: []), threads: 1)
        }
        #expect(none?.message.contains("needs ranges") == true)
        let ranges = [try Scenario.ParameterRange(parsing: "mutation_rate=0.001:0.05")]
        let sweep = try await Services.runSweep(
            scenario: scenario, design: .latinHypercube(samples: 3, ranges: ranges), threads: 2)
        #expect(sweep.varied == ["mutation_rate"] && sweep.points.count == 3)
        #expect(throws: EntenteError.self) { try Scenario.ParameterRange(parsing: "mutation_rate=0.5:0.1") }
    }

    @Test func sensitivityReportsKeepTheirMethodAndDecodeBack() async throws {
        let text = "model: richardson\nhorizon: 200\nranges:\n  g: [0, 2]\n  k: [0.1, 0.5]\n"
        let scenario = try Self.scenario(text)
        let oat = try await Services.sensitivity(scenario: scenario, method: .oneAtATime, levels: 3, threads: 2)
        guard case .oneAtATime(let o) = oat else { Issue.record("expected an OAT report"); return }
        #expect(o.levels.map(\.count) == [3, 3] && o.parameters == ["g", "k"])
        let morris = try await Services.sensitivity(scenario: scenario, method: .morris, trajectories: 3, threads: 2)
        for report in [oat, morris] {
            let json = try EntenteJSON.string(report)
            #expect(try EntenteJSON.decode(SensitivityReport.self, from: Data(json.utf8)) == report)
        }
        #expect(try EntenteJSON.string(morris).contains("\"mu_star\""))
        #expect(try EntenteJSON.string(oat).contains("\"method\" : \"oat\""))
    }

    @Test func modelsReportListsTheRegistry() throws {
        let report = Services.simulationModels()
        #expect(report.models.map(\.name) == ModelRegistry.standard.names)
        let moran = try #require(report.models.first { $0.name == "ipd-moran" })
        #expect(moran.strategyInput == "population")
        #expect(moran.parameters.contains { $0.name == "mutation_rate" && $0.upper == 1 })
        #expect(report.strategies.contains("Tit For Tat"))
        #expect(try EntenteJSON.string(report).contains("\"horizon_meaning\""))
    }
}
