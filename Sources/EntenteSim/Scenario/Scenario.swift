public import EntenteCore

/// A simulation scenario: which model, its parameters, how long, how many replicates, which seed.
///
/// Scenarios are usually read from YAML by ``ScenarioParser``; see the "Scenario files" article. All
/// values are validated when the scenario is built, so a `Scenario` is always runnable.
public struct Scenario: Sendable, Hashable {
    /// A human-readable name.
    public var name: String
    /// The model, from a ``ModelRegistry``.
    public var model: ModelDefinition
    /// The run seed; replicate `r` of design point `p` uses the stream `(seed, p, r)`.
    public var seed: UInt64
    public var replicates: Int
    /// Steps, generations or turns (see ``ModelDefinition/horizonMeaning``).
    public var horizon: Int
    /// Series rows are recorded every `recordEvery` steps (and at the last step).
    public var recordEvery: Int
    /// Parameter values in the order of ``ModelDefinition/parameterSpecs``.
    public var parameters: [Double]
    /// The IPD strategies in play (tournament and Moran models).
    public var strategies: [IPDStrategy]
    /// Moran process: initial count of each strategy.
    public var counts: [Int]
    /// Declared ranges for sweeps and sensitivity analysis, in file order.
    public var ranges: [ParameterRange]
    /// The snapshot a data-initialised model starts from (models with
    /// ``ModelDefinition/requiresWorld``); its date is part of the fingerprint.
    public var world: World?
    /// UN-vote affinity and capital distances for ``world``'s states, when the services attached them.
    public var worldDyads: WorldDyads?
    /// The scenario's `world:` section: the knowledge-base world to attach before running.
    public var worldSelection: WorldSelection?

    /// A range over which a parameter may vary in a sweep or sensitivity analysis.
    public struct ParameterRange: Sendable, Hashable {
        public var name: String
        public var lower: Double
        public var upper: Double

        public init(name: String, lower: Double, upper: Double) {
            self.name = name
            self.lower = lower
            self.upper = upper
        }
    }

    /// Creates a scenario with the model's default parameters.
    public init(
        name: String = "scenario", model: ModelDefinition, seed: UInt64 = 1, replicates: Int = 1, horizon: Int,
        recordEvery: Int = 1, strategies: [IPDStrategy] = [], counts: [Int] = []
    ) {
        self.name = name
        self.model = model
        self.seed = seed
        self.replicates = replicates
        self.horizon = horizon
        self.recordEvery = recordEvery
        self.parameters = model.parameterSpecs.map(\.defaultValue)
        self.strategies = strategies
        self.counts = counts
        self.ranges = []
        self.world = nil
        self.worldDyads = nil
        self.worldSelection = nil
    }

    /// The index of parameter `name`, or `nil`.
    public func parameterIndex(_ name: String) -> Int? {
        model.parameterSpecs.firstIndex { $0.name == name }
    }

    /// The value of parameter `name`.
    public func value(_ name: String) -> Double? {
        parameterIndex(name).map { parameters[$0] }
    }

    /// Sets parameter `name`, checking it against the model's spec.
    ///
    /// - Throws: ``EntenteError`` with code `invalidScenario` for an unknown name or a bad value.
    public mutating func set(_ name: String, to value: Double) throws(EntenteError) {
        guard let i = parameterIndex(name) else { throw unknownParameter(name, context: "parameter") }
        if let problem = model.parameterSpecs[i].problem(with: value) {
            throw EntenteError(.invalidScenario, "parameter '\(name)': \(problem).")
        }
        parameters[i] = value
    }

    func unknownParameter(_ name: String, context: String) -> EntenteError {
        let names = model.parameterSpecs.map(\.name)
        var message = "unknown \(context) '\(name)' for model '\(model.name)'"
        if let guess = Suggestions.closest(to: name, in: names).first { message += "; did you mean '\(guess)'?" }
        message += " Known parameters: \(names.joined(separator: ", "))."
        return EntenteError(.invalidScenario, message)
    }

    /// Checks the scenario as a whole.
    ///
    /// - Parameter requiringWorld: whether a model that starts from the knowledge base must already
    ///   have its World attached (the parser and loaders read text only and leave that to the caller).
    /// - Throws: ``EntenteError`` (`invalidScenario`) naming the field and what was expected.
    public func validate(requiringWorld: Bool = true) throws(EntenteError) {
        if requiringWorld && model.requiresWorld && world == nil {
            throw EntenteError(
                .invalidScenario,
                "model '\(model.name)' starts from the knowledge base: attach a World snapshot to the scenario.")
        }
        if requiringWorld, let worldSelection, world == nil {
            throw EntenteError(
                .invalidScenario,
                "\(worldSelection.file): world: the scenario names a knowledge-base world (\(worldSelection.date.iso)); "
                    + "attach it before running (the CLI and the services do this).")
        }
        if replicates < 1 {
            throw EntenteError(.invalidScenario, "replicates: expected at least 1, got \(replicates).")
        }
        if horizon < 0 {
            throw EntenteError(.invalidScenario, "horizon: expected a non-negative number, got \(horizon).")
        }
        if recordEvery < 1 {
            throw EntenteError(.invalidScenario, "record_every: expected at least 1, got \(recordEvery).")
        }
        for (spec, value) in zip(model.parameterSpecs, parameters) {
            if let problem = spec.problem(with: value) {
                throw EntenteError(.invalidScenario, "parameters.\(spec.name): \(problem).")
            }
        }
        if model.strategyInput != .none && strategies.isEmpty {
            throw EntenteError(.invalidScenario, "strategies: model '\(model.name)' needs at least one strategy.")
        }
        if model.strategyInput == .population {
            if counts.count != strategies.count || counts.contains(where: { $0 < 0 }) || counts.reduce(0, +) < 2 {
                throw EntenteError(
                    .invalidScenario,
                    "population: expected a non-negative count per strategy, at least 2 individuals in all.")
            }
        }
        for range in ranges {
            guard let i = parameterIndex(range.name) else { throw unknownParameter(range.name, context: "range") }
            let spec = model.parameterSpecs[i]
            guard range.lower <= range.upper else {
                throw EntenteError(
                    .invalidScenario,
                    "ranges.\(range.name): expected lower ≤ upper, got \(format(range.lower))…\(format(range.upper)).")
            }
            for v in [range.lower, range.upper] {
                if let problem = spec.problem(with: v) {
                    throw EntenteError(.invalidScenario, "ranges.\(range.name): \(problem).")
                }
            }
        }
    }

    /// A canonical one-line description of everything that determines results; the basis of
    /// ``fingerprint``.
    public var canonicalDescription: String {
        var parts = [
            "model=\(model.name)", "seed=\(seed)", "replicates=\(replicates)", "horizon=\(horizon)",
            "record_every=\(recordEvery)",
        ]
        for (spec, v) in zip(model.parameterSpecs, parameters) { parts.append("\(spec.name)=\(v)") }
        parts.append("strategies=" + strategies.map(\.rawValue).joined(separator: "|"))
        parts.append("counts=" + counts.map(String.init).joined(separator: "|"))
        // Only data-initialised scenarios add a part, so every other fingerprint stays as it was.
        if let world { parts.append("world=\(world.asOf)") }
        if let worldDyads { parts.append("dyads=\(worldDyads.digest)") }
        if let worldSelection { parts.append("selection=\(worldSelection.canonicalDescription)") }
        return parts.joined(separator: ";")
    }

    /// A 64-bit FNV-1a hash of ``canonicalDescription``: shards of one sweep carry the same value.
    public var fingerprint: String { fnv1aHex(canonicalDescription) }

    // A World is a large snapshot without equality of its own: scenarios compare it by date.
    public static func == (a: Scenario, b: Scenario) -> Bool {
        a.name == b.name && a.canonicalDescription == b.canonicalDescription && a.ranges == b.ranges
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(canonicalDescription)
        hasher.combine(ranges)
    }
}

/// FNV-1a 64-bit hash of a string's UTF-8 bytes, as 16 hex digits: stable across processes.
func fnv1aHex(_ text: String) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        h ^= UInt64(byte)
        h &*= 0x0000_0100_0000_01B3
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}

extension Scenario.ParameterRange {
    /// Parses `name=lower:upper` with lower ≤ upper, e.g. `mutation_rate=0.001:0.05`.
    ///
    /// - Throws: ``EntenteError`` (`invalidInput`) quoting the text and the expected form.
    public init(parsing text: String) throws(EntenteError) {
        let parts = text.split(separator: "=", maxSplits: 1)
        let bounds = parts.count == 2 ? parts[1].split(separator: ":").compactMap { Double($0) } : []
        guard bounds.count == 2, bounds[0] <= bounds[1], !parts[0].isEmpty else {
            throw EntenteError(
                .invalidInput, "range '\(text)': expected name=lower:upper with lower ≤ upper, e.g. punishment=-12:-3.")
        }
        self.init(name: String(parts[0]), lower: bounds[0], upper: bounds[1])
    }
}
