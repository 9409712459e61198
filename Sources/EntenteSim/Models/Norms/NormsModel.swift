/// Axelrod's norms game as a scenario model.
public struct NormsModel: SimulationModel {
    public static let name = "norms"
    public static let summary = "Axelrod's (1986) norms game: boldness and vengefulness evolve"
    public static let horizonMeaning = "generations"
    public static let parameterSpecs = specs(metanorms: false)

    /// The norms game's parameters; `metanorms` defaults to 1 for the metanorms model.
    static func specs(metanorms: Bool) -> [ParameterSpec] {
        [
            ParameterSpec("agents", 20, 2...1e6, integer: true, "number of agents (Axelrod 1986: 20)"),
            ParameterSpec("rounds", 4, 1...1e4, integer: true, "opportunities to defect per generation (4)"),
            ParameterSpec("temptation", 3, -1e6...1e6, "T, the defector's gain (+3)"),
            ParameterSpec("hurt", -1, -1e6...1e6, "H, each other agent's loss per defection (−1)"),
            ParameterSpec("punishment", -9, -1e6...1e6, "P, the punished defector's payoff (−9)"),
            ParameterSpec("enforcement_cost", -2, -1e6...1e6, "E, the punisher's cost (−2)"),
            ParameterSpec("meta_punishment", -9, -1e6...1e6, "P′, the meta-punished non-punisher's payoff (−9)"),
            ParameterSpec("meta_enforcement_cost", -2, -1e6...1e6, "E′, the meta-punisher's cost (−2)"),
            ParameterSpec("mutation_rate", 0.01, 0...1, "per-bit mutation probability (0.01)"),
            ParameterSpec("metanorms", metanorms ? 1 : 0, 0...1, integer: true, "1 = metanorms game"),
        ]
    }

    public var game: NormsGame

    public init(setup: ModelSetup) {
        let v = setup.parameters
        var p = NormsGame.Parameters()
        p.agents = v.integer("agents")
        p.rounds = v.integer("rounds")
        p.temptation = v["temptation"]
        p.hurt = v["hurt"]
        p.punishment = v["punishment"]
        p.enforcementCost = v["enforcement_cost"]
        p.metaPunishment = v["meta_punishment"]
        p.metaEnforcementCost = v["meta_enforcement_cost"]
        p.mutationRate = v["mutation_rate"]
        p.metanorms = v.flag("metanorms")
        game = NormsGame(parameters: p)
    }

    public var seriesNames: [String] { ["boldness", "vengefulness"] }
    public var summaryNames: [String] {
        [
            "final_boldness", "final_vengefulness", "mean_boldness", "mean_vengefulness", "established_share",
            "collapsed_share", "final_region",
        ]
    }

    public func run(steps: [Int], random: inout Xoshiro256StarStar) -> ReplicateOutput {
        let horizon = steps.last ?? 0
        var population = game.initialPopulation(random: &random)
        var series: [Double] = []
        series.reserveCapacity(steps.count * 2)
        var next = 0
        func record(_ g: Int, _ b: Double, _ v: Double) {
            if next < steps.count, steps[next] == g {
                series.append(b)
                series.append(v)
                next += 1
            }
        }
        record(0, population.meanBoldness, population.meanVengefulness)
        var sumB = 0.0
        var sumV = 0.0
        var established = 0
        var collapsed = 0
        game.evolve(&population, generations: horizon, random: &random) { g, b, v in
            sumB += b
            sumV += v
            switch NormsGame.Region(boldness: b, vengefulness: v) {
            case .normEstablished: established += 1
            case .normCollapsed: collapsed += 1
            case .neither: break
            }
            record(g, b, v)
        }
        let b = population.meanBoldness
        let v = population.meanVengefulness
        let g = Double(max(horizon, 1))
        return ReplicateOutput(
            series: series,
            summary: [
                b, v, horizon > 0 ? sumB / g : b, horizon > 0 ? sumV / g : v, Double(established) / g,
                Double(collapsed) / g, Double(NormsGame.Region(boldness: b, vengefulness: v).rawValue),
            ])
    }
}

/// Axelrod's metanorms game: the norms game with `metanorms` = 1 by default.
public struct MetanormsModel: SimulationModel {
    public static let name = "metanorms"
    public static let summary = "Axelrod's (1986) metanorms game: non-punishers are punished too"
    public static let horizonMeaning = NormsModel.horizonMeaning
    public static let parameterSpecs = NormsModel.specs(metanorms: true)

    public var norms: NormsModel

    public init(setup: ModelSetup) { norms = NormsModel(setup: setup) }

    public var seriesNames: [String] { norms.seriesNames }
    public var summaryNames: [String] { norms.summaryNames }

    public func run(steps: [Int], random: inout Xoshiro256StarStar) -> ReplicateOutput {
        norms.run(steps: steps, random: &random)
    }
}
