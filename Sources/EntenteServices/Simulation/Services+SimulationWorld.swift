public import EntenteCore
public import EntenteSim

extension Services {
    /// The scenario with the knowledge base's World snapshot of `day` attached, for models
    /// initialised from data (``ModelDefinition/requiresWorld``); the date enters the fingerprint.
    ///
    /// - Throws: ``EntenteError`` when the snapshot cannot be loaded.
    public func scenario(_ scenario: Scenario, worldAsOf day: Day) async throws(EntenteError) -> Scenario {
        var scenario = scenario
        scenario.world = try await world(asOf: day)
        return scenario
    }
}
