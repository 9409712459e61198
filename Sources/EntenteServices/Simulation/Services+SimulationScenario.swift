public import EntenteCore
public import EntenteSim

// One entry point for front ends that run scenario documents of any kind — classic models, models
// initialised from the knowledge base, and `world:` scenarios — so none of them has to know which
// World a scenario needs.
extension Services {
    /// The scenario with everything it needs from the knowledge base attached: the World its
    /// `world:` section names (restricted to its states, with its posture and attack), or, for a
    /// model initialised from data without a `world:` section, the snapshot of `day` (default: the
    /// last day the state-system data observe). Scenarios of classic models come back unchanged.
    ///
    /// - Throws: ``EntenteError`` (`invalidScenario`) naming the file, line and field of an unknown
    ///   state or group, or when the snapshot cannot be loaded.
    public func runnableScenario(_ scenario: Scenario, worldAsOf day: Day? = nil) async throws(EntenteError)
        -> Scenario
    {
        if scenario.world != nil { return scenario }
        if scenario.worldSelection != nil { return try await attachingWorld(to: scenario) }
        guard scenario.model.requiresWorld else { return scenario }
        return try await self.scenario(scenario, worldAsOf: day ?? Self.defaultDay)
    }

    /// Runs any scenario document: attaches its World as ``runnableScenario(_:worldAsOf:)`` does,
    /// then runs its replicates (no further replicate starts once the calling task is cancelled).
    ///
    /// - Parameters:
    ///   - scenario: a parsed scenario (``Services/scenario(text:file:overrides:registry:)``).
    ///   - day: the World's day for a data-initialised model without a `world:` section.
    ///   - threads: most replicates running at once (at least 1); the result does not depend on it.
    ///   - progress: called after each replicate, in order.
    /// - Throws: ``EntenteError`` (`invalidScenario`) for a scenario that cannot run, `.cancelled`
    ///   when the task was cancelled before every replicate ran.
    public func runScenario(
        _ scenario: Scenario, worldAsOf day: Day? = nil, threads: Int, progress: SimulationRunner.Progress? = nil
    ) async throws(EntenteError) -> SimulationRunReport {
        let runnable = try await runnableScenario(scenario, worldAsOf: day)
        return try await Self.runCancellableSimulation(scenario: runnable, threads: threads, progress: progress)
    }
}
