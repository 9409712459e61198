/// A Moran process over iterated-prisoner's-dilemma strategies.
///
/// The classic birth–death process of Moran (1958) as used for the IPD by Nowak et al. (2004,
/// *Nature* 428) and by the `axelrod` library: each step every individual plays one match against
/// every other individual; its fitness is its total score. One individual is chosen to reproduce with
/// probability proportional to fitness (uniformly if all fitnesses are zero) and one, chosen uniformly
/// from the whole population, is replaced by the offspring. With `mutationRate` > 0 the offspring
/// takes a strategy drawn uniformly from ``strategies`` instead. Without mutation the process stops
/// changing once one strategy has taken over (fixation).
///
/// When no match is stochastic the match payoffs between strategy types are computed once and
/// fitness comes from strategy counts, which gives the same numbers as playing every match.
public struct MoranProcess: Sendable, Hashable {
    /// The strategies in play (each distinct; order defines output columns).
    public var strategies: [IPDStrategy]
    /// How many individuals start with each strategy.
    public var initialCounts: [Int]
    public var turns: Int
    public var noise: Double
    public var mutationRate: Double
    public var payoffs: IPDPayoffs

    public init(
        strategies: [IPDStrategy], initialCounts: [Int], turns: Int, noise: Double = 0, mutationRate: Double = 0,
        payoffs: IPDPayoffs = IPDPayoffs()
    ) {
        precondition(strategies.count == initialCounts.count, "one count per strategy")
        self.strategies = strategies
        self.initialCounts = initialCounts
        self.turns = turns
        self.noise = noise
        self.mutationRate = mutationRate
        self.payoffs = payoffs
    }

    /// The population size.
    public var populationSize: Int { initialCounts.reduce(0, +) }

    /// A finished run.
    public struct Run: Sendable, Hashable {
        /// `fractions[step * k + s]`: share of strategy `s` after `step` steps (step 0 = start).
        public var fractions: [Double]
        /// The step at which one strategy took over, or `nil`.
        public var fixationStep: Int?
        /// The strategy index that took over, or `nil`.
        public var winner: Int?
    }

    /// Runs `steps` birth–death steps.
    ///
    /// - Complexity: O(`steps` × N² × `turns`) with stochastic matches, O(`steps` × N) otherwise.
    public func run(steps: Int, random: inout Xoshiro256StarStar) -> Run {
        let k = strategies.count
        var types: [Int] = []
        for (s, c) in initialCounts.enumerated() { types += Array(repeating: s, count: c) }
        let n = types.count
        var counts = initialCounts
        var fractions = Array(repeating: 0.0, count: (steps + 1) * k)
        func record(_ step: Int) {
            for s in 0..<k { fractions[step * k + s] = n > 0 ? Double(counts[s]) / Double(n) : 0 }
        }
        record(0)
        let stochastic = noise > 0 || strategies.contains { $0.isStochastic }
        // Deterministic: payoff table between types.
        var table = Array(repeating: 0.0, count: k * k)
        if !stochastic {
            var unused = Xoshiro256StarStar(seed: 0)
            for a in 0..<k {
                for b in a..<k {
                    let o = IPDMatch(strategies[a], strategies[b], turns: turns, payoffs: payoffs).play(random: &unused)
                    table[a * k + b] = o.firstScore
                    table[b * k + a] = o.secondScore
                }
            }
        }
        var fitness = Array(repeating: 0.0, count: n)
        var fixationStep: Int? = nil
        var winner: Int? = nil
        if mutationRate == 0, let only = counts.firstIndex(of: n), n > 0 { fixationStep = 0; winner = only }
        var step = 0
        while step < steps {
            step += 1
            if fixationStep != nil {
                record(step)
                continue
            }
            if stochastic {
                for i in 0..<n { fitness[i] = 0 }
                for i in 0..<n {
                    for j in (i + 1)..<max(n, i + 1) {
                        let o = IPDMatch(
                            strategies[types[i]], strategies[types[j]], turns: turns, noise: noise, payoffs: payoffs
                        ).play(random: &random)
                        fitness[i] += o.firstScore
                        fitness[j] += o.secondScore
                    }
                }
            } else {
                for i in 0..<n {
                    let a = types[i]
                    var f = -table[a * k + a]
                    for b in 0..<k { f += Double(counts[b]) * table[a * k + b] }
                    fitness[i] = f
                }
            }
            var total = 0.0
            for i in 0..<n { total += max(fitness[i], 0) }
            var parent = 0
            if total > 0 {
                let target = random.nextDouble() * total
                var acc = 0.0
                parent = n - 1
                for i in 0..<n {
                    acc += max(fitness[i], 0)
                    if target < acc { parent = i; break }
                }
            } else {
                parent = random.nextInt(below: n)
            }
            let dead = random.nextInt(below: n)
            var child = types[parent]
            if mutationRate > 0, random.nextDouble() < mutationRate { child = random.nextInt(below: k) }
            counts[types[dead]] -= 1
            counts[child] += 1
            types[dead] = child
            record(step)
            if mutationRate == 0, let only = counts.firstIndex(of: n) { fixationStep = step; winner = only }
        }
        return Run(fractions: fractions, fixationStep: fixationStep, winner: winner)
    }
}
