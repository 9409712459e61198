import EntenteCore
import RealModule

/// The samplers behind Louvain's node order and the composite index's weight perturbations, on
/// Core's SplitMix64.
///
/// Values are mapped to numbers by this module's own code, never by the standard library's
/// `random(in:using:)` (whose mapping may change between Swift versions), so seeded results stay
/// the same across toolchains.
extension SplitMix64 {
    /// A uniform double in [0, 1) from the top 53 bits.
    mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform integer in 0..<bound (Lemire's multiply-shift with rejection).
    mutating func nextIndex(below bound: Int) -> Int {
        precondition(bound > 0)
        let b = UInt64(bound)
        while true {
            let r = next().multipliedFullWidth(by: b)
            if r.low >= (0 &- b) % b { return Int(r.high) }
        }
    }

    /// A standard normal variate (Box–Muller, cosine branch).
    mutating func nextNormal() -> Double {
        let u1 = 1 - nextUnit()  // (0, 1]
        let u2 = nextUnit()
        return (-2 * Double.log(u1)).squareRoot() * Double.cos(2 * Double.pi * u2)
    }

    /// A Gamma(shape, 1) variate (Marsaglia and Tsang 2000; boosted for shape < 1).
    mutating func nextGamma(shape: Double) -> Double {
        precondition(shape > 0)
        if shape < 1 {
            let u = 1 - nextUnit()
            return nextGamma(shape: shape + 1) * Double.pow(u, 1 / shape)
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = nextNormal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = 1 - nextUnit()
            if Double.log(u) < 0.5 * x * x + d - d * v + d * Double.log(v) { return d * v }
        }
    }

    /// Fisher–Yates shuffle in place.
    mutating func shuffle<T>(_ values: inout [T]) {
        var i = values.count - 1
        while i > 0 {
            let j = nextIndex(below: i + 1)
            values.swapAt(i, j)
            i -= 1
        }
    }
}
