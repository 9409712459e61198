#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few libm functions the models need, without importing Foundation.
enum MathFunctions {
    static func log(_ x: Double) -> Double { libmLog(x) }
    static func cos(_ x: Double) -> Double { libmCos(x) }
    static func exp(_ x: Double) -> Double { libmExp(x) }
    static func sin(_ x: Double) -> Double { libmSin(x) }
    static func floor(_ x: Double) -> Double { x.rounded(.down) }
}

private func libmLog(_ x: Double) -> Double { log(x) }
private func libmCos(_ x: Double) -> Double { cos(x) }
private func libmExp(_ x: Double) -> Double { exp(x) }
private func libmSin(_ x: Double) -> Double { sin(x) }
