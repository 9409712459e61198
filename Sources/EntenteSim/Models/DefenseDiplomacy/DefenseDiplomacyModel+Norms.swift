import EntenteLaw

// Process 5: norm dynamics.
extension DefenseDiplomacyModel {
    /// Monthly acts on the consent and budget-transparency norms (notification acts come from
    /// exercises, peaceful-settlement acts from crises).
    func normPractice(_ state: inout DefenseDiplomacyState, random: inout Xoshiro256StarStar) {
        let k = DefenseDiplomacyState.normCount
        for i in 0..<world.n {
            for norm in DefenseDiplomacyState.consent...DefenseDiplomacyState.budgetTransparency {
                guard random.nextDouble() < p.normActRate else { continue }
                let conforming = random.nextDouble() < state.adherence[i * k + norm]
                recordAct(&state, i: i, norm: norm, conforming: conforming, random: &random)
            }
        }
    }

    /// One act on a norm, as in Axelrod's (1986) norms game: a contrary act is seen with probability
    /// `norm_visibility` and sanctioned with the mean adherence times `vengefulness`, plus
    /// `metanorm_pressure` inside a monitored regime; sanctions raise adherence, impunity lowers it.
    /// A conforming act may come with a statement that the norm is law (opinio juris), more often
    /// inside a binding regime.
    func recordAct(
        _ state: inout DefenseDiplomacyState, i: Int, norm: Int, conforming: Bool, random: inout Xoshiro256StarStar
    ) {
        let k = DefenseDiplomacyState.normCount
        let slot = i * k + norm
        let a = state.adherence[slot]
        var next = a
        let member = state.regimeMember[i]
        if conforming {
            state.conformingActs[norm] += 1
            let rate = p.statementRate * (member && p.regimeBinding ? 2 : 1)
            if !state.stated[slot] && random.nextDouble() < rate { state.stated[slot] = true }
            next += p.normLearning * (state.adherenceSum[norm] / Double(world.n) - a)
        } else {
            state.contraryActs[norm] += 1
            let mean = state.adherenceSum[norm] / Double(world.n)
            var sanction = p.vengefulness * mean
            if member && p.regimeMonitoring { sanction += p.metanormPressure }
            if random.nextDouble() < p.normVisibility && random.nextDouble() < sanction {
                next += 5 * p.normLearning * (1 - a)
            } else {
                next -= p.normLearning * a
            }
        }
        next = min(1, max(0, next))
        state.adherence[slot] = next
        state.adherenceSum[norm] += next - a
    }

    /// Each norm's status from the practice and statements so far: established (2) when practice is
    /// general (at least 80% of acts conform) and at least the tipping-point share of states have
    /// stated it as law (``CustomaryLaw/tippingPoint``, one third); emerging (1) when most acts
    /// conform and some states have stated it; else not established (0).
    func judgeNorms(_ state: inout DefenseDiplomacyState) {
        let k = DefenseDiplomacyState.normCount
        let n = world.n
        for norm in 0..<k {
            let acts = state.conformingActs[norm] + state.contraryActs[norm]
            let practice = acts > 0 ? Double(state.conformingActs[norm]) / Double(acts) : 0
            var stated = 0
            for i in 0..<n where state.stated[i * k + norm] { stated += 1 }
            let opinio = Double(stated) / Double(max(n, 1))
            if practice >= 0.8 && opinio >= CustomaryLaw.tippingPoint {
                state.normStatus[norm] = 2
            } else if practice >= 0.5 && opinio > 0 {
                state.normStatus[norm] = 1
            } else {
                state.normStatus[norm] = 0
            }
        }
    }
}
