import ArgumentParser
import EntenteRender
import EntenteServices

/// `entente sim models`
struct SimModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the registered models, their parameters, defaults and allowed ranges."
    )

    @Option(help: "Output: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let report = Services.simulationModels()
        if format == .json { return print(try EntenteJSON.string(report)) }
        for model in report.models {
            print("\(model.name) — \(model.summary); horizon counts \(model.horizonMeaning)")
            let rows = model.parameters.map { p in
                [
                    p.name, NumberText.compact(p.defaultValue),
                    "\(NumberText.compact(p.lower))…\(NumberText.compact(p.upper))", p.help,
                ]
            }
            print(table(["parameter", "default", "allowed", "meaning"], rows))
        }
        print("IPD strategies: " + report.strategies.joined(separator: ", "))
    }
}
