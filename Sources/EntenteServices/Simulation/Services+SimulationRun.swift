public import EntenteCore
public import EntenteSim

// Simulations read no knowledge base, so these functions are static: a front end runs a scenario
// without opening (or building) a store. A model initialised from data gets its World from an
// instance's `world(asOf:)`, attached to the scenario before running it.
extension Services {
    /// Parses a scenario and applies a front end's overrides.
    ///
    /// - Parameters:
    ///   - text: the YAML document.
    ///   - file: the name to quote in errors.
    ///   - overrides: seed, replicates, horizon and `name=value` parameter assignments.
    ///   - registry: the models the scenario may name.
    /// - Returns: a validated scenario.
    /// - Throws: ``EntenteError`` (`invalidScenario`, or `invalidInput` for a malformed assignment)
    ///   naming the file or the parameter, with the closest known name for a typo.
    public static func scenario(
        text: String, file: String, overrides: ScenarioOverrides = ScenarioOverrides(),
        registry: ModelRegistry = .standard
    ) throws(EntenteError) -> Scenario {
        var scenario = try ScenarioParser.parse(text, file: file, registry: registry)
        if let seed = overrides.seed { scenario.seed = seed }
        if let replicates = overrides.replicates { scenario.replicates = replicates }
        if let horizon = overrides.horizon { scenario.horizon = horizon }
        for item in overrides.assignments {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]) else {
                throw EntenteError(
                    .invalidInput, "parameter override '\(item)': expected name=number, e.g. mutation_rate=0.02.")
            }
            try scenario.set(parts[0], to: value)
        }
        try scenario.validateFieldsAfterOverrides(file: file)
        return scenario
    }

    /// The models of `registry`, their parameters, and the IPD strategies.
    public static func simulationModels(registry: ModelRegistry = .standard) -> SimulationModelsReport {
        SimulationModelsReport(
            models: registry.models.map(SimulationModelReport.init), strategies: IPDStrategy.allCases.map(\.rawValue))
    }

    /// Runs a scenario's replicates at its own parameters, series kept.
    ///
    /// - Parameters:
    ///   - threads: most replicates running at once (at least 1); the result does not depend on it.
    ///   - progress: called after each replicate, in order.
    /// - Throws: ``EntenteError`` (`invalidScenario`) when the scenario is not runnable.
    public static func runSimulation(
        scenario: Scenario, threads: Int, progress: SimulationRunner.Progress? = nil
    ) async throws(EntenteError) -> SimulationRunReport {
        try scenario.validate()
        let result = await SimulationRunner.run(scenario, threads: max(1, threads), progress: progress)
        return SimulationRunReport(result)
    }

    /// Like ``runSimulation(scenario:threads:progress:)``, for a run that may be called off: once the
    /// calling task is cancelled no further replicate starts.
    ///
    /// - Throws: ``EntenteError`` `.cancelled` when the task was cancelled before every replicate ran.
    public static func runCancellableSimulation(
        scenario: Scenario, threads: Int, progress: SimulationRunner.Progress? = nil
    ) async throws(EntenteError) -> SimulationRunReport {
        try scenario.validate()
        guard
            let result = await SimulationRunner.runUnlessCancelled(
                scenario, threads: max(1, threads), progress: progress)
        else { throw EntenteError(.cancelled, "The simulation was cancelled before every replicate ran.") }
        return SimulationRunReport(result)
    }
}

extension Scenario {
    /// Overrides may break what the file had right (replicates 0, a negative horizon): checked again,
    /// quoting the file.
    fileprivate func validateFieldsAfterOverrides(file: String) throws(EntenteError) {
        do {
            try validate(requiringWorld: false)
        } catch {
            throw EntenteError(error.code, "\(file): \(error.message)")
        }
    }
}
