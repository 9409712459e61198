/// One match of the iterated prisoner's dilemma between two strategies.
///
/// Each turn both players choose from their own ``IPDMemory``; with `noise` > 0 each chosen move is
/// flipped with that probability (as in the `axelrod` library, the flipped move is what both players
/// see and remember). Draws from the generator happen only for stochastic strategies and noise, so a
/// deterministic match consumes no random numbers.
public struct IPDMatch: Sendable, Hashable {
    public var first: IPDStrategy
    public var second: IPDStrategy
    public var turns: Int
    public var noise: Double
    public var payoffs: IPDPayoffs

    public init(
        _ first: IPDStrategy, _ second: IPDStrategy, turns: Int, noise: Double = 0, payoffs: IPDPayoffs = IPDPayoffs()
    ) {
        precondition(turns >= 0, "a match needs a non-negative number of turns")
        self.first = first
        self.second = second
        self.turns = turns
        self.noise = noise
        self.payoffs = payoffs
    }

    /// Whether playing the match needs random numbers.
    public var isStochastic: Bool { noise > 0 || first.isStochastic || second.isStochastic }

    /// The outcome of a match.
    public struct Outcome: Sendable, Hashable {
        /// Total payoffs of the first and second player.
        public var firstScore: Double
        public var secondScore: Double
        /// Number of turns in which each player cooperated (after noise).
        public var firstCooperations: Int
        public var secondCooperations: Int

        @inlinable
        public init(firstScore: Double, secondScore: Double, firstCooperations: Int, secondCooperations: Int) {
            self.firstScore = firstScore
            self.secondScore = secondScore
            self.firstCooperations = firstCooperations
            self.secondCooperations = secondCooperations
        }
    }

    /// Plays the match.
    ///
    /// - Parameter random: the stream for stochastic strategies and noise; untouched otherwise.
    /// - Returns: both players' total scores and cooperation counts.
    /// - Complexity: O(`turns`), no allocation.
    @inlinable
    public func play(random: inout Xoshiro256StarStar) -> Outcome {
        let table = (payoffs.reward, payoffs.sucker, payoffs.temptation, payoffs.punishment)
        var a = IPDMemory()
        var b = IPDMemory()
        var scoreA = 0.0
        var scoreB = 0.0
        var coopA = 0
        var coopB = 0
        let hasNoise = noise > 0
        for _ in 0..<turns {
            var ma = first.move(memory: a, random: &random)
            var mb = second.move(memory: b, random: &random)
            if hasNoise {
                if random.nextDouble() < noise { ma ^= 1 }
                if random.nextDouble() < noise { mb ^= 1 }
            }
            let pa: Double
            let pb: Double
            switch ma &* 2 &+ mb {
            case 0: pa = table.0; pb = table.0
            case 1: pa = table.1; pb = table.2
            case 2: pa = table.2; pb = table.1
            default: pa = table.3; pb = table.3
            }
            scoreA += pa
            scoreB += pb
            coopA &+= Int(1 &- ma)
            coopB &+= Int(1 &- mb)
            a.record(own: ma, opponent: mb)
            b.record(own: mb, opponent: ma)
        }
        return Outcome(firstScore: scoreA, secondScore: scoreB, firstCooperations: coopA, secondCooperations: coopB)
    }
}
