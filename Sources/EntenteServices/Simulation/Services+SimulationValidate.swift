public import EntenteCore
import EntenteSim

extension Services {
    /// Validates the defense-diplomacy model against the knowledge base: the world of
    /// `options.startYear` (1 January) runs to the end of `options.testEndYear`; each point of a
    /// grid over `engagement_rate` × `crisis_base` is scored on the calibration years, the best one
    /// is kept, and its yearly exercise-network density and dyadic dispute rate are compared, year
    /// by year, with the observed ones (MME exercises, MID disputes among the same states) and with
    /// the naive baseline that the calibration years' mean observed rate persists.
    ///
    /// Observed, per year: the share of pairs of the world's states (those still in the system that
    /// year) with at least one joint exercise in the year, and with a militarized dispute ongoing in
    /// the year. Modelled: the share of pairs with a joint exercise (or a crisis) in the 12 months
    /// up to the end of the year (`exercise_dyad_share`, `crisis_dyad_share`), averaged over
    /// replicates. Loss of a grid point: the mean over the two series of RMSE over the calibration
    /// years divided by the series' observed calibration mean.
    ///
    /// - Throws: ``EntenteError`` (`invalidInput`) for inconsistent years, an empty grid or fewer than
    ///   one replicate; (`invalidScenario`) for an unknown state; store errors.
    public func validateWorldModel(_ options: WorldModelValidationOptions) async throws(EntenteError)
        -> WorldModelValidationReport
    {
        let start = options.startYear
        guard start < options.calibrationEndYear, options.calibrationEndYear < options.testEndYear else {
            throw EntenteError(
                .invalidInput,
                "expected start year < calibration end < test end, got \(start), \(options.calibrationEndYear), "
                    + "\(options.testEndYear).")
        }
        guard !options.engagementRates.isEmpty, !options.crisisBases.isEmpty, options.replicates >= 1,
            !options.states.isEmpty
        else {
            throw EntenteError(
                .invalidInput, "the calibration grid, the states and the replicates must not be empty.")
        }
        let years = Array(start...options.testEndYear)
        let text = """
            name: "Validation from \(start)"
            model: defense-diplomacy
            seed: \(options.seed)
            replicates: \(options.replicates)
            horizon: \(years.count * 12)
            record_every: 12
            world:
              date: \(start)-01-01
              states: [\(options.states.joined(separator: ", "))]
            """
        let scenario = try await attachingWorld(to: Self.scenario(text: text, file: "validation"))
        guard let world = scenario.world else {
            throw EntenteError(.invalidScenario, "validation: no world could be attached.")
        }
        let observed = try await observedRates(of: world.states.map(\.cow), years: years)

        var points: [DesignPoint] = []
        var grid: [(Double, Double)] = []
        for rate in options.engagementRates {
            for base in options.crisisBases {
                var point = scenario
                try point.set("engagement_rate", to: rate)
                try point.set("crisis_base", to: base)
                points.append(DesignPoint(index: points.count, parameters: point.parameters))
                grid.append((rate, base))
            }
        }
        let results = await SimulationRunner.run(
            scenario, points: points, keepSeries: true, threads: max(1, options.threads))
        let names = scenario.seriesNames
        guard let exerciseColumn = names.firstIndex(of: "exercise_dyad_share"),
            let crisisColumn = names.firstIndex(of: "crisis_dyad_share")
        else { throw EntenteError(.invalidScenario, "validation: the model records no yearly dyad shares.") }
        // Row r of the series is the end of month 12·r: year start + r − 1.
        func modelled(_ result: PointResult, _ column: Int) -> [Double] {
            let rows = result.seriesSummary(column: column, columns: names.count)
            return years.indices.map { rows[$0 + 1].mean }
        }
        let calibration = years.indices.filter { years[$0] <= options.calibrationEndYear }
        let test = years.indices.filter { years[$0] > options.calibrationEndYear }
        var gridPoints: [WorldModelValidationReport.GridPoint] = []
        for (k, result) in results.enumerated() {
            var loss = 0.0
            for (column, series) in [(exerciseColumn, observed.exercise), (crisisColumn, observed.dispute)] {
                let model = modelled(result, column)
                let scale = max(Self.mean(calibration.map { series[$0] }), 1e-9)
                loss += Self.rmse(calibration.map { model[$0] }, calibration.map { series[$0] }) / scale / 2
            }
            gridPoints.append(.init(engagementRate: grid[k].0, crisisBase: grid[k].1, calibrationLoss: loss))
        }
        let best = gridPoints.indices.min { gridPoints[$0].calibrationLoss < gridPoints[$1].calibrationLoss } ?? 0
        var series: [WorldModelValidationReport.Series] = []
        for (name, meaning, column, values) in [
            (
                "exercise_network_density", "share of pairs of states with a joint exercise in the year (MME)",
                exerciseColumn, observed.exercise
            ),
            (
                "dyadic_dispute_rate", "share of pairs of states with a militarized dispute in the year (MID)",
                crisisColumn, observed.dispute
            ),
        ] {
            let model = modelled(results[best], column)
            let baseline = Self.mean(calibration.map { values[$0] })
            func fit(_ indices: [Int]) -> WorldModelValidationReport.Fit {
                let o = indices.map { values[$0] }
                let m = indices.map { model[$0] }
                let b = [Double](repeating: baseline, count: indices.count)
                let fit = WorldModelValidationReport.Fit(
                    years: indices.count, modelRMSE: Self.rmse(m, o), modelMAE: Self.mae(m, o),
                    baselineRMSE: Self.rmse(b, o), baselineMAE: Self.mae(b, o), modelBeatsBaseline: false)
                var result = fit
                result.modelBeatsBaseline = fit.modelRMSE < fit.baselineRMSE
                return result
            }
            series.append(
                .init(
                    name: name, meaning: meaning, years: years, observed: values, model: model, baseline: baseline,
                    calibration: fit(calibration), test: fit(test)))
        }
        return WorldModelValidationReport(
            states: world.stateCount, startYear: start,
            calibrationYears: "\(start)–\(options.calibrationEndYear)",
            testYears: "\(options.calibrationEndYear + 1)–\(options.testEndYear)", replicates: options.replicates,
            seed: options.seed, grid: gridPoints, chosen: gridPoints[best], series: series,
            note:
                "Observed rates are among the \(world.stateCount) states of the \(start) world that are in the system "
                + "in each year (states born later are left out). The model runs from 1 January \(start) with the "
                + "other parameters at their defaults; the baseline carries the calibration years' mean forward.")
    }

    /// Yearly observed shares of pairs of `states` with a joint exercise and with an ongoing dispute.
    private func observedRates(of states: [CowCode], years: [Int]) async throws(EntenteError) -> (
        exercise: [Double], dispute: [Double]
    ) {
        var exercise: [Double] = []
        var dispute: [Double] = []
        for year in years {
            let snapshot = try await world(asOf: Day(year: year, month: 7, day: 1)!)
            var chosen = [Bool](repeating: false, count: snapshot.stateCount)
            var m = 0
            for cow in states {
                if let id = snapshot.id(of: cow) {
                    chosen[Int(id)] = true
                    m += 1
                }
            }
            let pairs = Double(max(m * (m - 1) / 2, 1))
            let width = snapshot.stateCount
            var exercised = Set<Int>()
            for (activity, participants) in zip(snapshot.activities, snapshot.activityParticipants)
            where activity.kind == .exercise {
                let inWorld = participants.filter { chosen[Int($0)] }
                for a in inWorld {
                    for b in inWorld where a < b { exercised.insert(Int(a) * width + Int(b)) }
                }
            }
            var disputed = Set<Int>()
            for pair in snapshot.disputes where pair.a != pair.b && chosen[Int(pair.a)] && chosen[Int(pair.b)] {
                disputed.insert(Int(min(pair.a, pair.b)) * width + Int(max(pair.a, pair.b)))
            }
            exercise.append(Double(exercised.count) / pairs)
            dispute.append(Double(disputed.count) / pairs)
        }
        return (exercise, dispute)
    }

    private static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
    }

    private static func rmse(_ a: [Double], _ b: [Double]) -> Double {
        mean(zip(a, b).map { ($0 - $1) * ($0 - $1) }).squareRoot()
    }

    private static func mae(_ a: [Double], _ b: [Double]) -> Double {
        mean(zip(a, b).map { abs($0 - $1) })
    }
}
