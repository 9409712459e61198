/// Axelrod's (1986) norms game and metanorms game.
///
/// Source: R. Axelrod (1986), "An Evolutionary Approach to Norms", *American Political Science Review*
/// 80(4): 1095–1111; details of the re-implementation as stated by J. M. Galán and L. R. Izquierdo
/// (2005), "Appearances Can Be Deceiving: Lessons Learned Re-Implementing Axelrod's 'Evolutionary
/// Approach to Norms'", *JASSS* 8(3) 2.
///
/// Each agent has a 6-bit strategy: the high three bits are its boldness B and the low three its
/// vengefulness V, each one of the eight levels 0/7 … 7/7. In one generation payoffs start at 0 and
/// every agent, in a random order that is reshuffled each round, gets ``Parameters/rounds``
/// opportunities to defect. At each opportunity a chance of being seen S ~ U[0, 1) is drawn and the
/// agent defects iff S < B. A defector gains T; every other agent j suffers H, sees the defection
/// with probability S and, having seen it, punishes with probability V_j (the defector gets P, j pays
/// E). In the metanorms game, when j saw and did not punish, every agent k other than the defector
/// and j sees that with probability S and meta-punishes with probability V_k (j gets P′, k pays E′).
/// After play, agents with payoff ≥ mean + s.d. get two offspring, those with payoff ≤ mean − s.d.
/// none, the rest one (if all payoffs are equal everyone gets two); the offspring pool is cut to the
/// population size by removing random offspring, or filled by copying random offspring; then each
/// bit of each offspring flips with probability ``Parameters/mutationRate``.
///
/// The loop consumes random numbers in exactly the order of the C reference loop in the peer
/// benchmarks (`norms_reference.c`), so with ``Xoshiro256StarStar/init(seed:)`` seeded as that program
/// is, both produce the same trajectory.
public struct NormsGame: Sendable, Hashable {
    /// The game's parameters; defaults are Axelrod's 1986 values.
    public struct Parameters: Sendable, Hashable, Codable {
        /// Number of agents (20 in 1986).
        public var agents: Int = 20
        /// Opportunities to defect per agent per generation (4).
        public var rounds: Int = 4
        /// Temptation T: the defector's gain (+3).
        public var temptation: Double = 3
        /// Hurt H: what every other agent suffers from one defection (−1).
        public var hurt: Double = -1
        /// Punishment P: what the defector suffers from each punishment (−9).
        public var punishment: Double = -9
        /// Enforcement cost E: what punishing costs the punisher (−2).
        public var enforcementCost: Double = -2
        /// Meta-punishment P′: what a non-punisher suffers from each meta-punishment (−9).
        public var metaPunishment: Double = -9
        /// Meta-enforcement cost E′: what meta-punishing costs (−2).
        public var metaEnforcementCost: Double = -2
        /// Probability that each bit of an offspring's strategy flips (0.01).
        public var mutationRate: Double = 0.01
        /// Whether non-punishers can be punished (the metanorms game).
        public var metanorms: Bool = false

        public init() {}
    }

    /// The population's state: one 6-bit strategy per agent.
    public struct Population: Sendable, Hashable {
        public var strategies: [UInt8]

        /// A population with the given 6-bit strategies (boldness in the high three bits).
        ///
        /// - Precondition: every strategy is below 64.
        public init(strategies: [UInt8]) {
            precondition(strategies.allSatisfy { $0 < 64 }, "norms strategies have six bits")
            self.strategies = strategies
        }

        /// Mean boldness over agents, in [0, 1].
        public var meanBoldness: Double {
            var s = 0.0
            for b in strategies { s += Double((b >> 3) & 7) / 7.0 }
            return strategies.isEmpty ? 0 : s / Double(strategies.count)
        }
        /// Mean vengefulness over agents, in [0, 1].
        public var meanVengefulness: Double {
            var s = 0.0
            for b in strategies { s += Double(b & 7) / 7.0 }
            return strategies.isEmpty ? 0 : s / Double(strategies.count)
        }
    }

    /// Which region of (mean B, mean V) the population is in (Galán and Izquierdo 2005).
    public enum Region: Int, Sendable, Hashable {
        /// Mean B ≤ 2/7 and mean V ≥ 5/7.
        case normEstablished = 1
        /// Mean B ≥ 6/7 and mean V ≤ 1/7.
        case normCollapsed = -1
        case neither = 0

        public init(boldness: Double, vengefulness: Double) {
            if boldness <= 2.0 / 7.0 + 1e-12 && vengefulness >= 5.0 / 7.0 - 1e-12 {
                self = .normEstablished
            } else if boldness >= 6.0 / 7.0 - 1e-12 && vengefulness <= 1.0 / 7.0 + 1e-12 {
                self = .normCollapsed
            } else {
                self = .neither
            }
        }
    }

    public var parameters: Parameters

    public init(parameters: Parameters = Parameters()) {
        precondition(parameters.agents >= 2, "the norms game needs at least two agents")
        self.parameters = parameters
    }

    /// A random initial population: each strategy is the low six bits of one draw.
    public func initialPopulation(random: inout Xoshiro256StarStar) -> Population {
        var strategies = [UInt8](repeating: 0, count: parameters.agents)
        for i in 0..<strategies.count { strategies[i] = UInt8(truncatingIfNeeded: random.next() & 63) }
        return Population(strategies: strategies)
    }

    /// Working columns reused across generations, so a generation allocates nothing.
    public struct Workspace: Sendable {
        var boldness: [Double]
        var vengefulness: [Double]
        var payoff: [Double]
        var order: [Int32]
        var pool: [UInt8]

        public init(agents: Int) {
            boldness = Array(repeating: 0, count: agents)
            vengefulness = Array(repeating: 0, count: agents)
            payoff = Array(repeating: 0, count: agents)
            order = Array(repeating: 0, count: agents)
            pool = Array(repeating: 0, count: 2 * agents)
        }
    }

    /// Plays `generations` generations.
    ///
    /// The whole run happens inside one scope over the population's and the workspace's buffers, with
    /// the generator held in a local, so a generation allocates nothing and touches no reference count.
    ///
    /// - Parameters:
    ///   - population: the population, evolved in place.
    ///   - generations: how many generations to play.
    ///   - random: the model's stream.
    /// - Complexity: O(generations × rounds × N²) for norms, up to O(… × N³) for metanorms.
    public func evolve(_ population: inout Population, generations: Int, random: inout Xoshiro256StarStar) {
        run(&population, generations: generations, random: &random, observing: false) { _, _ in }
    }

    /// Plays `generations` generations, calling `observe(generation, population)` after each
    /// (generation numbers start at 1). Copies the population for each call: for tests and tools.
    public func evolve(
        _ population: inout Population, generations: Int, random: inout Xoshiro256StarStar,
        observe: (Int, Population) -> Void
    ) {
        run(&population, generations: generations, random: &random, observing: true) { g, bits in
            observe(g, Population(strategies: Array(bits)))
        }
    }

    /// Plays `generations` generations, calling `observe(generation, meanBoldness, meanVengefulness)`
    /// after each, without copying the population.
    public func evolve(
        _ population: inout Population, generations: Int, random: inout Xoshiro256StarStar,
        observeMeans: (Int, Double, Double) -> Void
    ) {
        run(&population, generations: generations, random: &random, observing: true) { g, bits in
            var b = 0.0
            var v = 0.0
            for x in bits {
                b += Double((x >> 3) & 7) / 7.0
                v += Double(x & 7) / 7.0
            }
            observeMeans(g, b / Double(bits.count), v / Double(bits.count))
        }
    }

    private func run(
        _ population: inout Population, generations: Int, random: inout Xoshiro256StarStar,
        observing: Bool, observe: (Int, UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard generations > 0 else { return }
        let n = parameters.agents
        precondition(population.strategies.count == n, "population size mismatch")
        let p = parameters
        var work = Workspace(agents: n)
        var rng = random
        defer { random = rng }
        population.strategies.withUnsafeMutableBufferPointer { bits in
            work.boldness.withUnsafeMutableBufferPointer { bold in
                work.vengefulness.withUnsafeMutableBufferPointer { veng in
                    work.payoff.withUnsafeMutableBufferPointer { pay in
                        work.order.withUnsafeMutableBufferPointer { order in
                            work.pool.withUnsafeMutableBufferPointer { pool in
                                for g in 1...generations {
                                    Self.generation(
                                        p, n: n, bits: bits, bold: bold, veng: veng, pay: pay, order: order, pool: pool,
                                        random: &rng)
                                    if observing { observe(g, UnsafeBufferPointer(bits)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Plays one generation and replaces the population by its offspring.
    public func playGeneration(
        _ population: inout Population, workspace: inout Workspace, random: inout Xoshiro256StarStar
    ) {
        let n = parameters.agents
        precondition(population.strategies.count == n && workspace.payoff.count == n, "population size mismatch")
        let p = parameters
        population.strategies.withUnsafeMutableBufferPointer { bits in
            workspace.boldness.withUnsafeMutableBufferPointer { bold in
                workspace.vengefulness.withUnsafeMutableBufferPointer { veng in
                    workspace.payoff.withUnsafeMutableBufferPointer { pay in
                        workspace.order.withUnsafeMutableBufferPointer { order in
                            workspace.pool.withUnsafeMutableBufferPointer { pool in
                                Self.generation(
                                    p, n: n, bits: bits, bold: bold, veng: veng, pay: pay, order: order, pool: pool,
                                    random: &random)
                            }
                        }
                    }
                }
            }
        }
    }

    // The hot loop, on raw buffers; mirrors norms_reference.c draw for draw.
    @inline(__always)
    private static func generation(
        _ p: Parameters, n: Int, bits: UnsafeMutableBufferPointer<UInt8>, bold: UnsafeMutableBufferPointer<Double>,
        veng: UnsafeMutableBufferPointer<Double>, pay: UnsafeMutableBufferPointer<Double>,
        order: UnsafeMutableBufferPointer<Int32>, pool: UnsafeMutableBufferPointer<UInt8>,
        random: inout Xoshiro256StarStar
    ) {
        for i in 0..<n {
            let b = bits[i]
            bold[i] = Double((b >> 3) & 7) / 7.0
            veng[i] = Double(b & 7) / 7.0
            pay[i] = 0
            order[i] = Int32(truncatingIfNeeded: i)
        }
        let meta = p.metanorms
        for _ in 0..<p.rounds {
            var i = n - 1
            while i > 0 {
                let j = Int(truncatingIfNeeded: random.next() % UInt64(truncatingIfNeeded: i &+ 1))
                let t = order[i]
                order[i] = order[j]
                order[j] = t
                i -= 1
            }
            for oi in 0..<n {
                let a = Int(order[oi])
                let seen = random.nextDouble()
                if !(seen < bold[a]) { continue }
                pay[a] += p.temptation
                for j in 0..<n where j != a {
                    pay[j] += p.hurt
                    if random.nextDouble() < seen {
                        if random.nextDouble() < veng[j] {
                            pay[a] += p.punishment
                            pay[j] += p.enforcementCost
                        } else if meta {
                            for k in 0..<n where k != a && k != j {
                                if random.nextDouble() < seen && random.nextDouble() < veng[k] {
                                    pay[j] += p.metaPunishment
                                    pay[k] += p.metaEnforcementCost
                                }
                            }
                        }
                    }
                }
            }
        }
        // Selection: population mean and standard deviation of payoffs.
        var mean = 0.0
        for i in 0..<n { mean += pay[i] }
        mean /= Double(n)
        var sd = 0.0
        for i in 0..<n { sd += (pay[i] - mean) * (pay[i] - mean) }
        sd = (sd / Double(n)).squareRoot()
        var count = 0
        for i in 0..<n {
            if sd == 0 || pay[i] >= mean + sd {
                pool[count] = bits[i]
                pool[count + 1] = bits[i]
                count += 2
            } else if pay[i] > mean - sd {
                pool[count] = bits[i]
                count += 1
            }
        }
        while count > n {
            let k = Int(truncatingIfNeeded: random.next() % UInt64(count))
            count -= 1
            pool[k] = pool[count]
        }
        while count < n {
            pool[count] = pool[Int(truncatingIfNeeded: random.next() % UInt64(count))]
            count += 1
        }
        let mu = p.mutationRate
        for i in 0..<n {
            var b = pool[i]
            for bit in 0..<6 where random.nextDouble() < mu { b ^= UInt8(1) << UInt8(bit) }
            bits[i] = b
        }
    }
}
