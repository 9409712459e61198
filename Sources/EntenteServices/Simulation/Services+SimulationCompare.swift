public import EntenteCore
public import EntenteSim

extension Services {
    /// Runs two scenarios and compares every outcome they share: difference of means (B − A) and
    /// Hedges' g, each with a 95% interval over replicates.
    ///
    /// - Parameters:
    ///   - a: the reference scenario; `b` the alternative. Both must be runnable (worlds attached).
    ///   - files: the names to show for `a` and `b`.
    ///   - threads: most replicates running at once; the answer does not depend on it.
    /// - Throws: ``EntenteError`` (`invalidScenario`) when either is not runnable or the two share no outcome.
    public static func compareSimulations(
        _ a: Scenario, _ b: Scenario, files: (String, String) = ("A", "B"), threads: Int,
        progress: SimulationRunner.Progress? = nil
    ) async throws(EntenteError) -> SimulationComparisonReport {
        let runA = try await runSimulation(scenario: a, threads: threads, progress: progress)
        let runB = try await runSimulation(scenario: b, threads: threads, progress: progress)
        return try comparison(runA, runB, files: files)
    }

    /// The comparison of two finished runs (see ``compareSimulations(_:_:files:threads:progress:)``).
    public static func comparison(
        _ runA: SimulationRunReport, _ runB: SimulationRunReport, files: (String, String) = ("A", "B")
    ) throws(EntenteError) -> SimulationComparisonReport {
        let shared = runA.summaryNames.filter { runB.summaryNames.contains($0) }
        guard !shared.isEmpty else {
            throw EntenteError(
                .invalidScenario,
                "\(files.0) (model \(runA.model)) and \(files.1) (model \(runB.model)) share no outcome to compare.")
        }
        func column(_ run: SimulationRunReport, _ name: String) -> [Double] {
            guard let index = run.summaryNames.firstIndex(of: name) else { return [] }
            return run.replicateSummaries.compactMap { $0[index] }
        }
        let outcomes = shared.map { name in
            SimulationComparisonReport.Outcome(name: name, a: column(runA, name), b: column(runB, name))
        }
        var series: [SimulationComparisonReport.SeriesPair] = []
        let steps = runA.steps.filter { runB.steps.contains($0) }
        for name in runA.seriesNames where runB.seriesNames.contains(name) {
            guard let ea = runA.ensembleSeries[name], let eb = runB.ensembleSeries[name] else { continue }
            series.append(
                .init(
                    name: name, steps: steps,
                    meanA: steps.map { ea.mean[runA.steps.firstIndex(of: $0)!] },
                    meanB: steps.map { eb.mean[runB.steps.firstIndex(of: $0)!] }))
        }
        return SimulationComparisonReport(
            a: .init(runA, file: files.0), b: .init(runB, file: files.1), outcomes: outcomes, series: series)
    }
}
