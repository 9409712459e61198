package import Foundation

/// Helpers for the simulation tests.
package enum SimTestSupport {
    /// Whether `a` and `b` agree within `absolute` or within `relative` of the larger magnitude.
    package static func isClose(_ a: Double, _ b: Double, relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
        if a == b { return true }
        let diff = abs(a - b)
        return diff <= absolute || diff <= relative * max(abs(a), abs(b))
    }

    /// The text of a fixture file shipped with a test target's `Fixtures` folder.
    package static func fixture(_ name: String, in bundle: Bundle) throws -> String {
        guard let base = bundle.resourceURL else { throw CocoaError(.fileNoSuchFile) }
        let url = base.appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}
