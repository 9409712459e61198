import EntenteCore
import RealModule

/// xoshiro256**, the random stream that drives every Entente simulation.
///
/// Blackman and Vigna (2021), "Scrambled linear pseudorandom number generators", ACM TOMS 47(4).
/// Period 2^256 − 1, 32 bytes of state, a few cycles per output. The state is seeded from a 64-bit
/// seed by four SplitMix64 outputs, as the authors recommend — the same seeding the C reference
/// loop in the peer benchmarks uses, so a model run with `Xoshiro256StarStar(seed: s)` consumes the
/// very same numbers as the C program run with seed `s`.
///
/// Pass the generator `inout` and concrete (never as `any RandomNumberGenerator`) inside hot loops.
/// Doubles and bounded integers are mapped from raw bits by Entente's own code, not by the standard
/// library's `random(in:using:)`, whose mapping may change between Swift versions.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// Creates a stream whose state is four successive SplitMix64 outputs from `seed`.
    public init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the all-zero state is a fixed point
    }

    /// Creates the stream of sub-stream `indices` of a run seeded with `seed`.
    ///
    /// - Parameters:
    ///   - seed: the run's seed.
    ///   - stream: the sub-stream path, e.g. `[designPoint, replicate]`; see ``SplitMix64/derive(seed:_:)``.
    public init(seed: UInt64, stream: [UInt64]) {
        var h = SplitMix64.mix(seed &+ 0x9E37_79B9_7F4A_7C15)
        for index in stream { h = SplitMix64.mix(h ^ SplitMix64.mix(index &+ 0xD1B5_4A32_D192_ED03)) }
        self.init(seed: h)
    }

    /// The next 64 random bits.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 &<< 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    /// A uniform double in [0, 1): the top 53 bits times 2^−53.
    @inlinable @inline(__always)
    public mutating func nextDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform integer in `0..<bound`, as `next() % bound`.
    ///
    /// The modulo bias is below `bound / 2^64` (under 10^−13 for bounds up to a million), far below
    /// anything a simulation ensemble can detect; it is kept because it is fast and matches the C
    /// reference loop draw for draw.
    ///
    /// - Precondition: `bound > 0`.
    @inlinable @inline(__always)
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "nextInt(below:) needs a positive bound")
        return Int(truncatingIfNeeded: next() % UInt64(truncatingIfNeeded: bound))
    }

    /// A standard normal deviate by the Box–Muller transform (one of the pair is discarded).
    public mutating func nextGaussian() -> Double {
        let u1 = 1.0 - nextDouble()  // (0, 1]
        let u2 = nextDouble()
        return (-2.0 * Double.log(u1)).squareRoot() * Double.cos(2.0 * Double.pi * u2)
    }

    @inlinable @inline(__always)
    func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x &<< k) | (x &>> (64 &- k)) }
}
