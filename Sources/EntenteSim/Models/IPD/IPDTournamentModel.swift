/// Round-robin IPD tournaments as a scenario model: one replicate is one whole tournament.
public struct IPDTournamentModel: SimulationModel {
    public static let name = "ipd-tournament"
    public static let summary = "Round-robin iterated prisoner's dilemma tournaments (Axelrod 1980)"
    public static let horizonMeaning = "turns per match"
    public static let strategyInput = StrategyInput.list
    public static let parameterSpecs: [ParameterSpec] =
        [
            ParameterSpec("repetitions", 10, 1...1e7, integer: true, "repetitions of the round robin per replicate"),
            ParameterSpec("noise", 0, 0...1, "probability that each move is flipped"),
        ] + IPDPayoffs.parameterSpecs

    public var tournament: IPDTournament

    public init(setup: ModelSetup) {
        let p = setup.parameters
        tournament = IPDTournament(
            players: setup.strategies, turns: setup.horizon, repetitions: p.integer("repetitions"), noise: p["noise"],
            payoffs: IPDPayoffs(parameters: p))
    }

    public var seriesNames: [String] { [] }
    public var summaryNames: [String] {
        tournament.players.map { "score_" + $0.slug } + tournament.players.map { "cooperation_" + $0.slug }
    }

    public func run(steps: [Int], random: inout Xoshiro256StarStar) -> ReplicateOutput {
        let result = tournament.play(seed: random.next())
        let per = Double(max(tournament.turns, 1) * max(tournament.players.count - 1, 1))
        return ReplicateOutput(series: [], summary: result.meanTotalScores.map { $0 / per } + result.cooperationRates)
    }
}

extension IPDPayoffs {
    /// The payoff parameters both IPD models declare.
    static let parameterSpecs: [ParameterSpec] = [
        ParameterSpec("reward", 3, -1e6...1e6, "R, mutual cooperation (3)"),
        ParameterSpec("sucker", 0, -1e6...1e6, "S, cooperating against a defector (0)"),
        ParameterSpec("temptation", 5, -1e6...1e6, "T, defecting against a cooperator (5)"),
        ParameterSpec("punishment", 1, -1e6...1e6, "P, mutual defection (1)"),
    ]

    init(parameters p: ModelParameters) {
        self.init(reward: p["reward"], sucker: p["sucker"], temptation: p["temptation"], punishment: p["punishment"])
    }
}

extension IPDStrategy {
    /// The name as an output column fragment: "Tit For Tat" → "tit_for_tat".
    var slug: String {
        var out = ""
        for c in rawValue.lowercased() {
            if c.isLetter || c.isNumber { out.append(c) } else if out.last != "_" { out.append("_") }
        }
        return out
    }
}
