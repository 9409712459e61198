import EntenteCore
import Testing

@testable import EntenteSim

/// The sparse passes (neighbour lists, the fused threat-and-arms pass, the yearly dyad shares)
/// against the plain scans they replace.
struct DefenseDiplomacySparseTests {
    static func model(states: Int, _ settings: [String: Double] = [:]) throws -> DefenseDiplomacyModel {
        var scenario = Scenario(model: .defenseDiplomacy, horizon: 12)
        try scenario.set("synthetic_states", to: Double(states))
        for (name, value) in settings { try scenario.set(name, to: value) }
        return try #require(scenario.makeModel(parameters: scenario.parameters) as? DefenseDiplomacyModel)
    }

    @Test func neighbourListsHoldExactlyTheNearStatesAndTheRivals() throws {
        let model = try Self.model(states: 80)
        let world = model.world
        let n = world.n
        var rivalsSeen = 0
        for h in 0..<n {
            let near = Set(world.near[Int(world.nearStart[h])..<Int(world.nearStart[h + 1])].map(Int.init))
            let rivals = Set(world.rivals[Int(world.rivalStart[h])..<Int(world.rivalStart[h + 1])].map(Int.init))
            #expect(near == Set((0..<n).filter { $0 != h && world.proximity[h * n + $0] >= 0.5 }))
            #expect(rivals == Set((0..<n).filter { world.rivalry[h * n + $0] }))
            rivalsSeen += rivals.count
        }
        #expect(rivalsSeen > 0)
    }

    /// A bilateral exercise visits its observers through the neighbour and rival lists; the threat it
    /// leaves must be, bit for bit, what a scan over every state gives.
    @Test func anExerciseThreatensTheSameObserversAsAScanOverEveryState() throws {
        let model = try Self.model(states: 80, ["observer_rate": 0, "regime_binding": 0])
        let world = model.world
        let n = world.n
        var random = Xoshiro256StarStar(seed: 5)
        var state = model.makeState(random: &random)
        // Pairs that include rivals, so observers beyond the host's region count too.
        var pairs: [(Int, Int)] = []
        for i in 0..<n where world.rivalStart[i + 1] > world.rivalStart[i] {
            pairs.append((i, (i + 7) % n))
            pairs.append((Int(world.rivals[Int(world.rivalStart[i])]), i))
        }
        for i in stride(from: 0, to: n, by: 9) { pairs.append((i, (i + 1) % n)) }
        #expect(pairs.count > 10)
        for (first, second) in pairs where first != second {
            var expected = state.threat
            let base = model.p.threatScale
            for k in 0..<n where k != first && k != second {
                let proximity = world.proximity[first * n + k]
                guard proximity >= 0.5 || world.rivalry[k * n + first] || world.rivalry[k * n + second] else {
                    continue
                }
                for j in [first, second] {
                    let d = k * n + j
                    let relative = world.capability[j] / (world.capability[j] + world.capability[k])
                    expected[d] = min(1, expected[d] + base * proximity * relative * (1 - state.trust[d]))
                }
            }
            model.exercise(
                &state, organiser: first, first: first, second: second, multilateral: false, warfighting: true,
                notificationProbability: 0, random: &random)
            #expect(state.threat.map(\.bitPattern) == expected.map(\.bitPattern))
        }
    }

    /// The fused pass relaxes threat exactly as `threat += decay · (base − threat)` and moves spending
    /// as the arms equation over the relaxed row (to rounding).
    @Test func theFusedPassRelaxesThreatAndMovesSpendingAsThePlainLoops() throws {
        let model = try Self.model(states: 37, ["arms_reaction": 0.05])
        let n = model.world.n
        var random = Xoshiro256StarStar(seed: 9)
        var state = model.makeState(random: &random)
        for d in state.threat.indices where d % 5 == 0 && d / n != d % n { state.threat[d] = 0.6 }
        var threat = state.threat
        for d in threat.indices { threat[d] += model.p.threatDecay * (state.baseThreat[d] - threat[d]) }
        var spending = state.spending
        for i in 0..<n {
            var hostile = 0.0
            for j in 0..<n where j != i { hostile += threat[i * n + j] * spending[j] }
            let s = spending[i]
            let s0 = model.world.spending[i]
            let reaction = model.p.armsReaction * s0 * (hostile - state.restHostility[i]) / model.world.totalSpending
            spending[i] = min(s0 * model.p.economyCeiling, max(s0 * 0.2, s + reaction - model.p.armsFatigue * (s - s0)))
        }
        model.armsDynamics(&state)
        #expect(state.threat.map(\.bitPattern) == threat.map(\.bitPattern))
        var moved = 0
        for i in 0..<n {
            #expect(abs(state.spending[i] - spending[i]) <= 1e-12 * spending[i])
            if spending[i] != model.world.spending[i] { moved += 1 }
        }
        #expect(moved > 0)
    }

    @Test func yearlyExerciseAndCrisisSharesCountThePairsOfTheLastTwelveMonths() async throws {
        func shares(_ settings: [String: Double]) async throws -> (exercise: [Double], crisis: [Double]) {
            var scenario = Scenario(
                name: "y", model: .defenseDiplomacy, seed: 4, replicates: 1, horizon: 36, recordEvery: 12)
            try scenario.set("synthetic_states", to: 30)
            for (name, value) in settings { try scenario.set(name, to: value) }
            let result = await SimulationRunner.run(scenario, threads: 1)
            let names = scenario.seriesNames
            let e = try #require(names.firstIndex(of: "exercise_dyad_share"))
            let c = try #require(names.firstIndex(of: "crisis_dyad_share"))
            let series = result.point.replicateSeries[0]
            let rows = series.count / names.count
            return ((0..<rows).map { series[$0 * names.count + e] }, (0..<rows).map { series[$0 * names.count + c] })
        }
        let quiet = try await shares([
            "engagement_rate": 0, "regime_exercise_rate": 0, "great_power_exercise_rate": 0, "crisis_base": 0,
        ])
        #expect(quiet.exercise.allSatisfy { $0 == 0 })
        #expect(quiet.crisis.allSatisfy { $0 == 0 })
        let busy = try await shares(["engagement_rate": 0.9, "crisis_base": 0.05])
        #expect(busy.exercise[0] == 0 && busy.crisis[0] == 0)
        #expect(busy.exercise.dropFirst().allSatisfy { $0 > 0 && $0 <= 1 })
        #expect(busy.crisis.dropFirst().allSatisfy { $0 > 0 && $0 <= 1 })
    }
}
