/// A registered model: what scenarios and the front ends need to know about it, and how to build it.
///
/// Two definitions are equal when they have the same name; a registry holds one per name.
public struct ModelDefinition: Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public let summary: String
    public let horizonMeaning: String
    public let parameterSpecs: [ParameterSpec]
    public let strategyInput: StrategyInput
    public let requiresWorld: Bool
    private let make: @Sendable (ModelSetup) -> any SimulationModel

    /// The definition of model type `M`.
    public init<M: SimulationModel>(_ model: M.Type) {
        name = M.name
        summary = M.summary
        horizonMeaning = M.horizonMeaning
        parameterSpecs = M.parameterSpecs
        strategyInput = M.strategyInput
        requiresWorld = M.requiresWorld
        make = { M(setup: $0) }
    }

    /// The model at one design point.
    public func makeModel(_ setup: ModelSetup) -> any SimulationModel { make(setup) }

    public var description: String { name }

    public static func == (a: ModelDefinition, b: ModelDefinition) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension ModelDefinition {
    /// Round-robin IPD tournaments; one replicate is one whole tournament.
    public static let ipdTournament = ModelDefinition(IPDTournamentModel.self)
    /// A Moran process over IPD strategies.
    public static let ipdMoran = ModelDefinition(IPDMoranModel.self)
    /// Axelrod's norms game.
    public static let norms = ModelDefinition(NormsModel.self)
    /// Axelrod's metanorms game: ``norms`` with `metanorms` = 1 by default.
    public static let metanorms = ModelDefinition(MetanormsModel.self)
    /// Richardson's arms race.
    public static let richardson = ModelDefinition(RichardsonModel.self)
    /// The defense-diplomacy world model.
    public static let defenseDiplomacy = ModelDefinition(DefenseDiplomacyModel.self)
}
