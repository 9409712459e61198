/// A round-robin tournament of the iterated prisoner's dilemma, repeated.
///
/// Every player meets every player, itself included (its twin), in each repetition, as in Axelrod's
/// (1980) tournaments and the `axelrod` library; a player's total score sums its matches against the
/// *other* players only, and self-play appears only on the diagonal of ``Result/meanPayoffPerTurn``.
/// Every match of every repetition is played (nothing is cached), so the cost is
/// repetitions × n(n+1)/2 × turns moves.
///
/// Stochastic matches draw from their own stream, derived from the tournament seed and the
/// (repetition, i, j) triple, so the result does not depend on the order or the thread in which
/// matches run.
public struct IPDTournament: Sendable, Hashable {
    public var players: [IPDStrategy]
    public var turns: Int
    public var repetitions: Int
    public var noise: Double
    public var payoffs: IPDPayoffs

    public init(
        players: [IPDStrategy], turns: Int, repetitions: Int, noise: Double = 0, payoffs: IPDPayoffs = IPDPayoffs()
    ) {
        precondition(turns >= 0 && repetitions >= 0, "turns and repetitions must be non-negative")
        self.players = players
        self.turns = turns
        self.repetitions = repetitions
        self.noise = noise
        self.payoffs = payoffs
    }

    /// The result of a tournament.
    public struct Result: Sendable, Hashable {
        /// The players, in input order.
        public var players: [IPDStrategy]
        /// `totalScores[r * n + i]`: total score of player `i` in repetition `r` against the others.
        public var totalScores: [Double]
        /// `meanPayoffPerTurn[i * n + j]`: mean payoff per turn of `i` against `j` over repetitions.
        public var meanPayoffPerTurn: [Double]
        /// `cooperations[i]`: cooperations of player `i` against the others, summed over repetitions.
        public var cooperations: [Int]
        public var turns: Int
        public var repetitions: Int

        /// The mean over repetitions of each player's total score.
        public var meanTotalScores: [Double] {
            let n = players.count
            guard repetitions > 0 else { return Array(repeating: 0, count: n) }
            var sums = Array(repeating: 0.0, count: n)
            for r in 0..<repetitions { for i in 0..<n { sums[i] += totalScores[r * n + i] } }
            return sums.map { $0 / Double(repetitions) }
        }

        /// Each player's median over repetitions of its score per turn per opponent (the `axelrod`
        /// library's "normalised score", by which it ranks).
        public var medianNormalisedScores: [Double] {
            let n = players.count
            let per = Double(turns * max(n - 1, 1))
            return (0..<n).map { i in
                Statistics.quantile(sorted: (0..<repetitions).map { totalScores[$0 * n + i] / per }.sorted(), 0.5)
            }
        }

        /// Player indices from best to worst by median normalised score (ties keep input order).
        public var ranking: [Int] {
            let scores = medianNormalisedScores
            return Array(0..<players.count).sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        }

        /// The share of a player's moves against others that were cooperations.
        public var cooperationRates: [Double] {
            let moves = Double(turns * max(players.count - 1, 1) * max(repetitions, 1))
            return cooperations.map { Double($0) / moves }
        }
    }

    /// Rows of results for a block of repetitions: per-repetition totals and pair sums.
    struct Rows: Sendable {
        var totals: [Double]
        var pairs: [Double]
        var cooperations: [Int]
    }

    /// Plays repetitions `range` and returns one row per repetition.
    func playRows(seed: UInt64, repetitions range: Range<Int>) -> Rows {
        let n = players.count
        var totals = Array(repeating: 0.0, count: range.count * n)
        var pairs = Array(repeating: 0.0, count: range.count * n * n)
        var cooperations = Array(repeating: 0, count: n)
        var unused = Xoshiro256StarStar(seed: seed)
        for (row, r) in range.enumerated() {
            let t = row * n
            let p = row * n * n
            for i in 0..<n {
                for j in i..<n {
                    let match = IPDMatch(players[i], players[j], turns: turns, noise: noise, payoffs: payoffs)
                    let outcome: IPDMatch.Outcome
                    if match.isStochastic {
                        var stream = Xoshiro256StarStar(seed: seed, stream: [UInt64(r), UInt64(i), UInt64(j)])
                        outcome = match.play(random: &stream)
                    } else {
                        outcome = match.play(random: &unused)
                    }
                    pairs[p + i * n + j] = outcome.firstScore
                    if i != j {
                        pairs[p + j * n + i] = outcome.secondScore
                        totals[t + i] += outcome.firstScore
                        totals[t + j] += outcome.secondScore
                        cooperations[i] += outcome.firstCooperations
                        cooperations[j] += outcome.secondCooperations
                    }
                }
            }
        }
        return Rows(totals: totals, pairs: pairs, cooperations: cooperations)
    }

    /// Combines row blocks, in repetition order, into a result; sums run in one fixed order.
    func combine(_ blocks: [Rows]) -> Result {
        let n = players.count
        var totals: [Double] = []
        totals.reserveCapacity(repetitions * n)
        var pairSums = Array(repeating: 0.0, count: n * n)
        var cooperations = Array(repeating: 0, count: n)
        for block in blocks {
            totals += block.totals
            var k = 0
            while k < block.pairs.count {
                for q in 0..<(n * n) { pairSums[q] += block.pairs[k + q] }
                k += n * n
            }
            for i in 0..<n { cooperations[i] += block.cooperations[i] }
        }
        let d = Double(max(turns, 1) * max(repetitions, 1))
        return Result(
            players: players, totalScores: totals, meanPayoffPerTurn: pairSums.map { $0 / d },
            cooperations: cooperations, turns: turns, repetitions: repetitions)
    }

    /// Plays the whole tournament on the calling thread.
    ///
    /// - Parameter seed: the tournament seed; used only by stochastic matches.
    /// - Complexity: O(repetitions × n² × turns).
    public func play(seed: UInt64 = 0) -> Result {
        combine([playRows(seed: seed, repetitions: 0..<repetitions)])
    }

    /// Plays the tournament with its repetitions split into blocks run in parallel.
    ///
    /// The result equals ``play(seed:)`` bit for bit whatever `concurrency` is: every repetition's
    /// matches use their own streams and rows are summed in repetition order.
    public func play(seed: UInt64 = 0, concurrency: Int) async -> Result {
        let blocks = max(1, min(concurrency, repetitions))
        let bounds = (0...blocks).map { $0 * repetitions / blocks }
        let parts = await withTaskGroup(of: (Int, Rows).self) { group in
            for b in 0..<blocks {
                group.addTask { (b, self.playRows(seed: seed, repetitions: bounds[b]..<bounds[b + 1])) }
            }
            var parts = [Rows?](repeating: nil, count: blocks)
            for await (b, part) in group { parts[b] = part }
            return parts.compactMap { $0 }
        }
        return combine(parts)
    }
}
