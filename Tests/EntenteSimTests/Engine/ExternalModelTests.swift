import EntenteCore
import EntenteSim
import Testing

/// A model defined outside EntenteSim, as a user would: an outbreak on a population with recoveries
/// scheduled in an event queue, state kept as a struct of arrays.
struct OutbreakModel: SteppedSimulationModel {
    static let name = "test-outbreak"
    static let summary = "An outbreak with scheduled recoveries (test model)"
    static let horizonMeaning = "days"
    static let parameterSpecs = [
        ParameterSpec("agents", 60, 2...1e4, integer: true, "population size"),
        ParameterSpec("contact", 0.4, 0...1, "daily probability that an infected agent meets someone"),
        ParameterSpec("recovery_days", 3, 0.5...100, "mean days to recovery"),
    ]

    struct State {
        var infected: [Bool]
        var recovered: [Bool]
        var recoveries = EventQueue<Int>()
        var everInfected = 0
        var peak = 0
        var current = 0
    }

    let agents: Int
    let contact: Double
    let recoveryDays: Double

    init(setup: ModelSetup) {
        agents = setup.parameters.integer("agents")
        contact = setup.parameters["contact"]
        recoveryDays = setup.parameters["recovery_days"]
    }

    var seriesNames: [String] { ["infected_share", "recovered_share"] }
    var summaryNames: [String] { ["attack_rate", "peak_share"] }

    private func infect(_ i: Int, _ state: inout State, day: Int, random: inout Xoshiro256StarStar) {
        state.infected[i] = true
        state.everInfected += 1
        state.current += 1
        state.peak = max(state.peak, state.current)
        state.recoveries.schedule(i, at: Double(day) + recoveryDays * (0.5 + random.nextDouble()))
    }

    func makeState(random: inout Xoshiro256StarStar) -> State {
        var state = State(
            infected: Array(repeating: false, count: agents), recovered: Array(repeating: false, count: agents))
        infect(random.nextInt(below: agents), &state, day: 0, random: &random)
        return state
    }

    func step(_ state: inout State, to day: Int, random: inout Xoshiro256StarStar) {
        for (_, i) in state.recoveries.popDue(through: Double(day)) {
            state.infected[i] = false
            state.recovered[i] = true
            state.current -= 1
        }
        for i in 0..<agents where state.infected[i] && random.nextDouble() < contact {
            let j = random.nextInt(below: agents)
            if !state.infected[j] && !state.recovered[j] { infect(j, &state, day: day, random: &random) }
        }
    }

    func observe(_ state: State) -> [Double] {
        [Double(state.current) / Double(agents), Double(state.recovered.count { $0 }) / Double(agents)]
    }

    func summarize(_ state: State) -> [Double] {
        [Double(state.everInfected) / Double(agents), Double(state.peak) / Double(agents)]
    }
}

struct ExternalModelTests {
    static func registry() throws -> ModelRegistry {
        var registry = ModelRegistry.standard
        try registry.register(OutbreakModel.self)
        return registry
    }

    static let yaml =
        "model: test-outbreak\nseed: 11\nreplicates: 12\nhorizon: 40\nrecord_every: 5\nparameters:\n  contact: 0.6\n"

    @Test func theStandardRegistryHoldsTheShippedModels() throws {
        #expect(
            ModelRegistry.standard.names == [
                "ipd-tournament", "ipd-moran", "norms", "metanorms", "richardson", "defense-diplomacy",
            ])
        #expect(ModelRegistry.standard["metanorms"]?.parameterSpecs.last?.defaultValue == 1)
        #expect(ModelRegistry.standard["norms"]?.parameterSpecs.last?.defaultValue == 0)
        // The standard registry is assembled without checks: its models must pass them.
        var checked = ModelRegistry()
        for model in ModelRegistry.standard.models { try checked.register(model) }
        #expect(checked.names == ModelRegistry.standard.names)
    }

    @Test func aModelRegisteredOutsideTheModuleRunsDeterministically() async throws {
        let scenario = try ScenarioParser.parse(Self.yaml, file: "outbreak.yaml", registry: try Self.registry())
        #expect(scenario.model.name == "test-outbreak" && scenario.value("contact") == 0.6)
        #expect(scenario.seriesNames == ["infected_share", "recovered_share"])
        let one = await SimulationRunner.run(scenario, threads: 1)
        for threads in [2, 5] {
            let many = await SimulationRunner.run(scenario, threads: threads)
            #expect(BitPatterns.of(many) == BitPatterns.of(one))
        }
        #expect(one.point.replicateSeries.allSatisfy { $0.count == scenario.recordedSteps.count * 2 })
        // The outbreak spreads in some replicates and not identically in all of them.
        #expect(Set(one.point.replicateSummaries.map { $0[0] }).count > 1)
        #expect(one.point.replicateSummaries.allSatisfy { $0[0] >= $0[1] && $0[0] > 0 })
        var other = scenario
        other.seed += 1
        let changed = await SimulationRunner.run(other, threads: 3)
        #expect(changed.point.replicateSummaries != one.point.replicateSummaries)
    }

    @Test func anExternalModelSweepsAndIsCheckedLikeTheShippedOnes() async throws {
        let scenario = try ScenarioParser.parse(Self.yaml, file: "outbreak.yaml", registry: try Self.registry())
        let design = SweepDesign.grid([.init(name: "contact", values: [0.1, 0.9])])
        let sweep = try await SweepResult.run(scenario, design: design, threads: 2)
        #expect(sweep.model == "test-outbreak" && sweep.points.count == 2)
        let typo = #expect(throws: EntenteError.self) {
            try ScenarioParser.parse(
                "model: test-outbreak\nhorizon: 5\nparameters:\n  contct: 0.1\n", file: "o.yaml",
                registry: try Self.registry())
        }
        #expect(typo?.message.contains("did you mean 'contact'?") == true)
    }

    @Test func registryRefusesDuplicateAndMalformedNames() throws {
        var registry = try Self.registry()
        let duplicate = #expect(throws: EntenteError.self) { try registry.register(OutbreakModel.self) }
        #expect(duplicate?.message == "model 'test-outbreak' is already registered.")
        #expect(throws: EntenteError.self) { try registry.register(ModelDefinition.norms) }
        let unknown = #expect(throws: EntenteError.self) { try registry.model(named: "test-outbrek") }
        #expect(unknown?.message.contains("did you mean 'test-outbreak'?") == true)
        let notInStandard = #expect(throws: EntenteError.self) {
            try ScenarioParser.parse(Self.yaml, file: "outbreak.yaml")
        }
        #expect(notInStandard?.message.hasPrefix("outbreak.yaml:1: model: expected one of ipd-tournament") == true)
    }
}
