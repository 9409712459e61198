import EntenteSim
import Testing

struct DeterminismTests {
    static func scenarios() throws -> [Scenario] {
        var moran = Scenario(
            name: "moran", model: .ipdMoran, seed: 3, replicates: 5, horizon: 60, recordEvery: 7,
            strategies: [.titForTat, .random, .defector], counts: [3, 3, 3])
        try moran.set("noise", to: 0.02)
        try moran.set("turns", to: 10)
        var tournament = Scenario(
            name: "tournament", model: .ipdTournament, seed: 9, replicates: 6, horizon: 30,
            strategies: IPDStrategy.allCases)
        try tournament.set("noise", to: 0.05)
        var richardson = Scenario(
            name: "richardson", model: .richardson, seed: 1, replicates: 7, horizon: 500, recordEvery: 50)
        try richardson.set("shock", to: 0.5)
        return [
            Scenario(name: "norms", model: .norms, seed: 1, replicates: 9, horizon: 60, recordEvery: 5),
            Scenario(name: "meta", model: .metanorms, seed: 2, replicates: 5, horizon: 30),
            moran, tournament, richardson,
        ]
    }

    @Test(arguments: [1, 2, 3, 8])
    func sameSeedGivesBitIdenticalOutputWhateverTheThreadCount(threads: Int) async throws {
        for scenario in try Self.scenarios() {
            let one = await SimulationRunner.run(scenario, threads: 1)
            let many = await SimulationRunner.run(scenario, threads: threads)
            #expect(BitPatterns.of(many) == BitPatterns.of(one), "\(scenario.name)")
            #expect(many.seriesNames == one.seriesNames && many.summaryNames == one.summaryNames)
        }
    }

    @Test func differentSeedsGiveDifferentRuns() async throws {
        for var scenario in try Self.scenarios() where scenario.model != .richardson || scenario.value("shock")! > 0 {
            let a = await SimulationRunner.run(scenario, threads: 2)
            scenario.seed += 1
            let b = await SimulationRunner.run(scenario, threads: 2)
            #expect(a.point.replicateSummaries != b.point.replicateSummaries, "\(scenario.name)")
        }
    }

    @Test func replicatesOfOneRunDiffer() async throws {
        let s = Scenario(name: "norms", model: .norms, seed: 1, replicates: 8, horizon: 50)
        let r = await SimulationRunner.run(s, threads: 2)
        #expect(Set(r.point.replicateSeries).count == 8)
    }

    @Test func progressIsReportedOncePerReplicateInOrder() async {
        final class Log: @unchecked Sendable {  // appended only from the runner's collecting loop, serially
            var calls: [(Int, Int)] = []
        }
        let log = Log()
        let s = Scenario(name: "norms", model: .norms, seed: 1, replicates: 6, horizon: 5)
        _ = await SimulationRunner.run(s, threads: 3) { done, total in log.calls.append((done, total)) }
        #expect(log.calls.map(\.0) == [1, 2, 3, 4, 5, 6])
        #expect(log.calls.allSatisfy { $0.1 == 6 })
    }

    @Test func seriesAreRecordedAtTheRequestedStepsAndTheHorizon() async {
        let s = Scenario(name: "norms", model: .norms, seed: 1, replicates: 2, horizon: 23, recordEvery: 5)
        #expect(s.recordedSteps == [0, 5, 10, 15, 20, 23])
        let r = await SimulationRunner.run(s, threads: 1)
        #expect(r.point.replicateSeries.count == 2)
        #expect(r.point.replicateSeries.allSatisfy { $0.count == 6 * 2 })
        #expect(r.steps == s.recordedSteps)
    }
}
