/// SplitMix64, the generator that seeds every random stream in Entente: the simulations'
/// xoshiro256** streams, and directly Louvain's node order and the composite index's weight draws.
///
/// Steele, Lea and Flood (2014), "Fast splittable pseudorandom number generators", OOPSLA. Its
/// output function is a strong 64-bit mixer, so it turns consecutive or related seeds into unrelated
/// states. The simulations use it only to seed their xoshiro256** streams and to derive sub-stream
/// seeds, never as the stream that drives a model.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The internal counter; the next output mixes `state + golden gamma`.
    public var state: UInt64

    /// Creates a generator whose first output mixes `seed + 0x9E3779B97F4A7C15`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a bijective 64-bit mixer.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed of sub-stream `indices` of a run seeded with `seed`.
    ///
    /// Mixes the seed and each index in turn through the SplitMix64 finaliser, so that
    /// `(seed, 0)`, `(seed, 1)`, `(seed + 1, 0)` give unrelated seeds. Never uses `hashValue`, so the
    /// result is the same in every process and on every platform.
    ///
    /// - Parameters:
    ///   - seed: the run's seed.
    ///   - indices: the path of the sub-stream, for example `[designPoint, replicate]`.
    /// - Returns: a 64-bit seed for a new stream.
    @inlinable
    public static func derive(seed: UInt64, _ indices: UInt64...) -> UInt64 {
        var h = mix(seed &+ 0x9E37_79B9_7F4A_7C15)
        for index in indices {
            h = mix(h ^ mix(index &+ 0xD1B5_4A32_D192_ED03))
        }
        return h
    }
}
