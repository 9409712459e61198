public import EntenteCore

/// A model the engine can run: its parameters, what its horizon counts, and one replicate's run.
///
/// Conform a value type, register it in a ``ModelRegistry`` and scenarios can name it. The engine
/// builds one value per design point with ``init(setup:)`` and calls ``run(steps:random:)`` once
/// per replicate, possibly on several threads at once: a replicate draws only from the stream it is
/// given, so results never depend on scheduling. Models that advance step by step conform to
/// ``SteppedSimulationModel`` instead and get `run` for free.
public protocol SimulationModel: Sendable {
    /// The name scenario files use (`model: …`), lower-case with hyphens.
    static var name: String { get }
    /// One line for `entente sim models`.
    static var summary: String { get }
    /// What `horizon` counts ("generations", "time steps", …).
    static var horizonMeaning: String { get }
    /// The parameters the model accepts, in output order.
    static var parameterSpecs: [ParameterSpec] { get }
    /// Which IPD strategy input the scenario must give (none by default).
    static var strategyInput: StrategyInput { get }
    /// Whether the model is initialised from a ``World`` snapshot, which the scenario then must carry.
    static var requiresWorld: Bool { get }

    /// The model at one design point.
    init(setup: ModelSetup)

    /// Series column names, one value per recorded step each.
    var seriesNames: [String] { get }
    /// Summary metric names, one value per replicate each.
    var summaryNames: [String] { get }

    /// Runs one replicate.
    ///
    /// - Parameters:
    ///   - steps: the steps at which to record a series row, ascending, the last being the horizon.
    ///   - random: the replicate's own stream.
    /// - Returns: `steps.count × seriesNames.count` series values, row-major, and one value per summary metric.
    func run(steps: [Int], random: inout Xoshiro256StarStar) -> ReplicateOutput
}

extension SimulationModel {
    public static var strategyInput: StrategyInput { .none }
    public static var requiresWorld: Bool { false }
}

/// How a scenario gives a model its IPD strategies.
public enum StrategyInput: String, Sendable, Hashable, Codable {
    /// The model takes no strategies.
    case none
    /// `strategies: [Tit For Tat, Defector, …]`.
    case list
    /// `population: {Tit For Tat: 10, Defector: 10}`.
    case population
}

/// What a model is built from at one design point.
public struct ModelSetup: Sendable {
    /// The design point's parameter values.
    public var parameters: ModelParameters
    /// Steps, generations or turns, as the model defines them.
    public var horizon: Int
    /// IPD strategies (``StrategyInput/list`` or ``StrategyInput/population`` models).
    public var strategies: [IPDStrategy]
    /// Initial count of each strategy (``StrategyInput/population`` models).
    public var counts: [Int]
    /// The snapshot a data-initialised model starts from, when the scenario carries one.
    public var world: World?
    /// Affinity and capital distances for ``world``'s states, when attached.
    public var worldDyads: WorldDyads?

    public init(
        parameters: ModelParameters, horizon: Int, strategies: [IPDStrategy] = [], counts: [Int] = [],
        world: World? = nil, worldDyads: WorldDyads? = nil
    ) {
        self.parameters = parameters
        self.horizon = horizon
        self.strategies = strategies
        self.counts = counts
        self.world = world
        self.worldDyads = worldDyads
    }
}

/// What one replicate of a model produced.
public struct ReplicateOutput: Sendable, Hashable {
    /// Row-major per-step series: `series[row * seriesCount + column]`.
    public var series: [Double]
    /// One value per summary metric.
    public var summary: [Double]

    public init(series: [Double], summary: [Double]) {
        self.series = series
        self.summary = summary
    }
}
