public import EntenteCore

/// The models scenarios may name, by name, in registration order.
///
/// A registry is a value: the front end builds one (``standard`` plus any models of its own) and
/// hands it to the scenario parser, so there is no global mutable table to race on.
public struct ModelRegistry: Sendable {
    public private(set) var models: [ModelDefinition] = []

    /// An empty registry.
    public init() {}

    /// The models that ship with Entente: ipd-tournament, ipd-moran, norms, metanorms, richardson,
    /// defense-diplomacy.
    public static let standard: ModelRegistry = {
        var registry = ModelRegistry()
        // Distinct, well-formed names (the registry tests check them), so no check is needed here.
        registry.models = [.ipdTournament, .ipdMoran, .norms, .metanorms, .richardson, .defenseDiplomacy]
        return registry
    }()

    /// The names, in registration order.
    public var names: [String] { models.map(\.name) }

    /// Adds model type `M`.
    ///
    /// - Throws: ``EntenteError`` (`invalidInput`) when the name is taken or not a plain
    ///   lower-case name, or when two of its parameters share a name.
    public mutating func register<M: SimulationModel>(_ model: M.Type) throws(EntenteError) {
        try register(ModelDefinition(model))
    }

    /// Adds a model definition (see ``register(_:)-generic``).
    public mutating func register(_ model: ModelDefinition) throws(EntenteError) {
        let allowed = model.name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
        guard !model.name.isEmpty, allowed else {
            throw EntenteError(
                .invalidInput, "model name '\(model.name)': expected lower-case letters, digits and hyphens.")
        }
        guard self[model.name] == nil else {
            throw EntenteError(.invalidInput, "model '\(model.name)' is already registered.")
        }
        let names = model.parameterSpecs.map(\.name)
        if let twice = names.first(where: { n in names.filter { $0 == n }.count > 1 }) {
            throw EntenteError(.invalidInput, "model '\(model.name)' declares parameter '\(twice)' twice.")
        }
        models.append(model)
    }

    /// The model named `name`, or nil.
    public subscript(name: String) -> ModelDefinition? { models.first { $0.name == name } }

    /// The model named `name`.
    ///
    /// - Throws: ``EntenteError`` (`invalidScenario`) listing the known names and the closest one.
    public func model(named name: String) throws(EntenteError) -> ModelDefinition {
        if let model = self[name] { return model }
        var message = "unknown model '\(name)'"
        if let guess = Suggestions.closest(to: name, in: names).first { message += "; did you mean '\(guess)'?" }
        throw EntenteError(.invalidScenario, message + " Known models: \(names.joined(separator: ", ")).")
    }
}
