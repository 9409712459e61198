import ArgumentParser
import EntenteRender
import EntenteSim

/// `entente sim models`
struct SimModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the models, their parameters, defaults and allowed ranges."
    )

    func run() {
        for model in ModelKind.allCases {
            print("\(model.rawValue) — horizon counts \(model.horizonMeaning)")
            let rows = model.parameterSpecs.map { s in
                [s.name, NumberText.compact(s.defaultValue), "\(NumberText.compact(s.allowed.lowerBound))…\(NumberText.compact(s.allowed.upperBound))", s.help]
            }
            print(table(["parameter", "default", "allowed", "meaning"], rows))
        }
        print("IPD strategies: " + IPDStrategy.allCases.map(\.rawValue).joined(separator: ", "))
    }
}
