#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few C maths functions the module needs, so it needs no Foundation.
enum CMath {
    @inline(__always) static func cubeRoot(_ x: Double) -> Double { cbrt(x) }
    @inline(__always) static func exponential(_ x: Double) -> Double { exp(x) }
    @inline(__always) static func logarithm(_ x: Double) -> Double { log(x) }
    @inline(__always) static func power(_ x: Double, _ y: Double) -> Double { pow(x, y) }
    @inline(__always) static func cosine(_ x: Double) -> Double { cos(x) }
}
