import Foundation

/// The one number formatting for people: fixed decimals without Foundation's formatters, "—" for
/// a value that is missing or undefined.
public enum NumberText {
    /// `x` with `digits` decimals (`fixed(0.12345, 3)` is `0.123`).
    public static func fixed(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return "\(x)" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let negative = x < 0
        let scaled = (abs(x) * scale).rounded()
        let whole = Int(scaled / scale)
        var frac = String(Int(scaled - Double(whole) * scale))
        while frac.count < digits { frac = "0" + frac }
        return (negative && scaled != 0 ? "-" : "") + "\(whole)" + (digits > 0 ? "." + frac : "")
    }

    /// ``fixed(_:_:)``, or "—" for nil, NaN and infinities.
    public static func fixed(_ x: Double?, _ digits: Int) -> String {
        guard let x, x.isFinite else { return missing }
        return fixed(x, digits)
    }

    /// A compact cell for statistics: integers as integers, very large or small values in
    /// scientific notation (`%.4g`), others with four decimals; "—" for NaN.
    public static func compact(_ value: Double) -> String {
        if value.isNaN { return missing }
        if value.rounded() == value, abs(value) < 1e9 { return String(Int(value)) }
        let magnitude = abs(value)
        if magnitude >= 1e6 || magnitude < 1e-3 { return String(format: "%.4g", value) }
        return String(format: "%.4f", value)
    }

    /// What a missing value shows as.
    public static let missing = "—"
}

extension String {
    /// Padded with spaces on the right to `width` characters.
    public func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// Padded with spaces on the left to `width` characters.
    public func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
