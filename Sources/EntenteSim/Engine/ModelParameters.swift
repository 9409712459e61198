/// One design point's parameter values, read by name.
///
/// A model reads its parameters once, when it is built for a design point, never in its step loop.
public struct ModelParameters: Sendable, Hashable {
    /// The model's specs, in the order of ``values``.
    public let specs: [ParameterSpec]
    /// The values, validated against ``specs``.
    public let values: [Double]

    public init(specs: [ParameterSpec], values: [Double]) {
        precondition(specs.count == values.count, "one value per parameter spec")
        self.specs = specs
        self.values = values
    }

    /// The value of parameter `name`; the model must declare it.
    public subscript(name: String) -> Double {
        guard let i = specs.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("the model reads parameter '\(name)', which it does not declare")
        }
        return values[i]
    }

    /// The value of a whole-number parameter.
    public func integer(_ name: String) -> Int { Int(self[name]) }

    /// The value of a 0/1 flag.
    public func flag(_ name: String) -> Bool { self[name] != 0 }
}
