import EntenteCore
import Testing

@testable import EntenteSim

/// Process-level checks of the defense-diplomacy model on small synthetic worlds.
struct DefenseDiplomacyProcessTests {
    static func model(_ settings: [String: Double] = [:]) throws -> DefenseDiplomacyModel {
        var scenario = Scenario(model: .defenseDiplomacy, horizon: 12)
        try scenario.set("synthetic_states", to: 20)
        for (name, value) in settings { try scenario.set(name, to: value) }
        return try #require(scenario.makeModel(parameters: scenario.parameters) as? DefenseDiplomacyModel)
    }

    /// Total threat perceived after one warfighting exercise between the strongest state and a neighbour.
    static func threatAfterExercise(notified: Bool, observers: Double = 0) throws -> (before: Double, after: Double) {
        let model = try model(["observer_rate": observers])
        var random = Xoshiro256StarStar(seed: 3)
        var state = model.makeState(random: &random)
        let before = state.threat.reduce(0, +)
        let strongest = model.world.capability.indices.max { model.world.capability[$0] < model.world.capability[$1] }!
        let partner = (0..<model.world.n).first {
            $0 != strongest && model.world.proximity[strongest * model.world.n + $0] >= 0.5
        }!
        model.exercise(
            &state, organiser: strongest, first: strongest, second: partner, multilateral: false, warfighting: true,
            notificationProbability: notified ? 1 : 0, random: &random)
        return (before, state.threat.reduce(0, +))
    }

    @Test func anExerciseRaisesThirdPartyThreatAndNotificationLowersIt() throws {
        let unnotified = try Self.threatAfterExercise(notified: false)
        let notified = try Self.threatAfterExercise(notified: true)
        #expect(unnotified.after > unnotified.before)
        #expect(notified.after > notified.before)
        #expect(notified.after - notified.before < unnotified.after - unnotified.before)
        let observed = try Self.threatAfterExercise(notified: false, observers: 1)
        #expect(observed.after - observed.before < unnotified.after - unnotified.before)
    }

    @Test func trustTransparencyAndInteroperabilitySaturate() throws {
        let model = try Self.model(["trust_gain": 0.2])
        var random = Xoshiro256StarStar(seed: 1)
        var state = model.makeState(random: &random)
        var previous = state.trust[1]
        for _ in 0..<2000 {
            model.strengthen(&state, 0, 1, .intelligence)
            #expect(state.trust[1] >= previous)
            #expect(state.trust[1] <= 1)
            previous = state.trust[1]
        }
        #expect(state.trust[1] > 0.999)
        #expect(state.transparency[1] <= 1 && state.interoperability[1] <= 1)
        #expect(state.trust[model.world.n] > 0.999)
    }

    @Test func spendingStaysWithinTheEconomysBound() throws {
        let model = try Self.model(["arms_reaction": 1, "economy_ceiling": 2])
        var random = Xoshiro256StarStar(seed: 1)
        var state = model.makeState(random: &random)
        for d in state.threat.indices { state.threat[d] = 1 }
        for _ in 0..<100 { model.armsDynamics(&state) }
        for i in 0..<model.world.n {
            #expect(state.spending[i] <= 2 * model.world.spending[i] * (1 + 1e-12))
            #expect(state.spending[i] >= 0.2 * model.world.spending[i] * (1 - 1e-12))
        }
        #expect(model.spendingIndex(state) > 1.5)
    }

    @Test func theInitialWorldIsAtRestWithoutEvents() throws {
        let model = try Self.model()
        var random = Xoshiro256StarStar(seed: 1)
        var state = model.makeState(random: &random)
        for _ in 0..<50 { model.armsDynamics(&state) }
        #expect(abs(model.spendingIndex(state) - 1) < 1e-9)
    }

    @Test func sanctionsRaiseAdherenceAndImpunityLowersIt() throws {
        let strict = try Self.model(["norm_visibility": 1, "vengefulness": 1, "initial_adherence": 1])
        let lax = try Self.model(["norm_visibility": 0])
        var random = Xoshiro256StarStar(seed: 1)
        var a = strict.makeState(random: &random)
        var b = lax.makeState(random: &random)
        let slot = 0 * DefenseDiplomacyState.normCount + DefenseDiplomacyState.consent
        a.adherence[slot] = 0.5
        let before = b.adherence[slot]
        strict.recordAct(&a, i: 0, norm: DefenseDiplomacyState.consent, conforming: false, random: &random)
        lax.recordAct(&b, i: 0, norm: DefenseDiplomacyState.consent, conforming: false, random: &random)
        #expect(a.adherence[slot] > 0.5)
        #expect(b.adherence[slot] < before)
    }

    @Test func anAttackIsJudgedByTheLegalEngine() throws {
        let model = try Self.model()
        let n = model.world.n
        // A client of a major power (a defense obligation from the major towards it), attacked by
        // another state that is not the major's ally.
        let major = (0..<n).first { model.world.isMajorPower[$0] }!
        let client = (0..<n).first { model.world.defenseObligation[major * n + $0] }!
        let attacker = (0..<n).first {
            $0 != major && $0 != client && !model.world.defenseObligation[major * n + $0]
                && !model.world.isPermanentMember[$0] && !model.world.defenseObligation[$0 * n + client]
        }!
        var random = Xoshiro256StarStar(seed: 1)
        var state = model.makeState(random: &random)
        state.month = 6
        model.attack(&state, by: attacker, on: client, random: &random)
        #expect(state.attacks == 1)
        #expect(state.lawfulSelfDefence == 1)
        #expect(state.alliesBound >= 1)
        #expect(state.alliesHonoured + state.alliesBroke == state.alliesBound)
        #expect(state.legalUnknown == 0)
        #expect(state.councilActed + state.councilBlocked == 1)

        // A permanent member attacking: its own veto blocks the Council.
        var second = model.makeState(random: &random)
        second.month = 6
        model.attack(&second, by: major, on: attacker, random: &random)
        #expect(second.councilBlocked == 1)
        #expect(second.lawfulSelfDefence == 1)
    }

    @Test func aScheduledAttackHappensInItsMonth() async throws {
        var scenario = Scenario(model: .defenseDiplomacy, seed: 4, replicates: 3, horizon: 24, recordEvery: 12)
        try scenario.set("synthetic_states", to: 15)
        try scenario.set("crisis_base", to: 0)
        try scenario.set("attacker", to: 1)
        try scenario.set("attack_target", to: 2)
        try scenario.set("attack_month", to: 10)
        let result = await SimulationRunner.run(scenario, threads: 1)
        let attacks = try #require(scenario.summaryNames.firstIndex(of: "attacks"))
        for summary in result.point.replicateSummaries { #expect(summary[attacks] == 1) }
    }
}
