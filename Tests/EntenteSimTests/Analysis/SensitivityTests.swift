import EntenteCore
import EntenteSim
import EntenteTestSupport
import Testing

/// Sensitivity analysis checked on the Richardson model, whose equilibrium is known in closed form:
/// x* = (k h + b g) / (a b − k l).
struct SensitivityTests {
    static func scenario() throws -> Scenario {
        var s = Scenario(name: "richardson", model: .richardson, seed: 3, replicates: 2, horizon: 10)
        for (n, v) in [("k", 0.5), ("l", 0.5), ("a", 1.0), ("b", 1.0), ("g", 1.0), ("h", 1.0)] { try s.set(n, to: v) }
        return s
    }

    @Test func oneAtATimeEffectsMatchTheEquilibriumFormula() async throws {
        let s = try Self.scenario()
        let ranges = [Scenario.ParameterRange(name: "h", lower: 0, upper: 2), .init(name: "x0", lower: 0, upper: 5)]
        let r = try await SensitivityAnalysis.oneAtATime(s, ranges: ranges, levels: 3, threads: 2)
        let m = try #require(r.metricNames.firstIndex(of: "equilibrium_x"))
        // ∂x*/∂h = k / (a b − k l) = 0.5 / 0.75; over a range of 2: 4/3.
        #expect(SimTestSupport.isClose(r.effects[0][m], 2 * 0.5 / 0.75, relative: 1e-12))
        #expect(r.effects[1][m] == 0)
        #expect(r.levels[0] == [0, 1, 2])
        #expect(SimTestSupport.isClose(r.baseline[m], (0.5 + 1) / 0.75, relative: 1e-12))
    }

    @Test func morrisRanksInfluentialParametersAndZeroesInertOnes() async throws {
        let s = try Self.scenario()
        let ranges = [
            Scenario.ParameterRange(name: "g", lower: 0, upper: 2), .init(name: "x0", lower: -5, upper: 5),
            .init(name: "h", lower: 0, upper: 0.2),
        ]
        let r = try await SensitivityAnalysis.morris(s, ranges: ranges, trajectories: 6, levels: 4, threads: 2)
        let m = try #require(r.metricNames.firstIndex(of: "equilibrium_x"))
        // x* is linear in g and h: every elementary effect equals the slope times the range, σ = 0.
        #expect(SimTestSupport.isClose(r.muStar[0][m], 2 * 1.0 / 0.75, relative: 1e-9))
        #expect(SimTestSupport.isClose(r.mu[0][m], r.muStar[0][m], relative: 1e-12))
        #expect(r.sigma[0][m] < 1e-9)
        #expect(r.muStar[1][m] == 0)
        #expect(r.muStar[0][m] > r.muStar[2][m] && r.muStar[2][m] > r.muStar[1][m])
        let again = try await SensitivityAnalysis.morris(s, ranges: ranges, trajectories: 6, levels: 4, threads: 1)
        #expect(again == r)
    }

    @Test func badDesignsAreRefused() async throws {
        let s = try Self.scenario()
        await #expect(throws: EntenteError.self) {
            try await SensitivityAnalysis.morris(
                s, ranges: [.init(name: "g", lower: 0, upper: 1)], trajectories: 4, levels: 3, threads: 1)
        }
        await #expect(throws: EntenteError.self) {
            try await SensitivityAnalysis.oneAtATime(
                s, ranges: [.init(name: "nope", lower: 0, upper: 1)], levels: 3, threads: 1)
        }
        await #expect(throws: EntenteError.self) {
            try await SensitivityAnalysis.oneAtATime(s, ranges: [], levels: 3, threads: 1)
        }
    }
}
