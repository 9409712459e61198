import EntenteCore
import EntenteServices
import EntenteSim
import EntenteTestSupport
import Foundation
import Testing

/// Worlds from the knowledge base for the defense-diplomacy model, and its example scenarios.
struct DefenseDiplomacyWorldTests {
    static func services() async throws -> Services { Services(store: try await BundledStore.store()) }

    static func scenario(_ text: String, file: String = "w.yaml") throws -> Scenario {
        try Services.scenario(text: text, file: file)
    }

    static let asean = """
        model: defense-diplomacy
        seed: 3
        replicates: 3
        horizon: 24
        record_every: 12
        world:
          date: 2010-12-31
          states: [asean+admm-plus]
          posture: {IDN: aligned}
          attack: {attacker: CHN, target: PHL, month: 6}
        """

    @Test func aWorldIsTheNamedStatesOfTheKnowledgeBaseOnItsDate() async throws {
        let services = try await Self.services()
        let scenario = try await services.attachingWorld(to: try Self.scenario(Self.asean))
        let world = try #require(scenario.world)
        let codes = world.states.compactMap(\.iso3)
        for code in ["IDN", "MYS", "PHL", "SGP", "THA", "VNM", "USA", "CHN", "JPN", "AUS", "IND", "RUS"] {
            #expect(codes.contains(code), "\(code)")
        }
        #expect(world.stateCount == 18)
        #expect(world.asOf == Day(year: 2010, month: 12, day: 31))
        // Names became dense ids of the restricted world.
        let idn = try #require(world.states.firstIndex { $0.iso3 == "IDN" })
        let chn = try #require(world.states.firstIndex { $0.iso3 == "CHN" })
        let phl = try #require(world.states.firstIndex { $0.iso3 == "PHL" })
        #expect(scenario.value("focal_state") == Double(idn))
        #expect(scenario.value("focal_posture") == 0)
        #expect(scenario.value("attacker") == Double(chn))
        #expect(scenario.value("attack_target") == Double(phl))
        // Alliances survive the restriction: the United States is bound to the Philippines.
        let usa = try #require(world.states.firstIndex { $0.iso3 == "USA" })
        #expect(
            world.alliances.contains {
                Int($0.from) == usa && Int($0.to) == phl && $0.obligations.contains(.defense)
            })
        let run = try await Services.runSimulation(scenario: scenario, threads: 2)
        let again = try await Services.runSimulation(scenario: scenario, threads: 1)
        #expect(run == again)
        let attacks = try #require(run.summaryNames.firstIndex(of: "attacks"))
        let bound = try #require(run.summaryNames.firstIndex(of: "allies_bound"))
        let blocked = try #require(run.summaryNames.firstIndex(of: "council_blocked"))
        for summary in run.replicateSummaries {
            #expect((summary[attacks] ?? 0) >= 1)
            #expect((summary[bound] ?? 0) >= 1)
            // China, a permanent member, is the attacker: the Council is blocked at least once.
            #expect((summary[blocked] ?? 0) >= 1)
        }
    }

    @Test(arguments: [
        ("[asean, XYZ]", "w.yaml:8", "world.states[1]", "XYZ"),
        ("[aseam]", "w.yaml:8", "world.states[0]", "asean"),
    ])
    func unknownStatesAndGroupsAreRefusedBeforeRunning(states: String, place: String, field: String, word: String)
        async throws
    {
        let text =
            "model: defense-diplomacy\nseed: 1\nhorizon: 12\nreplicates: 1\nrecord_every: 1\nworld:\n"
            + "  date: 2010-12-31\n  states: \(states)\n"
        let services = try await Self.services()
        let error = await #expect(throws: EntenteError.self) {
            try await services.attachingWorld(to: try Self.scenario(text))
        }
        #expect(error?.code == .invalidScenario)
        #expect(error?.message.contains(place) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains(field) == true)
        #expect(error?.message.contains(word) == true)
    }

    @Test func anAttackerOutsideTheWorldIsRefused() async throws {
        let text = Self.asean.replacingOccurrences(of: "attacker: CHN", with: "attacker: FRN")
        let services = try await Self.services()
        let error = await #expect(throws: EntenteError.self) {
            try await services.attachingWorld(to: try Self.scenario(text))
        }
        #expect(error?.message.contains("world.attack.attacker") == true, "\(error?.message ?? "")")
    }

    /// The repository's examples/scenarios folder.
    static var examples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/scenarios")
    }

    @Test func everyExampleScenarioLoadsAndRuns() async throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count >= 12)
        let services = try await Self.services()
        for file in files {
            let text = try String(contentsOf: Self.examples.appendingPathComponent(file), encoding: .utf8)
            let overrides = ScenarioOverrides(replicates: 2, horizon: 24)
            var scenario = try Services.scenario(text: text, file: file, overrides: overrides)
            if scenario.value("synthetic_states").map({ $0 > 50 }) == true {
                try scenario.set("synthetic_states", to: 50)
            }
            scenario = try await services.attachingWorld(to: scenario)
            let run = try await Services.runSimulation(scenario: scenario, threads: 2)
            #expect(run.replicateSummaries.count == 2, "\(file)")
        }
    }
}
