import EntenteCore
import EntenteSim
import Testing

/// Reproducibility and bad input for the defense-diplomacy model.
struct DefenseDiplomacyScenarioTests {
    static let scenarioFolder = "examples/scenarios"

    static func synthetic(states: Int = 25, replicates: Int = 6, horizon: Int = 36) throws -> Scenario {
        var scenario = Scenario(
            name: "dd", model: .defenseDiplomacy, seed: 11, replicates: replicates, horizon: horizon, recordEvery: 6)
        try scenario.set("synthetic_states", to: Double(states))
        try scenario.set("crisis_base", to: 0.01)
        return scenario
    }

    @Test(arguments: [2, 3, 8])
    func sameSeedGivesBitIdenticalOutputWhateverTheThreadCount(threads: Int) async throws {
        let scenario = try Self.synthetic()
        let one = await SimulationRunner.run(scenario, threads: 1)
        let many = await SimulationRunner.run(scenario, threads: threads)
        #expect(BitPatterns.of(many) == BitPatterns.of(one))
        // Replicates differ from each other: the streams are really independent.
        let summaries = one.point.replicateSummaries
        #expect(Set(summaries.map { BitPatterns.of($0) }).count > 1)
    }

    @Test func shardedSweepMergesBitIdenticalToTheWholeSweep() async throws {
        let scenario = try Self.synthetic(states: 15, replicates: 3, horizon: 24)
        let design = SweepDesign.grid([
            .init(name: "engagement_rate", values: [0.1, 0.3]), .init(name: "crisis_base", values: [0.005, 0.02]),
        ])
        let whole = try await SweepResult.run(scenario, design: design, threads: 2)
        var parts: [SweepResult] = []
        for i in 0..<3 {
            parts.append(
                try await SweepResult.run(scenario, design: design, shard: Shard(index: i, count: 3), threads: 1))
        }
        let merged = try SweepResult.merge(parts.reversed())
        #expect(BitPatterns.of(merged) == BitPatterns.of(whole))
    }

    @Test func anotherSeedGivesAnotherRun() async throws {
        var scenario = try Self.synthetic(replicates: 2)
        let one = await SimulationRunner.run(scenario, threads: 1)
        scenario.seed = 12
        let other = await SimulationRunner.run(scenario, threads: 1)
        #expect(BitPatterns.of(one) != BitPatterns.of(other))
    }

    @Test func outputsHaveTheDeclaredShape() async throws {
        let scenario = try Self.synthetic(replicates: 2, horizon: 30)
        let result = await SimulationRunner.run(scenario, threads: 1)
        let names = scenario.summaryNames
        #expect(result.point.replicateSummaries.allSatisfy { $0.count == names.count })
        let trust = try #require(names.firstIndex(of: "mean_trust"))
        let share = try #require(names.firstIndex(of: "regime_share"))
        for s in result.point.replicateSummaries {
            #expect(s[trust] > 0 && s[trust] < 1)
            #expect(s[share] >= 0 && s[share] <= 1)
        }
    }

    static let good = """
        model: defense-diplomacy
        horizon: 24
        world:
          date: 2010-06-30
          states: [asean, USA]
          attack: {attacker: USA, target: IDN, month: 3}
        """

    @Test func aWorldSectionIsReadAndMustBeAttachedBeforeRunning() throws {
        let scenario = try ScenarioParser.parse(Self.good, file: "w.yaml")
        let selection = try #require(scenario.worldSelection)
        #expect(selection.date == Day(year: 2010, month: 6, day: 30))
        #expect(selection.states.map(\.text) == ["asean", "USA"])
        #expect(selection.attack?.month == 3)
        #expect(selection.states[1].line == 5)
        let error = #expect(throws: EntenteError.self) { try scenario.validate() }
        #expect(error?.message.contains("w.yaml") == true)
        #expect(error?.message.contains("attach") == true)
    }

    @Test(arguments: [
        (
            "model: defense-diplomacy\nhorizon: 12\nparameters:\n  engagment_rate: 0.4\n", "bad.yaml:4",
            "engagement_rate"
        ),
        (
            "model: defense-diplomacy\nhorizon: 12\nworld:\n  date: 2010-02-30\n  states: [IDN]\n", "bad.yaml:4",
            "world.date"
        ),
        ("model: defense-diplomacy\nhorizon: 12\nworld:\n  date: 2010-06-30\n  sates: [IDN]\n", "bad.yaml:5", "states"),
        (
            "model: defense-diplomacy\nhorizon: 12\nworld:\n  date: 2010-06-30\n  states: [IDN]\n"
                + "  attack: {attacker: CHN, target: PHL, month: 13}\n", "bad.yaml:6", "world.attack.month"
        ),
        (
            "model: defense-diplomacy\nhorizon: 12\nworld:\n  date: 2010-06-30\n  states: [IDN]\n"
                + "  posture: {IDN: neutralist}\n", "bad.yaml:6", "world.posture"
        ),
        ("model: defense-diplomacy\nhorizon: 12\nparameters:\n  decision_rule: 2\n", "bad.yaml:4", "decision_rule"),
    ])
    func badScenariosAreRefusedWithFileLineAndField(text: String, place: String, field: String) {
        let error = #expect(throws: EntenteError.self) { try ScenarioParser.parse(text, file: "bad.yaml") }
        #expect(error?.code == .invalidScenario)
        #expect(error?.message.contains(place) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains(field) == true, "\(error?.message ?? "")")
    }
}
