// Process 6: regime dynamics.
extension DefenseDiplomacyModel {
    /// Every `regime_review_months` (staggered by state), a state weighs the regime's benefit
    /// against its sovereignty cost and joins or leaves.
    ///
    /// Benefit = 0.05 (forum) + 0.5 × mean threat the state perceives (security) + voice + 0.1 with
    /// dispute settlement; voice is 0.1 under equal decision-making and 0.1 × the state's capability
    /// relative to the members' mean (capped at 0.4) under power-weighted decision-making. Cost =
    /// `sovereignty_cost` × sovereignty sensitivity × (1 if binding else 0.3) × (1.5 if monitored).
    /// A Gaussian draw (s.d. 0.05) stands for what the model leaves out. Weights: modelling choices.
    func reviewRegime(_ state: inout DefenseDiplomacyState, random: inout Xoshiro256StarStar) {
        let n = world.n
        let period = p.regimeReviewMonths
        var memberCapability = 0.0
        var members = 0
        for i in 0..<n where state.regimeMember[i] {
            memberCapability += world.capability[i]
            members += 1
        }
        let meanCapability = members > 0 ? memberCapability / Double(members) : 1 / Double(n)
        let costScale = p.sovereigntyCost * (p.regimeBinding ? 1 : 0.3) * (p.regimeMonitoring ? 1.5 : 1)
        for i in 0..<n where (state.month + i) % period == 0 {
            var threat = 0.0
            for j in 0..<n where j != i { threat += state.threat[i * n + j] }
            threat /= Double(max(n - 1, 1))
            let voice = p.powerWeighted ? min(0.4, 0.1 * world.capability[i] / meanCapability) : 0.1
            let benefit = 0.05 + 0.5 * threat + voice + (p.disputeSettlement ? 0.1 : 0)
            let cost = costScale * world.sovereignty[i]
            state.regimeMember[i] = benefit - cost + 0.05 * random.nextGaussian() > 0
        }
    }
}
