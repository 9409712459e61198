extension Scenario {
    /// The steps at which series rows are recorded: 0, e, 2e, … and the horizon.
    public var recordedSteps: [Int] {
        var steps = Array(stride(from: 0, through: horizon, by: recordEvery))
        if steps.last != horizon { steps.append(horizon) }
        return steps
    }

    /// The model built for one design point.
    public func makeModel(parameters values: [Double]) -> any SimulationModel {
        model.makeModel(
            ModelSetup(
                parameters: ModelParameters(specs: model.parameterSpecs, values: values), horizon: horizon,
                strategies: strategies, counts: counts, world: world, worldDyads: worldDyads))
    }

    /// Series column names of this scenario's model.
    public var seriesNames: [String] { makeModel(parameters: parameters).seriesNames }
    /// Summary metric names of this scenario's model.
    public var summaryNames: [String] { makeModel(parameters: parameters).summaryNames }
}
