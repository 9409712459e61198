import EntenteCore
import EntenteLaw
import RealModule

// Process 7: crises and armed attacks.
extension DefenseDiplomacyModel {
    /// Each month every politically relevant dyad has a crisis with probability
    ///
    ///     crisis_base · exp(c_threat·mutual threat + c_rivalry·rivalry + c_distrust·(1 − mutual trust)
    ///                       − c_regime·both members − c_interoperability·interoperability)
    ///
    /// capped at 1. A crisis raises mutual threat by 0.1 and lowers trust by 0.05; it escalates to an
    /// armed attack by the more threatened side with probability
    ///
    ///     escalation_base · 2·cap_a/(cap_a + cap_t) · exp(−deterrence · credible allied capability / cap_a)
    ///
    /// reduced by `dispute_settlement_effect` when both are members of a regime with dispute
    /// settlement. Not escalating is a conforming act on the peaceful-settlement norm.
    func crises(_ state: inout DefenseDiplomacyState, random: inout Xoshiro256StarStar) {
        let n = world.n
        let base = Double.log(max(p.crisisBase, 1e-300))
        // The largest hazard any dyad can have (threat, distrust and interoperability lie in 0…1): a
        // draw above it is no crisis whatever the dyad, so most dyads cost one draw and no exp.
        // The margin keeps the test conservative against rounding; the decisions are the same.
        let ceiling = Double.exp(
            base + max(0, p.crisisThreatEffect) + max(0, p.crisisDistrustEffect) + max(0, p.crisisRivalryEffect)
                + max(0, -p.crisisRegimeEffect) + max(0, -p.crisisInteroperabilityEffect) + 1e-9)
        var index = 0
        while index < world.relevantDyads.count {
            let i = Int(world.relevantDyads[index])
            let j = Int(world.relevantDyads[index + 1])
            index += 2
            let u = random.nextDouble()
            if u >= ceiling { continue }
            let ij = i * n + j
            let ji = j * n + i
            let threat = 0.5 * (state.threat[ij] + state.threat[ji])
            let trust = 0.5 * (state.trust[ij] + state.trust[ji])
            let bothMembers = state.regimeMember[i] && state.regimeMember[j]
            var logHazard = base + p.crisisThreatEffect * threat + p.crisisDistrustEffect * (1 - trust)
            if world.rivalry[ij] { logHazard += p.crisisRivalryEffect }
            if bothMembers { logHazard -= p.crisisRegimeEffect }
            logHazard -= p.crisisInteroperabilityEffect * state.interoperability[ij]
            guard u < Double.exp(logHazard) else { continue }
            state.crises += 1
            state.lastCrisis[ij] = Int32(state.month)
            state.lastCrisis[ji] = Int32(state.month)
            state.threat[ij] = min(1, state.threat[ij] + 0.1)
            state.threat[ji] = min(1, state.threat[ji] + 0.1)
            state.trust[ij] = max(0, state.trust[ij] - 0.05)
            state.trust[ji] = max(0, state.trust[ji] - 0.05)
            let (attacker, target) = state.threat[ij] >= state.threat[ji] ? (i, j) : (j, i)
            var escalation = p.escalationBase * escalationFactor(state, attacker: attacker, target: target)
            if bothMembers && p.disputeSettlement { escalation *= 1 - p.disputeSettlementEffect }
            let escalates = random.nextDouble() < escalation
            let norm = DefenseDiplomacyState.peacefulSettlement
            recordAct(&state, i: attacker, norm: norm, conforming: !escalates, random: &random)
            recordAct(&state, i: target, norm: norm, conforming: true, random: &random)
            if escalates { attack(&state, by: attacker, on: target, random: &random) }
        }
    }

    /// Balance of capability and deterrence by the target's allies (capability weighted by credibility).
    func escalationFactor(_ state: DefenseDiplomacyState, attacker: Int, target: Int) -> Double {
        let n = world.n
        let capA = effectiveCapability(state, attacker)
        let capT = effectiveCapability(state, target)
        var allied = 0.0
        for ally in 0..<n where ally != attacker && ally != target && world.defenseObligation[ally * n + target] {
            allied += state.credibility[ally] * effectiveCapability(state, ally)
        }
        return min(1, 2 * capA / (capA + capT)) * Double.exp(-p.deterrenceEffect * allied / capA)
    }

    /// Capability scaled by how far spending moved from its initial level.
    @inline(__always)
    func effectiveCapability(_ state: DefenseDiplomacyState, _ i: Int) -> Double {
        world.capability[i] * state.spending[i] / world.spending[i]
    }

    /// An armed attack: the legal engine judges the target's self-defence, which allies are bound and
    /// may lawfully assist, and whether the Security Council can act; allies honour their obligation
    /// with probability credibility × (0.5 + 0.5 × trust in the target), and honour or betrayal feeds
    /// back into trust and credibility.
    func attack(
        _ state: inout DefenseDiplomacyState, by attacker: Int, on target: Int, random: inout Xoshiro256StarStar
    ) {
        let n = world.n
        state.attacks += 1
        state.threat[target * n + attacker] = 1
        state.trust[target * n + attacker] = 0
        state.baseThreat[target * n + attacker] = max(state.baseThreat[target * n + attacker], 0.3)
        let day = world.start.adding(days: Int(Double(state.month) * 30.436875))
        let law = AttackLaw(world: world)
        switch law.selfDefence(attacker: attacker, target: target, day: day) {
        case .some(true): state.lawfulSelfDefence += 1
        case .some(false): break
        case .none: state.legalUnknown += 1
        }
        switch law.councilCanAct(attacker: attacker, target: target, day: day) {
        case .some(true): state.councilActed += 1
        case .some(false): state.councilBlocked += 1
        case .none: state.legalUnknown += 1
        }
        for ally in 0..<n where ally != attacker && ally != target && world.defenseObligation[ally * n + target] {
            // Treaty scope: an ally also bound to the attacker is not bound to fight it.
            if world.defenseObligation[ally * n + attacker] { continue }
            state.alliesBound += 1
            if law.collectiveDefence(ally: ally, attacker: attacker, target: target, day: day) == nil {
                state.legalUnknown += 1
            }
            let honourProbability = state.credibility[ally] * (0.5 + 0.5 * state.trust[ally * n + target])
            if random.nextDouble() < honourProbability {
                state.alliesHonoured += 1
                let d = target * n + ally
                state.trust[d] += p.honourGain * (1 - state.trust[d])
                state.credibility[ally] += 0.1 * (1 - state.credibility[ally])
                state.threat[attacker * n + ally] = min(1, state.threat[attacker * n + ally] + 0.2)
            } else {
                state.alliesBroke += 1
                for j in 0..<n where j != ally && (world.defenseObligation[ally * n + j] || j == target) {
                    state.trust[j * n + ally] -= p.betrayalLoss * state.trust[j * n + ally]
                }
                state.credibility[ally] -= 0.3 * state.credibility[ally]
            }
        }
    }
}
