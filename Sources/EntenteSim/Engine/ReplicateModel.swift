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

/// A model configured with one set of parameter values, ready to run replicates.
///
/// Conformers are value types; ``run(horizon:recordEvery:random:)`` is synchronous, draws only from
/// the stream it is given and keeps its hot loop concrete.
protocol ReplicateModel: Sendable {
    var seriesNames: [String] { get }
    var summaryNames: [String] { get }
    func run(steps: [Int], random: inout Xoshiro256StarStar) -> ReplicateOutput
}

extension Scenario {
    /// The steps at which series rows are recorded: 0, e, 2e, … and the horizon.
    public var recordedSteps: [Int] {
        var steps = Array(stride(from: 0, through: horizon, by: recordEvery))
        if steps.last != horizon { steps.append(horizon) }
        return steps
    }

    /// Builds the model for one design point.
    func makeModel(parameters values: [Double]) -> any ReplicateModel {
        let specs = model.parameterSpecs
        func v(_ name: String) -> Double { values[specs.firstIndex { $0.name == name }!] }
        switch model {
        case .ipdTournament, .ipdMoran:
            let payoffs = IPDPayoffs(
                reward: v("reward"), sucker: v("sucker"), temptation: v("temptation"), punishment: v("punishment"))
            if model == .ipdTournament {
                return TournamentReplicate(
                    tournament: IPDTournament(
                        players: strategies, turns: horizon, repetitions: Int(v("repetitions")), noise: v("noise"),
                        payoffs: payoffs))
            }
            return MoranReplicate(
                process: MoranProcess(
                    strategies: strategies, initialCounts: counts, turns: Int(v("turns")), noise: v("noise"),
                    mutationRate: v("mutation_rate"), payoffs: payoffs))
        case .norms, .metanorms:
            var p = NormsGame.Parameters()
            p.agents = Int(v("agents"))
            p.rounds = Int(v("rounds"))
            p.temptation = v("temptation")
            p.hurt = v("hurt")
            p.punishment = v("punishment")
            p.enforcementCost = v("enforcement_cost")
            p.metaPunishment = v("meta_punishment")
            p.metaEnforcementCost = v("meta_enforcement_cost")
            p.mutationRate = v("mutation_rate")
            p.metanorms = v("metanorms") != 0
            return NormsReplicate(game: NormsGame(parameters: p))
        case .richardson:
            return RichardsonReplicate(
                model: RichardsonArmsRace(k: v("k"), l: v("l"), a: v("a"), b: v("b"), g: v("g"), h: v("h")),
                x0: v("x0"), y0: v("y0"), dt: v("dt"), discrete: v("discrete") != 0, shock: v("shock"))
        }
    }

    /// Series column names of this scenario's model.
    public var seriesNames: [String] { makeModel(parameters: parameters).seriesNames }
    /// Summary metric names of this scenario's model.
    public var summaryNames: [String] { makeModel(parameters: parameters).summaryNames }
}

/// A strategy's name as an output column fragment: "Tit For Tat" → "tit_for_tat".
func slug(_ strategy: IPDStrategy) -> String {
    var out = ""
    for c in strategy.rawValue.lowercased() {
        if c.isLetter || c.isNumber { out.append(c) } else if out.last != "_" { out.append("_") }
    }
    return out
}

struct TournamentReplicate: ReplicateModel {
    var tournament: IPDTournament
    var seriesNames: [String] { [] }
    var summaryNames: [String] {
        tournament.players.map { "score_" + slug($0) } + tournament.players.map { "cooperation_" + slug($0) }
    }

    func run(steps: [Int], random: inout Xoshiro256StarStar) -> ReplicateOutput {
        let result = tournament.play(seed: random.next())
        let per = Double(max(tournament.turns, 1) * max(tournament.players.count - 1, 1))
        return ReplicateOutput(series: [], summary: result.meanTotalScores.map { $0 / per } + result.cooperationRates)
    }
}

struct MoranReplicate: ReplicateModel {
    var process: MoranProcess
    var seriesNames: [String] { process.strategies.map { "share_" + slug($0) } }
    var summaryNames: [String] {
        ["fixation_step", "winner"] + process.strategies.map { "final_share_" + slug($0) }
    }

    func run(steps: [Int], random: inout Xoshiro256StarStar) -> ReplicateOutput {
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

struct NormsReplicate: ReplicateModel {
    var game: NormsGame
    var seriesNames: [String] { ["boldness", "vengefulness"] }
    var summaryNames: [String] {
        [
            "final_boldness", "final_vengefulness", "mean_boldness", "mean_vengefulness", "established_share",
            "collapsed_share", "final_region",
        ]
    }

    func run(steps: [Int], random: inout Xoshiro256StarStar) -> ReplicateOutput {
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

struct RichardsonReplicate: ReplicateModel {
    var model: RichardsonArmsRace
    var x0: Double
    var y0: Double
    var dt: Double
    var discrete: Bool
    var shock: Double
    var seriesNames: [String] { ["x", "y"] }
    var summaryNames: [String] {
        ["final_x", "final_y", "equilibrium_x", "equilibrium_y", "stable", "distance_to_equilibrium", "max_x", "max_y"]
    }

    func run(steps: [Int], random: inout Xoshiro256StarStar) -> ReplicateOutput {
        let horizon = steps.last ?? 0
        let t = model.integrate(
            x0: x0, y0: y0, steps: horizon, dt: dt, discrete: discrete, shock: shock, random: &random)
        var series: [Double] = []
        series.reserveCapacity(steps.count * 2)
        for s in steps {
            series.append(t.x[s])
            series.append(t.y[s])
        }
        let eq = model.equilibrium
        let fx = t.x[horizon]
        let fy = t.y[horizon]
        let distance = eq.map { ((fx - $0.x) * (fx - $0.x) + (fy - $0.y) * (fy - $0.y)).squareRoot() } ?? .infinity
        return ReplicateOutput(
            series: series,
            summary: [
                fx, fy, eq?.x ?? .nan, eq?.y ?? .nan, (discrete ? model.isDiscreteStable : model.isStable) ? 1 : 0,
                distance, t.x.max() ?? fx, t.y.max() ?? fy,
            ])
    }
}
