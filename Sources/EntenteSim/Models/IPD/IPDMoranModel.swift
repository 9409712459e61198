/// A Moran process over IPD strategies as a scenario model.
public struct IPDMoranModel: SimulationModel {
    public static let name = "ipd-moran"
    public static let summary = "Moran birth–death process over IPD strategies (Nowak 2006)"
    public static let horizonMeaning = "birth–death steps"
    public static let strategyInput = StrategyInput.population
    public static let parameterSpecs: [ParameterSpec] =
        [
            ParameterSpec("turns", 200, 1...1e6, integer: true, "turns per match"),
            ParameterSpec("noise", 0, 0...1, "probability that each move is flipped"),
            ParameterSpec("mutation_rate", 0, 0...1, "probability that an offspring takes a random strategy"),
        ] + IPDPayoffs.parameterSpecs

    public var process: MoranProcess

    public init(setup: ModelSetup) {
        let p = setup.parameters
        process = MoranProcess(
            strategies: setup.strategies, initialCounts: setup.counts, turns: p.integer("turns"), noise: p["noise"],
            mutationRate: p["mutation_rate"], payoffs: IPDPayoffs(parameters: p))
    }

    public var seriesNames: [String] { process.strategies.map { "share_" + $0.slug } }
    public var summaryNames: [String] {
        ["fixation_step", "winner"] + process.strategies.map { "final_share_" + $0.slug }
    }

    public func run(steps: [Int], random: inout Xoshiro256StarStar) -> ReplicateOutput {
        let k = process.strategies.count
        let horizon = steps.last ?? 0
        let run = process.run(steps: horizon, random: &random)
        var series: [Double] = []
        series.reserveCapacity(steps.count * k)
        for s in steps { series += run.fractions[(s * k)..<((s + 1) * k)] }
        let final = Array(run.fractions[(horizon * k)..<((horizon + 1) * k)])
        return ReplicateOutput(
            series: series,
            summary: [Double(run.fixationStep ?? -1), Double(run.winner ?? -1)] + final)
    }
}
