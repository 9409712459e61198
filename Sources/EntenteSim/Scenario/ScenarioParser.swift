public import EntenteCore
internal import Yams

/// Reads scenarios from YAML text.
///
/// ```yaml
/// name: Axelrod 1986 metanorms game
/// model: metanorms          # ipd-tournament | ipd-moran | norms | metanorms | richardson
/// seed: 1
/// replicates: 20
/// horizon: 100              # generations (norms), steps (moran, richardson), turns (tournament)
/// record_every: 1
/// parameters:
///   mutation_rate: 0.01
/// ranges:                   # for sweeps and sensitivity analysis
///   mutation_rate: [0.001, 0.05]
/// ```
///
/// IPD scenarios add `strategies: [Tit For Tat, Defector, …]` (tournament) or
/// `population: {Tit For Tat: 10, Defector: 10}` (Moran). The parser does no file I/O: the caller
/// passes the text and the file name to quote in errors.
public enum ScenarioParser {
    static let topLevelKeys = [
        "name", "model", "seed", "replicates", "horizon", "record_every", "parameters", "strategies", "population",
        "ranges", "description", "world",
    ]

    /// Parses a scenario.
    ///
    /// - Parameters:
    ///   - text: the YAML document.
    ///   - file: the name to quote in error messages.
    ///   - registry: the models the scenario may name.
    /// - Returns: a validated scenario.
    /// - Throws: ``EntenteError`` with code `invalidScenario`; the message names the file, the line,
    ///   the field path and what was expected.
    public static func parse(
        _ text: String, file: String, registry: ModelRegistry = .standard
    ) throws(EntenteError) -> Scenario {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw EntenteError(
                    .invalidScenario, "\(file): the file is empty; expected a YAML mapping with at least 'model'.")
            }
            root = node
        } catch let error as EntenteError {
            throw error
        } catch {
            throw EntenteError(.invalidScenario, "\(file): not valid YAML: \(error)", underlying: error)
        }
        func fail(_ node: Node?, _ path: String, _ problem: String) -> EntenteError {
            let line = node?.mark.map { ":\($0.line)" } ?? ""
            return EntenteError(.invalidScenario, "\(file)\(line): \(path): \(problem)")
        }
        guard let mapping = root.mapping else {
            throw fail(root, "(top level)", "expected a mapping of fields such as 'model', 'seed', 'horizon'.")
        }
        var fields: [(key: String, keyNode: Node, value: Node)] = []
        for (k, v) in mapping {
            guard let key = k.string else { throw fail(k, "(top level)", "expected a text key.") }
            guard topLevelKeys.contains(key) else {
                var message = "unknown field"
                if let guess = Suggestions.closest(to: key, in: topLevelKeys).first {
                    message += "; did you mean '\(guess)'?"
                }
                throw fail(k, key, message + " Known fields: \(topLevelKeys.joined(separator: ", ")).")
            }
            fields.append((key, k, v))
        }
        func field(_ name: String) -> Node? { fields.first { $0.key == name }?.value }
        func integer(_ name: String, default value: Int, minimum: Int) throws(EntenteError) -> Int {
            guard let node = field(name) else { return value }
            guard let n = node.int else {
                throw fail(node, name, "expected a whole number, got '\(node.string ?? "?")'.")
            }
            guard n >= minimum else { throw fail(node, name, "expected at least \(minimum), got \(n).") }
            return n
        }

        guard let modelNode = field("model") else {
            throw fail(root, "model", "missing; expected one of \(registry.names.joined(separator: ", ")).")
        }
        guard let modelName = modelNode.string, let model = registry[modelName] else {
            let names = registry.names
            var message = "expected one of \(names.joined(separator: ", ")), got '\(modelNode.string ?? "?")'"
            if let s = modelNode.string, let guess = Suggestions.closest(to: s, in: names).first {
                message += "; did you mean '\(guess)'?"
            }
            throw fail(modelNode, "model", message + ".")
        }
        var scenario = Scenario(model: model, horizon: 0)
        scenario.name = field("name")?.string ?? file
        if let seedNode = field("seed") {
            guard let s = seedNode.string, let seed = UInt64(s) else {
                throw fail(
                    seedNode, "seed",
                    "expected a whole number from 0 to 18446744073709551615, got '\(seedNode.string ?? "?")'.")
            }
            scenario.seed = seed
        }
        scenario.replicates = try integer("replicates", default: 1, minimum: 1)
        guard field("horizon") != nil else {
            throw fail(root, "horizon", "missing; expected the number of \(model.horizonMeaning).")
        }
        scenario.horizon = try integer("horizon", default: 0, minimum: 0)
        scenario.recordEvery = try integer("record_every", default: 1, minimum: 1)

        if let params = field("parameters") {
            guard let m = params.mapping else {
                throw fail(params, "parameters", "expected a mapping of name: number.")
            }
            for (k, v) in m {
                let name = k.string ?? "?"
                guard let i = scenario.parameterIndex(name) else {
                    throw fail(
                        k, "parameters.\(name)",
                        "unknown parameter for model '\(model.name)'" + suggestion(name, scenario) + ".")
                }
                let spec = model.parameterSpecs[i]
                guard let value = number(v) else {
                    throw fail(v, "parameters.\(name)", "expected a number, got '\(v.string ?? "?")'.")
                }
                if let problem = spec.problem(with: value) { throw fail(v, "parameters.\(name)", problem + ".") }
                scenario.parameters[i] = value
            }
        }
        if let list = field("strategies") {
            guard model.strategyInput == .list else {
                throw fail(
                    list, "strategies",
                    "model '\(model.name)' takes no strategy list"
                        + (model.strategyInput == .population ? " (give 'population' instead)." : "."))
            }
            guard let seq = list.sequence else { throw fail(list, "strategies", "expected a list of strategy names.") }
            for (i, item) in seq.enumerated() {
                scenario.strategies.append(try strategy(item, path: "strategies[\(i)]", fail: fail))
            }
        }
        if let population = field("population") {
            guard model.strategyInput == .population else {
                throw fail(
                    population, "population",
                    "model '\(model.name)' takes no population"
                        + (model.strategyInput == .list ? " (give 'strategies' instead)." : "."))
            }
            guard let m = population.mapping else {
                throw fail(population, "population", "expected a mapping of strategy name: count.")
            }
            for (k, v) in m {
                let s = try strategy(k, path: "population", fail: fail)
                guard !scenario.strategies.contains(s) else {
                    throw fail(k, "population", "strategy '\(s.rawValue)' is listed twice.")
                }
                guard let c = v.int, c >= 0 else {
                    throw fail(
                        v, "population.\(k.string ?? "?")",
                        "expected a non-negative whole number, got '\(v.string ?? "?")'.")
                }
                scenario.strategies.append(s)
                scenario.counts.append(c)
            }
        }
        if model.strategyInput != .none && scenario.strategies.isEmpty {
            let population = model.strategyInput == .population
            throw fail(
                root, population ? "population" : "strategies",
                "missing; model '\(model.name)' needs IPD strategies, e.g. "
                    + (population ? "{Tit For Tat: 10, Defector: 10}." : "[Tit For Tat, Defector, Grudger]."))
        }
        if let ranges = field("ranges") {
            guard let m = ranges.mapping else {
                throw fail(ranges, "ranges", "expected a mapping of name: [lower, upper].")
            }
            for (k, v) in m {
                let name = k.string ?? "?"
                guard let i = scenario.parameterIndex(name) else {
                    throw fail(
                        k, "ranges.\(name)",
                        "unknown parameter for model '\(model.name)'" + suggestion(name, scenario) + ".")
                }
                guard let seq = v.sequence, seq.count == 2, let lo = number(seq[0]), let hi = number(seq[1]) else {
                    throw fail(v, "ranges.\(name)", "expected [lower, upper], two numbers.")
                }
                guard lo <= hi else {
                    throw fail(v, "ranges.\(name)", "expected lower ≤ upper, got [\(format(lo)), \(format(hi))].")
                }
                for x in [lo, hi] {
                    if let problem = model.parameterSpecs[i].problem(with: x) {
                        throw fail(v, "ranges.\(name)", problem + ".")
                    }
                }
                scenario.ranges.append(.init(name: name, lower: lo, upper: hi))
            }
        }
        if let worldNode = field("world") {
            scenario.worldSelection = try worldSelection(
                worldNode, file: file, horizon: scenario.horizon, fail: fail)
        }
        do {
            try scenario.validate(requiringWorld: false)
        } catch {
            throw EntenteError(.invalidScenario, "\(file): \(error.message)")
        }
        return scenario
    }

    private static func suggestion(_ name: String, _ scenario: Scenario) -> String {
        let names = scenario.model.parameterSpecs.map(\.name)
        var s = ""
        if let guess = Suggestions.closest(to: name, in: names).first { s += "; did you mean '\(guess)'?" }
        return s + " Known: \(names.joined(separator: ", "))"
    }

    private static func number(_ node: Node) -> Double? {
        if let d = node.float { return d }
        if let i = node.int { return Double(i) }
        if let b = node.bool { return b ? 1 : 0 }
        return nil
    }

    private static func strategy(
        _ node: Node, path: String, fail: (Node?, String, String) -> EntenteError
    ) throws(EntenteError) -> IPDStrategy {
        guard let name = node.string, let s = IPDStrategy(name: name) else {
            let names = IPDStrategy.allCases.map(\.rawValue)
            throw fail(
                node, path,
                "unknown strategy '\(node.string ?? "?")'; expected one of \(names.joined(separator: ", ")).")
        }
        return s
    }
}
