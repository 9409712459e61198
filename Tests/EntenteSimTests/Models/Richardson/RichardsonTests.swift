import EntenteSim
import EntenteTestSupport
import Testing

struct RichardsonTests {
    struct Case: Sendable, CustomStringConvertible {
        var k, l, a, b, g, h: Double
        var model: RichardsonArmsRace { RichardsonArmsRace(k: k, l: l, a: a, b: b, g: g, h: h) }
        var description: String { "k=\(k) l=\(l) a=\(a) b=\(b) g=\(g) h=\(h)" }
    }

    static let stable = [
        Case(k: 0.5, l: 0.5, a: 0.75, b: 0.75, g: 1, h: 1), Case(k: 0.2, l: 0.9, a: 1, b: 0.4, g: 0.3, h: -0.1),
        Case(k: 1, l: 1, a: 2, b: 3, g: 2, h: 0.5),
    ]
    static let unstable = [
        Case(k: 0.9, l: 0.8, a: 0.5, b: 0.6, g: 1, h: 0.5), Case(k: 2, l: 1, a: 1, b: 1, g: 0.1, h: 0.1),
    ]

    @Test(arguments: stable + unstable)
    func equilibriumIsAFixedPointOfTheDynamics(c: Case) throws {
        let m = c.model
        let eq = try #require(m.equilibrium)
        #expect(abs(m.k * eq.y - m.a * eq.x + m.g) < 1e-12)
        #expect(abs(m.l * eq.x - m.b * eq.y + m.h) < 1e-12)
        let next = m.rk4Step(x: eq.x, y: eq.y, dt: 0.1)
        #expect(SimTestSupport.isClose(next.x, eq.x, relative: 1e-12, absolute: 1e-12))
    }

    @Test(arguments: stable)
    func stableRacesConvergeToTheEquilibrium(c: Case) throws {
        let m = c.model
        #expect(m.isStable)
        let eq = try #require(m.equilibrium)
        var random = Xoshiro256StarStar(seed: 0)
        let t = m.integrate(x0: 10, y0: -3, steps: 10_000, dt: 0.01, random: &random)
        #expect(abs(t.x.last! - eq.x) < 1e-6)
        #expect(abs(t.y.last! - eq.y) < 1e-6)
    }

    @Test(arguments: unstable)
    func unstableRacesRunAway(c: Case) {
        let m = c.model
        #expect(!m.isStable)
        var random = Xoshiro256StarStar(seed: 0)
        let t = m.integrate(x0: 1, y0: 1, steps: 5_000, dt: 0.01, random: &random)
        #expect(t.x.last! > 100 && t.y.last! > 100)
    }

    /// The linear system z' = A z + c has z(t) = z* + exp(At)(z0 − z*); exp(At) by scaling and squaring.
    @Test(arguments: stable + unstable)
    func rungeKuttaMatchesTheClosedFormSolution(c: Case) throws {
        let m = c.model
        let eq = try #require(m.equilibrium)
        let time = 3.0
        // exp(A t) for A = [[-a, k], [l, -b]]
        var e = [[1.0, 0.0], [0.0, 1.0]]
        let s = 1.0 / 1024
        let a = [[-m.a * time * s, m.k * time * s], [m.l * time * s, -m.b * time * s]]
        var term = [[1.0, 0.0], [0.0, 1.0]]
        func mul(_ x: [[Double]], _ y: [[Double]]) -> [[Double]] {
            [
                [x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
                [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]],
            ]
        }
        for n in 1...20 {
            term = mul(term, a).map { $0.map { $0 / Double(n) } }
            for i in 0..<2 { for j in 0..<2 { e[i][j] += term[i][j] } }
        }
        for _ in 0..<10 { e = mul(e, e) }
        let (x0, y0) = (2.0, 5.0)
        let ex = eq.x + e[0][0] * (x0 - eq.x) + e[0][1] * (y0 - eq.y)
        let ey = eq.y + e[1][0] * (x0 - eq.x) + e[1][1] * (y0 - eq.y)
        var random = Xoshiro256StarStar(seed: 0)
        let t = m.integrate(x0: x0, y0: y0, steps: 300, dt: 0.01, random: &random)
        #expect(SimTestSupport.isClose(t.x.last!, ex, relative: 1e-8, absolute: 1e-8))
        #expect(SimTestSupport.isClose(t.y.last!, ey, relative: 1e-8, absolute: 1e-8))
    }

    @Test(arguments: [
        Case(k: 0.2, l: 0.2, a: 0.5, b: 0.5, g: 1, h: 1), Case(k: 0.5, l: 0.5, a: 0.3, b: 0.3, g: 1, h: 1),
        Case(k: 0.1, l: 0.1, a: 2.5, b: 2.5, g: 1, h: 1), Case(k: 0.3, l: 0.1, a: 1.2, b: 0.8, g: 0.5, h: 2),
    ])
    func discreteStabilityConditionPredictsTheDifferenceEquation(c: Case) throws {
        let m = c.model
        let eq = try #require(m.equilibrium)
        var random = Xoshiro256StarStar(seed: 0)
        let t = m.integrate(x0: eq.x + 1, y0: eq.y + 0.5, steps: 300, discrete: true, random: &random)
        let distance = abs(t.x.last! - eq.x) + abs(t.y.last! - eq.y)
        if m.isDiscreteStable { #expect(distance < 1e-6) } else { #expect(distance > 1) }
    }

    @Test func shocksMakeReplicatesDifferButKeepTheirMeanNearTheEquilibrium() async throws {
        var s = Scenario(
            name: "shocks", model: .richardson, seed: 5, replicates: 40, horizon: 3_000, recordEvery: 3_000)
        for (name, v) in [("k", 0.5), ("l", 0.5), ("a", 0.75), ("b", 0.75), ("shock", 0.3), ("x0", 4), ("y0", 4)] {
            try s.set(name, to: v)
        }
        let r = await SimulationRunner.run(s, threads: 2)
        let fx = try #require(r.summaryNames.firstIndex(of: "final_x"))
        #expect(Set(r.point.replicateSummaries.map { $0[fx] }).count == 40)
        let summary = r.point.summaries[fx]
        #expect(summary.meanLower < 4 && 4 < summary.meanUpper || abs(summary.mean - 4) < 0.2)
    }
}
