/// Richardson's arms race as a scenario model.
public struct RichardsonModel: SimulationModel {
    public static let name = "richardson"
    public static let summary = "Richardson's (1960) arms race: two states react to each other's arms"
    public static let horizonMeaning = "time steps"
    public static let parameterSpecs: [ParameterSpec] = [
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

    public var model: RichardsonArmsRace
    public var x0: Double
    public var y0: Double
    public var dt: Double
    public var discrete: Bool
    public var shock: Double

    public init(setup: ModelSetup) {
        let v = setup.parameters
        model = RichardsonArmsRace(k: v["k"], l: v["l"], a: v["a"], b: v["b"], g: v["g"], h: v["h"])
        x0 = v["x0"]
        y0 = v["y0"]
        dt = v["dt"]
        discrete = v.flag("discrete")
        shock = v["shock"]
    }

    public var seriesNames: [String] { ["x", "y"] }
    public var summaryNames: [String] {
        ["final_x", "final_y", "equilibrium_x", "equilibrium_y", "stable", "distance_to_equilibrium", "max_x", "max_y"]
    }

    public func run(steps: [Int], random: inout Xoshiro256StarStar) -> ReplicateOutput {
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
