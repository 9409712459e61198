import EntenteCore
import EntenteServices
import EntenteSim
import EntenteTestSupport
import Testing

/// UN-vote affinity and capital distances in worlds from the knowledge base, the validation
/// against MME and MID, and the one entry point that runs any scenario document.
struct WorldModelDataTests {
    static func services() async throws -> Services { Services(store: try await BundledStore.store()) }

    static let asean = """
        model: defense-diplomacy
        seed: 3
        replicates: 2
        horizon: 12
        record_every: 12
        world:
          date: 2010-12-31
          states: [asean+admm-plus]
        """

    @Test func aWorldCarriesAffinityAndCapitalDistances() async throws {
        let services = try await Self.services()
        let scenario = try await services.attachingWorld(to: try Services.scenario(text: Self.asean, file: "w.yaml"))
        let world = try #require(scenario.world)
        let dyads = try #require(scenario.worldDyads)
        let n = world.stateCount
        #expect(dyads.affinity.count == n * n && dyads.capitalDistanceKm.count == n * n)
        #expect(dyads.affinityYears == 2008...2010)
        let idn = try #require(world.states.firstIndex { $0.iso3 == "IDN" })
        let mys = try #require(world.states.firstIndex { $0.iso3 == "MYS" })
        let usa = try #require(world.states.firstIndex { $0.iso3 == "USA" })
        // Jakarta–Kuala Lumpur is about 1,180 km; Jakarta–Washington more than 15,000 km.
        let near = dyads.capitalDistanceKm[idn * n + mys]
        #expect(near > 1_000 && near < 1_400, "\(near)")
        #expect(dyads.capitalDistanceKm[idn * n + usa] > 15_000)
        var known = 0
        for i in 0..<n {
            for j in 0..<n where j != i {
                let a = dyads.affinity[i * n + j]
                #expect(a.bitPattern == dyads.affinity[j * n + i].bitPattern)
                if !a.isNaN {
                    #expect(a >= -1 && a <= 1)
                    known += 1
                }
            }
        }
        #expect(known == n * (n - 1))
        // Two ASEAN states vote together more than Indonesia and the United States.
        #expect(dyads.affinity[idn * n + mys] > dyads.affinity[idn * n + usa])
    }

    @Test func runScenarioRunsWorldScenariosAndClassicOnesAlike() async throws {
        let services = try await Self.services()
        let parsed = try Services.scenario(text: Self.asean, file: "w.yaml")
        let direct = try await Services.runSimulation(
            scenario: try await services.attachingWorld(to: parsed), threads: 1)
        let viaServices = try await services.runScenario(parsed, threads: 2)
        #expect(viaServices == direct)
        let classic = try Services.scenario(
            text: "model: richardson\nseed: 1\nreplicates: 2\nhorizon: 10\nrecord_every: 5\n", file: "r.yaml")
        let unchanged = try await services.runnableScenario(classic)
        #expect(unchanged == classic && unchanged.world == nil)
        #expect(try await services.runScenario(classic, threads: 1).replicateSummaries.count == 2)
    }

    /// A small, fast configuration of `sim validate`: ten states, a 2 × 2 grid, two replicates.
    @Test func validationReportsModelAndBaselineOnCalibrationAndTestYears() async throws {
        let services = try await Self.services()
        let options = WorldModelValidationOptions(
            states: ["usa", "rus", "chn", "gbr", "fra", "ind", "pak", "jpn", "kor", "tur"],
            engagementRates: [0.05, 0.3], crisisBases: [0.0002, 0.002], replicates: 2, seed: 5, threads: 2)
        let report = try await services.validateWorldModel(options)
        #expect(report.states == 10)
        #expect(report.grid.count == 4)
        #expect(report.grid.allSatisfy { report.chosen.calibrationLoss <= $0.calibrationLoss })
        #expect(report.series.map(\.name) == ["exercise_network_density", "dyadic_dispute_rate"])
        for series in report.series {
            #expect(series.years == Array(1990...2010))
            #expect(series.observed.allSatisfy { $0 >= 0 && $0 <= 1 })
            #expect(series.model.allSatisfy { $0 >= 0 && $0 <= 1 })
            let calibrationMean = series.observed.prefix(11).reduce(0, +) / 11
            #expect(abs(series.baseline - calibrationMean) <= 1e-12)
            #expect(series.calibration.years == 11 && series.test.years == 10)
            for fit in [series.calibration, series.test] {
                #expect(fit.modelRMSE.isFinite && fit.baselineRMSE.isFinite)
                #expect(fit.modelMAE <= fit.modelRMSE + 1e-12 && fit.baselineMAE <= fit.baselineRMSE + 1e-12)
                #expect(fit.modelBeatsBaseline == (fit.modelRMSE < fit.baselineRMSE))
            }
        }
        // These great and regional powers exercised together and disputed in some year of the period.
        #expect(report.series[0].observed.contains { $0 > 0 })
        #expect(report.series[1].observed.contains { $0 > 0 })
        let again = try await services.validateWorldModel(options)
        #expect(again == report)
    }
}
