import EntenteCore
import EntenteServices
import EntenteSim
import EntenteTestSupport
import Testing

/// A model initialised from the knowledge base: states of the World on a day, the major powers first
/// to adopt a practice that spreads by random contact.
struct PracticeDiffusionModel: SteppedSimulationModel {
    static let name = "test-diffusion"
    static let summary = "A practice spreading from the major powers (test model)"
    static let horizonMeaning = "years"
    static let requiresWorld = true
    static let parameterSpecs = [ParameterSpec("adoption", 0.2, 0...1, "probability that a contact adopts")]

    let initial: [Bool]
    let adoption: Double

    init(setup: ModelSetup) {
        // The scenario is validated before it runs: a model that requires a World always gets one.
        initial = setup.world?.isMajorPower ?? []
        adoption = setup.parameters["adoption"]
    }

    var seriesNames: [String] { ["adopted_share"] }
    var summaryNames: [String] { ["initial_adopters", "final_share"] }

    func makeState(random: inout Xoshiro256StarStar) -> [Bool] { initial }

    func step(_ adopted: inout [Bool], to step: Int, random: inout Xoshiro256StarStar) {
        for i in adopted.indices where adopted[i] {
            let j = random.nextInt(below: adopted.count)
            if random.nextDouble() < adoption { adopted[j] = true }
        }
    }

    func observe(_ adopted: [Bool]) -> [Double] { [Double(adopted.count { $0 }) / Double(adopted.count)] }

    func summarize(_ adopted: [Bool]) -> [Double] {
        [Double(initial.count { $0 }), Double(adopted.count { $0 }) / Double(adopted.count)]
    }
}

struct WorldModelTests {
    static func scenario() throws -> Scenario {
        var registry = ModelRegistry.standard
        try registry.register(PracticeDiffusionModel.self)
        return try Services.scenario(
            text: "model: test-diffusion\nseed: 5\nreplicates: 4\nhorizon: 10\n", file: "d.yaml", registry: registry)
    }

    @Test func aDataModelRefusesToRunWithoutAWorld() async throws {
        let error = await #expect(throws: EntenteError.self) {
            try await Services.runSimulation(scenario: try Self.scenario(), threads: 1)
        }
        #expect(error?.code == .invalidScenario)
        #expect(error?.message.contains("World snapshot") == true)
    }

    @Test func aDataModelStartsFromTheWorldOfItsDate() async throws {
        let services = Services(store: try await BundledStore.store())
        let day = Day(year: 1990, month: 6, day: 30)!
        let scenario = try await services.scenario(try Self.scenario(), worldAsOf: day)
        let world = try await services.world(asOf: day)
        let one = try await Services.runSimulation(scenario: scenario, threads: 1)
        let two = try await Services.runSimulation(scenario: scenario, threads: 2)
        #expect(one == two)
        let majorPowers = Double(world.isMajorPower.count { $0 })
        #expect(majorPowers > 0)
        #expect(one.replicateSummaries.allSatisfy { $0[0] == majorPowers })
        #expect(one.replicateSummaries.allSatisfy { ($0[1] ?? 0) >= majorPowers / Double(world.stateCount) })
        let later = try await services.scenario(try Self.scenario(), worldAsOf: Day(year: 2000, month: 6, day: 30)!)
        #expect(later.fingerprint != scenario.fingerprint)
    }
}
