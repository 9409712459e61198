public import EntenteSim

/// The models a registry offers and the IPD strategies scenarios may name (`entente sim models`).
public struct SimulationModelsReport: Codable, Sendable, Hashable {
    public var models: [SimulationModelReport]
    public var strategies: [String]
}

/// One registered model: name, what its horizon counts, its parameters.
public struct SimulationModelReport: Codable, Sendable, Hashable {
    public var name: String
    public var summary: String
    public var horizonMeaning: String
    /// "none", "list" (`strategies:`) or "population" (`population:`).
    public var strategyInput: String
    public var requiresWorld: Bool
    public var parameters: [ModelParameterReport]

    public init(_ model: ModelDefinition) {
        name = model.name
        summary = model.summary
        horizonMeaning = model.horizonMeaning
        strategyInput = model.strategyInput.rawValue
        requiresWorld = model.requiresWorld
        parameters = model.parameterSpecs.map(ModelParameterReport.init)
    }
}

/// One parameter a model declares.
public struct ModelParameterReport: Codable, Sendable, Hashable {
    public var name: String
    public var defaultValue: Double
    public var lower: Double
    public var upper: Double
    public var integer: Bool
    public var help: String

    public init(_ spec: ParameterSpec) {
        name = spec.name
        defaultValue = spec.defaultValue
        lower = spec.allowed.lowerBound
        upper = spec.allowed.upperBound
        integer = spec.isInteger
        help = spec.help
    }
}
