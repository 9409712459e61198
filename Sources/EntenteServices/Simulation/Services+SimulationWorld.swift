public import EntenteCore
public import EntenteSim

extension Services {
    /// The scenario with the knowledge base's World snapshot of `day` attached, for models
    /// initialised from data (``ModelDefinition/requiresWorld``), with its UN-vote affinity and
    /// capital distances (``worldDyads(for:)``); the date enters the fingerprint.
    ///
    /// - Throws: ``EntenteError`` when the snapshot cannot be loaded.
    public func scenario(_ scenario: Scenario, worldAsOf day: Day) async throws(EntenteError) -> Scenario {
        var scenario = scenario
        let world = try await world(asOf: day)
        scenario.world = world
        scenario.worldDyads = try await worldDyads(for: world)
        return scenario
    }
}
