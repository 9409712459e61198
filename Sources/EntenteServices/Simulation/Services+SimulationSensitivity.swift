public import EntenteCore
public import EntenteSim

extension Services {
    /// Runs a one-at-a-time or Morris sensitivity analysis over the scenario's ranges.
    ///
    /// - Parameters:
    ///   - ranges: ranges that override the scenario's declared ones by name.
    ///   - levels: one-at-a-time: values per parameter (default 5); Morris: grid levels, even (default 4).
    ///   - trajectories: Morris trajectories.
    /// - Throws: ``EntenteError`` for unknown parameters, bad ranges, no ranges at all, or bad counts.
    public static func sensitivity(
        scenario: Scenario, method: SensitivityMethod, ranges: [Scenario.ParameterRange] = [], levels: Int? = nil,
        trajectories: Int = 10, threads: Int, progress: SimulationRunner.Progress? = nil
    ) async throws(EntenteError) -> SensitivityReport {
        try scenario.validate()
        let ranges = scenario.ranges(overriddenBy: ranges)
        let threads = max(1, threads)
        switch method {
        case .oneAtATime:
            let r = try await SensitivityAnalysis.oneAtATime(
                scenario, ranges: ranges, levels: levels ?? 5, threads: threads, progress: progress)
            return .oneAtATime(OneAtATimeReport(r))
        case .morris:
            let r = try await SensitivityAnalysis.morris(
                scenario, ranges: ranges, trajectories: trajectories, levels: levels ?? 4, threads: threads,
                progress: progress)
            return .morris(MorrisReport(r))
        }
    }
}
