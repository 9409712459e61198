import EntenteCore
import EntenteSim
import EntenteTestSupport
import Testing

struct ScenarioParserTests {
    @Test(arguments: ["norms-1986.yaml", "ipd-moran.yaml", "richardson-stable.yaml"])
    func exampleScenariosParse(file: String) throws {
        let text = try SimTestSupport.fixture(file, in: .module)
        let s = try ScenarioParser.parse(text, file: file)
        #expect(s.replicates >= 1)
        #expect(!s.name.isEmpty)
    }

    @Test func parsedValuesReachTheScenario() throws {
        let s = try ScenarioParser.parse(
            """
            name: test
            model: ipd-moran
            seed: 18446744073709551615
            replicates: 4
            horizon: 100
            record_every: 10
            parameters: {turns: 50, noise: 0.01}
            population: {TFT: 3, alld: 7}
            ranges: {noise: [0, 0.1]}
            """, file: "t.yaml")
        #expect(
            s.model == .ipdMoran && s.seed == UInt64.max && s.replicates == 4 && s.horizon == 100 && s.recordEvery == 10
        )
        #expect(s.value("turns") == 50 && s.value("noise") == 0.01 && s.value("mutation_rate") == 0)
        #expect(s.strategies == [.titForTat, .defector] && s.counts == [3, 7])
        #expect(s.ranges == [.init(name: "noise", lower: 0, upper: 0.1)])
    }

    @Test func defaultsAreAxelrods1986Parameters() throws {
        let s = try ScenarioParser.parse("model: metanorms\nhorizon: 100\n", file: "m.yaml")
        let expected: [(String, Double)] = [
            ("agents", 20), ("rounds", 4), ("temptation", 3), ("hurt", -1), ("punishment", -9),
            ("enforcement_cost", -2),
            ("meta_punishment", -9), ("meta_enforcement_cost", -2), ("mutation_rate", 0.01), ("metanorms", 1),
        ]
        for (name, value) in expected { #expect(s.value(name) == value, "\(name)") }
    }

    /// Each malformed scenario and the exact message: file, line, field path, what was expected.
    @Test(arguments: [
        (
            "model: norm\nhorizon: 1\n",
            "bad.yaml:1: model: expected one of ipd-tournament, ipd-moran, norms, metanorms, richardson, defense-diplomacy, got 'norm'; did you mean 'norms'?."
        ),
        (
            "model: norms\n",
            "bad.yaml:1: horizon: missing; expected the number of generations."
        ),
        (
            "model: norms\nhorizon: 10\nparameters:\n  mutation_rate: 2\n",
            "bad.yaml:4: parameters.mutation_rate: expected a value in 0…1, got 2."
        ),
        (
            "model: norms\nhorizon: 10\nparameters:\n  agents: 2.5\n",
            "bad.yaml:4: parameters.agents: expected a whole number, got 2.5."
        ),
        (
            "model: norms\nhorizon: ten\n",
            "bad.yaml:2: horizon: expected a whole number, got 'ten'."
        ),
        (
            "model: norms\nhorizon: 10\nreplicate: 3\n",
            "bad.yaml:3: replicate: unknown field; did you mean 'replicates'? Known fields: name, model, seed, replicates, horizon, record_every, parameters, strategies, population, ranges, description, world."
        ),
        (
            "model: ipd-tournament\nhorizon: 10\nstrategies: [Tit For Tat, Sneaky]\n",
            "bad.yaml:3: strategies[1]: unknown strategy 'Sneaky'; expected one of Cooperator, Defector, Tit For Tat, Grudger, Tit For 2 Tats, Suspicious Tit For Tat, Alternator, Win-Stay Lose-Shift, Random."
        ),
        (
            "model: norms\nhorizon: 10\nranges:\n  punishment: [-3, -9]\n",
            "bad.yaml:4: ranges.punishment: expected lower ≤ upper, got [-3, -9]."
        ),
        (
            "model: norms\nhorizon: 10\nseed: -4\n",
            "bad.yaml:3: seed: expected a whole number from 0 to 18446744073709551615, got '-4'."
        ),
    ])
    func malformedScenariosAreRefusedWithAPreciseMessage(text: String, message: String) {
        let error = #expect(throws: EntenteError.self) { try ScenarioParser.parse(text, file: "bad.yaml") }
        #expect(error?.message == message)
        #expect(error?.code == .invalidScenario)
    }

    @Test func unknownParameterSuggestsTheClosestName() {
        let error = #expect(throws: EntenteError.self) {
            try ScenarioParser.parse("model: norms\nhorizon: 1\nparameters:\n  mutaton_rate: 0.1\n", file: "p.yaml")
        }
        #expect(
            error?.message.hasPrefix(
                "p.yaml:4: parameters.mutaton_rate: unknown parameter for model 'norms'; did you mean 'mutation_rate'?")
                == true)
    }

    @Test func invalidYAMLNamesTheFile() throws {
        let text = try SimTestSupport.fixture("malformed.yaml", in: .module)
        let error = #expect(throws: EntenteError.self) { try ScenarioParser.parse(text, file: "malformed.yaml") }
        #expect(error?.message.hasPrefix("malformed.yaml: not valid YAML") == true)
    }

    @Test func overridesAreCheckedAgainstTheModel() throws {
        var s = try ScenarioParser.parse("model: richardson\nhorizon: 5\n", file: "r.yaml")
        try s.set("k", to: 0.3)
        #expect(s.value("k") == 0.3)
        let error = #expect(throws: EntenteError.self) { try s.set("discrete", to: 0.5) }
        #expect(error?.message == "parameter 'discrete': expected a whole number, got 0.5.")
    }
}
