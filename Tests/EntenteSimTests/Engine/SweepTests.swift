import EntenteCore
import EntenteSim
import Testing

struct SweepTests {
    static let scenario = Scenario(name: "sweep", model: .norms, seed: 4, replicates: 3, horizon: 20)

    @Test func gridAxesParseListsAndRanges() throws {
        #expect(try SweepDesign.GridAxis(parsing: "a=1,2,3").values == [1, 2, 3])
        #expect(try SweepDesign.GridAxis(parsing: "b=0.1:0.9:5").values.count == 5)
        let b = try SweepDesign.GridAxis(parsing: "b=0:1:3")
        #expect(b.name == "b" && b.values == [0, 0.5, 1])
        let error = #expect(throws: EntenteError.self) { try SweepDesign.GridAxis(parsing: "b=0:1") }
        #expect(error?.message.contains("name=lower:upper:count") == true)
        #expect(throws: EntenteError.self) { try SweepDesign.GridAxis(parsing: "a=1,x") }
    }

    @Test func gridIsTheCartesianProductWithTheFirstAxisSlowest() throws {
        let design = SweepDesign.grid([
            .init(name: "agents", values: [10, 20]), .init(name: "mutation_rate", values: [0.01, 0.02, 0.03]),
        ])
        let points = try design.points(for: Self.scenario)
        #expect(points.count == 6)
        let a = Self.scenario.parameterIndex("agents")!
        let m = Self.scenario.parameterIndex("mutation_rate")!
        #expect(points.map { $0.parameters[a] } == [10, 10, 10, 20, 20, 20])
        #expect(points.map { $0.parameters[m] } == [0.01, 0.02, 0.03, 0.01, 0.02, 0.03])
        #expect(points.map(\.index) == Array(0..<6))
    }

    @Test func sweepRejectsUnknownParametersAndOutOfRangeValues() {
        let typo = #expect(throws: EntenteError.self) {
            try SweepDesign.grid([.init(name: "mutation_rat", values: [0.1])]).points(for: Self.scenario)
        }
        #expect(typo?.message.contains("did you mean 'mutation_rate'") == true)
        let range = #expect(throws: EntenteError.self) {
            try SweepDesign.grid([.init(name: "mutation_rate", values: [1.5])]).points(for: Self.scenario)
        }
        #expect(range?.message.contains("mutation_rate") == true)
    }

    @Test(arguments: [1, 5, 17])
    func latinHypercubeUsesEveryStratumOncePerParameter(samples: Int) throws {
        let ranges = [
            Scenario.ParameterRange(name: "mutation_rate", lower: 0, upper: 0.1),
            Scenario.ParameterRange(name: "punishment", lower: -20, upper: -2),
        ]
        let points = try SweepDesign.latinHypercube(samples: samples, ranges: ranges).points(for: Self.scenario)
        #expect(points.count == samples)
        for range in ranges {
            let i = Self.scenario.parameterIndex(range.name)!
            let strata = points.map {
                Int(((($0.parameters[i] - range.lower) / (range.upper - range.lower)) * Double(samples)).rounded(.down))
            }
            #expect(strata.sorted() == Array(0..<samples))
        }
        #expect(try SweepDesign.latinHypercube(samples: samples, ranges: ranges).points(for: Self.scenario) == points)
    }

    @Test func shardsPartitionTheDesign() throws {
        for total in [0, 1, 7, 10, 33] {
            for n in 1...6 {
                let ranges = (0..<n).map { Shard(index: $0, count: n).range(of: total) }
                #expect(ranges.flatMap { Array($0) } == Array(0..<total))
            }
        }
        #expect(try Shard(parsing: "2/8") == Shard(index: 2, count: 8))
        let error = #expect(throws: EntenteError.self) { try Shard(parsing: "8/8") }
        #expect(error?.message == "shard '8/8': expected i/n with 0 ≤ i < n, e.g. 0/4 … 3/4.")
    }

    @Test(arguments: [2, 3, 4])
    func mergedShardsEqualTheUnshardedSweepBitForBit(shards: Int) async throws {
        let design = SweepDesign.grid([
            .init(name: "mutation_rate", values: [0.005, 0.01, 0.05]), .init(name: "punishment", values: [-9, -3]),
        ])
        let whole = try await SweepResult.run(Self.scenario, design: design, threads: 2)
        var parts: [SweepResult] = []
        for i in 0..<shards {
            let part = try await SweepResult.run(
                Self.scenario, design: design, shard: Shard(index: i, count: shards), threads: 1)
            parts.append(part)
        }
        // The file round trip is checked where the reports are encoded (EntenteServicesTests).
        let merged = try SweepResult.merge(parts.reversed())
        #expect(BitPatterns.of(merged) == BitPatterns.of(whole))
        #expect(merged.shard == nil && merged.fingerprint == whole.fingerprint)
    }

    @Test func mergeRefusesMissingDuplicateAndForeignShards() async throws {
        let design = SweepDesign.grid([.init(name: "mutation_rate", values: [0.01, 0.02, 0.03, 0.04])])
        let a = try await SweepResult.run(Self.scenario, design: design, shard: Shard(index: 0, count: 2), threads: 1)
        let b = try await SweepResult.run(Self.scenario, design: design, shard: Shard(index: 1, count: 2), threads: 1)
        let missing = #expect(throws: EntenteError.self) { try SweepResult.merge([a]) }
        #expect(missing?.message.hasPrefix("2 of 4 points are missing (2, 3)") == true)
        let duplicate = #expect(throws: EntenteError.self) { try SweepResult.merge([a, b, a]) }
        #expect(duplicate?.message.contains("more than one shard") == true)
        var other = Self.scenario
        other.seed = 5
        let c = try await SweepResult.run(other, design: design, shard: Shard(index: 1, count: 2), threads: 1)
        let foreign = #expect(throws: EntenteError.self) { try SweepResult.merge([a, c]) }
        #expect(foreign?.message.contains("different sweeps") == true)
    }

    @Test func aSweepPointEqualsARunWithTheSameParametersAtTheSameIndex() async throws {
        let design = SweepDesign.grid([.init(name: "mutation_rate", values: [0.01])])
        let sweep = try await SweepResult.run(Self.scenario, design: design, threads: 2)
        let run = await SimulationRunner.run(Self.scenario, threads: 1)
        #expect(sweep.points[0].replicateSummaries == run.point.replicateSummaries)
    }
}
