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
    ///
    /// Threat relaxes towards its base level in the same pass over each row (threat += threat_decay ·
    /// (base − threat)), so the `n × n` matrix is read once a month, not twice. The sum over a row runs
    /// in four partial sums (the diagonal adds 0·s_i = 0): a different rounding order from a single
    /// running sum, the same value to about 1e-16.
    func armsDynamics(_ state: inout DefenseDiplomacyState) {
        let n = world.n
        let decay = p.threatDecay
        let reactionScale = p.armsReaction / world.totalSpending
        let fatigue = p.armsFatigue
        let ceiling = p.economyCeiling
        state.baseThreat.withUnsafeBufferPointer { base in
            state.threat.withUnsafeMutableBufferPointer { threat in
                state.spending.withUnsafeMutableBufferPointer { spending in
                    world.spending.withUnsafeBufferPointer { initial in
                        state.restHostility.withUnsafeBufferPointer { rest in
                            for i in 0..<n {
                                let row = i * n
                                var h0 = 0.0
                                var h1 = 0.0
                                var h2 = 0.0
                                var h3 = 0.0
                                var j = 0
                                while j + 4 <= n {
                                    let a = threat[row + j] + decay * (base[row + j] - threat[row + j])
                                    let b = threat[row + j + 1] + decay * (base[row + j + 1] - threat[row + j + 1])
                                    let c = threat[row + j + 2] + decay * (base[row + j + 2] - threat[row + j + 2])
                                    let d = threat[row + j + 3] + decay * (base[row + j + 3] - threat[row + j + 3])
                                    threat[row + j] = a
                                    threat[row + j + 1] = b
                                    threat[row + j + 2] = c
                                    threat[row + j + 3] = d
                                    h0 += a * spending[j]
                                    h1 += b * spending[j + 1]
                                    h2 += c * spending[j + 2]
                                    h3 += d * spending[j + 3]
                                    j += 4
                                }
                                while j < n {
                                    let a = threat[row + j] + decay * (base[row + j] - threat[row + j])
                                    threat[row + j] = a
                                    h0 += a * spending[j]
                                    j += 1
                                }
                                let hostile = (h0 + h1) + (h2 + h3)
                                let s = spending[i]
                                let s0 = initial[i]
                                let reaction = reactionScale * s0 * (hostile - rest[i])
                                let next = s + reaction - fatigue * (s - s0)
                                spending[i] = min(s0 * ceiling, max(s0 * 0.2, next))
                            }
                        }
                    }
                }
            }
        }
    }
}
