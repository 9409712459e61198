public import EntenteCore
public import EntenteSim

extension Services {
    /// Runs a sweep, or one shard of it.
    ///
    /// - Parameters:
    ///   - design: a grid, or a Latin hypercube whose ranges override the scenario's declared ranges
    ///     by name (give none to use the scenario's).
    ///   - shard: the shard to run, or nil for the whole design.
    /// - Throws: ``EntenteError`` for unknown parameters, out-of-range values, or a Latin hypercube
    ///   without ranges.
    public static func runSweep(
        scenario: Scenario, design: SweepDesign, shard: Shard? = nil, threads: Int,
        progress: SimulationRunner.Progress? = nil
    ) async throws(EntenteError) -> SweepReport {
        try scenario.validate()
        let design = try sweepDesign(design, for: scenario)
        let result = try await SweepResult.run(
            scenario, design: design, shard: shard, threads: max(1, threads), progress: progress)
        return SweepReport(result)
    }

    /// Combines shard reports, as read back from their files, into the report of the whole sweep:
    /// bit for bit the report of the unsharded sweep.
    ///
    /// - Parameter shards: each shard's report and the file it came from, to quote in errors.
    /// - Throws: ``EntenteError``: `malformedFile` for a report that is not a sweep, `invalidInput`
    ///   when the shards come from different sweeps, overlap, or leave points missing.
    public static func mergeShards(_ shards: [(file: String, report: SweepReport)]) throws(EntenteError) -> SweepReport
    {
        var parts: [SweepResult] = []
        for shard in shards { parts.append(try shard.report.result(file: shard.file)) }
        return SweepReport(try SweepResult.merge(parts))
    }
}

extension Services {
    /// The design as a sweep runs it: a Latin hypercube takes the scenario's declared ranges,
    /// overridden by those given.
    ///
    /// - Throws: ``EntenteError`` (`invalidInput`) for a Latin hypercube without ranges.
    static func sweepDesign(_ design: SweepDesign, for scenario: Scenario) throws(EntenteError) -> SweepDesign {
        guard case .latinHypercube(let samples, let given) = design else { return design }
        let ranges = scenario.ranges(overriddenBy: given)
        guard !ranges.isEmpty else {
            throw EntenteError(
                .invalidInput,
                "a Latin hypercube needs ranges: add 'ranges:' to the scenario or give name=lower:upper ranges.")
        }
        return .latinHypercube(samples: samples, ranges: ranges)
    }
}

extension Scenario {
    /// The declared ranges with `overrides` replacing those of the same name (others appended).
    func ranges(overriddenBy overrides: [ParameterRange]) -> [ParameterRange] {
        var ranges = self.ranges
        for range in overrides {
            ranges.removeAll { $0.name == range.name }
            ranges.append(range)
        }
        return ranges
    }
}
