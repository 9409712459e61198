/// A numeric parameter a model declares: its name in scenario files, default, allowed range.
public struct ParameterSpec: Sendable, Hashable {
    /// The name used in scenario files and outputs (snake_case).
    public var name: String
    /// The value used when a scenario does not set it.
    public var defaultValue: Double
    /// The values the model accepts.
    public var allowed: ClosedRange<Double>
    /// Whether the value must be a whole number (counts, flags).
    public var isInteger: Bool
    /// One line for help and documentation, with the unit and source of the default.
    public var help: String

    public init(
        _ name: String, _ defaultValue: Double, _ allowed: ClosedRange<Double>, integer: Bool = false, _ help: String
    ) {
        self.name = name
        self.defaultValue = defaultValue
        self.allowed = allowed
        self.isInteger = integer
        self.help = help
    }

    /// Why `value` is not acceptable, or `nil` if it is.
    func problem(with value: Double) -> String? {
        if !value.isFinite { return "expected a finite number, got \(value)" }
        if isInteger && value.rounded() != value { return "expected a whole number, got \(value)" }
        if !allowed.contains(value) {
            return
                "expected a value in \(format(allowed.lowerBound))…\(format(allowed.upperBound)), got \(format(value))"
        }
        return nil
    }
}

/// Formats a double without a trailing ".0" for whole numbers.
func format(_ value: Double) -> String {
    if value.isFinite, value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}
