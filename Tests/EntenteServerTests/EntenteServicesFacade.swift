import EntenteServices
import EntenteSim

/// Scenario parsing for job tests, through the services as the routes do.
enum EntenteServicesFacade {
    static func scenario(_ text: String, replicates: Int) throws -> Scenario {
        try Services.scenario(text: text, file: "test.yaml", overrides: ScenarioOverrides(replicates: replicates))
    }
}
