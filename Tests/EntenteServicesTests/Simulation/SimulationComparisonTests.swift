import EntenteCore
import EntenteServices
import EntenteSim
import Testing

struct SimulationComparisonTests {
    @Test func theDifferenceAndItsIntervalFollowWelch() {
        let o = SimulationComparisonReport.Outcome(name: "x", a: [1, 2, 3], b: [4, 5, 6])
        #expect(o.difference == 3)
        // Equal variances (1) and sizes (3): df = 4, t = 2.7764, SE = √(2/3).
        let half = 2.7764 * (2.0 / 3.0).squareRoot()
        #expect(abs((o.differenceCiLow ?? 0) - (3 - half)) < 1e-4)
        #expect(abs((o.differenceCiHigh ?? 0) - (3 + half)) < 1e-4)
        #expect(o.differs)
        // Hedges' g: d = 3 / 1, J = 1 − 3/(4·6 − 9) = 0.8.
        #expect(abs((o.hedgesG ?? 0) - 2.4) < 1e-12)
        let same = SimulationComparisonReport.Outcome(name: "y", a: [1, 2, 3], b: [1, 2, 3])
        #expect(same.difference == 0)
        #expect(!same.differs)
    }

    @Test func twoScenariosAreComparedOutcomeByOutcome() async throws {
        let base =
            "model: defense-diplomacy\nseed: 5\nreplicates: 8\nhorizon: 60\nrecord_every: 12\nparameters:\n"
            + "  synthetic_states: 20\n"
        let a = try Services.scenario(text: base, file: "a.yaml")
        let b = try Services.scenario(
            text: base + "  great_power_exercise_rate: 0.9\n  great_power_notification: 0\n", file: "b.yaml")
        let report = try await Services.compareSimulations(a, b, files: ("a.yaml", "b.yaml"), threads: 2)
        #expect(report.outcomes.map(\.name) == a.summaryNames)
        let threat = try #require(report.outcomes.first { $0.name == "mean_threat" })
        #expect((threat.difference ?? 0) > 0)
        #expect(threat.nA == 8 && threat.nB == 8)
        #expect(!report.series.isEmpty)
        let again = try await Services.compareSimulations(a, b, files: ("a.yaml", "b.yaml"), threads: 1)
        #expect(again == report)
    }
}
