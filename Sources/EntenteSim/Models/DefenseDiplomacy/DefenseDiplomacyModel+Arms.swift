// Process 4: arms dynamics.
extension DefenseDiplomacyModel {
    /// Richardson's linear equation for many states, written around the initial rest point and in
    /// relative terms, one month at a time:
    ///
    ///     s_i ← s_i + k·s⁰_i·(H_i − H⁰_i)/S⁰ − a·(s_i − s⁰_i),   H_i = Σ_j threat_ij·s_j
    ///
    /// with reaction k = `arms_reaction`, fatigue a = `arms_fatigue` and S⁰ the world's initial total.
    /// The initial world (base threat) is at rest; full threat from the whole world raises a state's
    /// spending by k/a times its own initial level, whatever its size (in the absolute form a small
    /// state would react to a great power's whole budget). Spending stays between a fifth of its initial level and
    /// `economy_ceiling` times it: the economy bounds the race.
    func armsDynamics(_ state: inout DefenseDiplomacyState) {
        let n = world.n
        for i in 0..<n {
            var hostile = 0.0
            let row = i * n
            for j in 0..<n where j != i { hostile += state.threat[row + j] * state.spending[j] }
            let s = state.spending[i]
            let s0 = world.spending[i]
            let reaction = p.armsReaction * s0 * (hostile - state.restHostility[i]) / world.totalSpending
            let next = s + reaction - p.armsFatigue * (s - s0)
            state.spending[i] = min(s0 * p.economyCeiling, max(s0 * 0.2, next))
        }
    }
}
