// Process 4: arms dynamics.
extension DefenseDiplomacyModel {
    /// Richardson's equation for many states, one month at a time:
    ///
    ///     s_i ← s_i + k·Σ_j threat_ij·s_j − a·s_i + g_i
    ///
    /// with reaction k = `arms_reaction`, fatigue a = `arms_fatigue` and the grievance g_i set so the
    /// initial world is at rest. Spending stays between a fifth of its initial level and
    /// `economy_ceiling` times it: the economy bounds the race.
    func armsDynamics(_ state: inout DefenseDiplomacyState) {
        let n = world.n
        for i in 0..<n {
            var hostile = 0.0
            let row = i * n
            for j in 0..<n where j != i { hostile += state.threat[row + j] * state.spending[j] }
            let s = state.spending[i]
            let next = s + p.armsReaction * hostile - p.armsFatigue * s + state.grievance[i]
            state.spending[i] = min(world.spending[i] * p.economyCeiling, max(world.spending[i] * 0.2, next))
        }
    }
}
