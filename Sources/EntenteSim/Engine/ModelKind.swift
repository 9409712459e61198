/// The models the engine can run, by the name scenario files use.
public enum ModelKind: String, CaseIterable, Sendable, Hashable, Codable {
    /// Round-robin IPD tournaments (``IPDTournament``); one replicate is one whole tournament.
    case ipdTournament = "ipd-tournament"
    /// A Moran process over IPD strategies (``MoranProcess``).
    case ipdMoran = "ipd-moran"
    /// Axelrod's norms game (``NormsGame``).
    case norms
    /// Axelrod's metanorms game: ``norms`` with `metanorms` = 1 by default.
    case metanorms
    /// Richardson's arms race (``RichardsonArmsRace``).
    case richardson

    /// The parameters the model accepts, in output order.
    public var parameterSpecs: [ParameterSpec] {
        switch self {
        case .ipdTournament:
            return [
                ParameterSpec(
                    "repetitions", 10, 1...1e7, integer: true, "repetitions of the round robin per replicate"),
                ParameterSpec("noise", 0, 0...1, "probability that each move is flipped"),
            ] + ModelKind.payoffSpecs
        case .ipdMoran:
            return [
                ParameterSpec("turns", 200, 1...1e6, integer: true, "turns per match"),
                ParameterSpec("noise", 0, 0...1, "probability that each move is flipped"),
                ParameterSpec("mutation_rate", 0, 0...1, "probability that an offspring takes a random strategy"),
            ] + ModelKind.payoffSpecs
        case .norms, .metanorms:
            return [
                ParameterSpec("agents", 20, 2...1e6, integer: true, "number of agents (Axelrod 1986: 20)"),
                ParameterSpec("rounds", 4, 1...1e4, integer: true, "opportunities to defect per generation (4)"),
                ParameterSpec("temptation", 3, -1e6...1e6, "T, the defector's gain (+3)"),
                ParameterSpec("hurt", -1, -1e6...1e6, "H, each other agent's loss per defection (−1)"),
                ParameterSpec("punishment", -9, -1e6...1e6, "P, the punished defector's payoff (−9)"),
                ParameterSpec("enforcement_cost", -2, -1e6...1e6, "E, the punisher's cost (−2)"),
                ParameterSpec("meta_punishment", -9, -1e6...1e6, "P′, the meta-punished non-punisher's payoff (−9)"),
                ParameterSpec("meta_enforcement_cost", -2, -1e6...1e6, "E′, the meta-punisher's cost (−2)"),
                ParameterSpec("mutation_rate", 0.01, 0...1, "per-bit mutation probability (0.01)"),
                ParameterSpec("metanorms", self == .metanorms ? 1 : 0, 0...1, integer: true, "1 = metanorms game"),
            ]
        case .richardson:
            return [
                ParameterSpec("k", 0.9, -1e6...1e6, "reaction of state X to Y's arms"),
                ParameterSpec("l", 0.9, -1e6...1e6, "reaction of state Y to X's arms"),
                ParameterSpec("a", 1.0, -1e6...1e6, "fatigue (expense) coefficient of X"),
                ParameterSpec("b", 1.0, -1e6...1e6, "fatigue (expense) coefficient of Y"),
                ParameterSpec("g", 1.0, -1e6...1e6, "grievance of X"),
                ParameterSpec("h", 1.0, -1e6...1e6, "grievance of Y"),
                ParameterSpec("x0", 0, -1e12...1e12, "initial arms level of X"),
                ParameterSpec("y0", 0, -1e12...1e12, "initial arms level of Y"),
                ParameterSpec("dt", 0.01, 1e-9...1e3, "time step of the continuous model"),
                ParameterSpec("discrete", 0, 0...1, integer: true, "1 = difference equation, 0 = ODE"),
                ParameterSpec("shock", 0, 0...1e6, "s.d. of Gaussian shocks per unit time (0 = deterministic)"),
            ]
        }
    }

    /// What `horizon` counts for this model.
    public var horizonMeaning: String {
        switch self {
        case .ipdTournament: return "turns per match"
        case .ipdMoran: return "birth–death steps"
        case .norms, .metanorms: return "generations"
        case .richardson: return "time steps"
        }
    }

    /// Whether the scenario must list IPD strategies.
    var needsStrategies: Bool { self == .ipdTournament || self == .ipdMoran }

    static let payoffSpecs: [ParameterSpec] = [
        ParameterSpec("reward", 3, -1e6...1e6, "R, mutual cooperation (3)"),
        ParameterSpec("sucker", 0, -1e6...1e6, "S, cooperating against a defector (0)"),
        ParameterSpec("temptation", 5, -1e6...1e6, "T, defecting against a cooperator (5)"),
        ParameterSpec("punishment", 1, -1e6...1e6, "P, mutual defection (1)"),
    ]
}
