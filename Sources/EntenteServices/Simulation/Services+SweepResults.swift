public import EntenteCore
public import EntenteSim
public import EntenteStore

extension Services {
    /// The shared result set a location names; today a PostgreSQL database.
    ///
    /// - Throws: ``EntenteError`` (`invalidInput`) when the location is not a `postgres://` URL or
    ///   is malformed.
    public static func sweepResults(at location: String) throws(EntenteError) -> any SweepResultsStore {
        guard PostgresLocation.isPostgres(location) else {
            throw EntenteError(
                .invalidInput,
                "--results takes a PostgreSQL URL (postgres://user[:password]@host[:port]/database), got "
                    + "'\(PostgresLocation.redacted(location))'; shard files go to --output instead.")
        }
        return try PostgresSweepResults(url: location)
    }

    /// Runs a sweep, or one shard of it, into a shared result set, point by point.
    ///
    /// Points already stored (by an earlier, killed run of the shard) are not computed again; each
    /// computed point is written with its replicates in one transaction as soon as it is done, so a
    /// run killed at any moment leaves whole points only and a rerun completes the shard. Results
    /// are those of ``runSweep(scenario:design:shard:threads:progress:)`` bit for bit: replicate `r`
    /// of point `p` runs on the stream (seed, p, r) whatever runs it and when.
    ///
    /// - Parameters:
    ///   - shard: the shard to run, or nil for the whole design.
    ///   - results: the result set, e.g. from ``sweepResults(at:)``.
    /// - Throws: ``EntenteError``: as ``runSweep(scenario:design:shard:threads:progress:)``; `invalidInput`
    ///   when the result set holds this sweep's ID with another description; `internalFailure` when a
    ///   point stored by another run differs from this run's; `storage` when the database fails.
    public static func runSweep(
        scenario: Scenario, design: SweepDesign, shard: Shard? = nil, into results: any SweepResultsStore,
        threads: Int, progress: SimulationRunner.Progress? = nil
    ) async throws(EntenteError) -> SweepStoreRunReport {
        try scenario.validate()
        let design = try sweepDesign(design, for: scenario)
        let all = try design.points(for: scenario)
        let id = SweepResult.fingerprint(of: scenario, design: design)
        try await results.register(
            StoredSweep(
                id: id, scenario: scenario.name, model: scenario.model.name, seed: scenario.seed,
                replicates: scenario.replicates, totalPoints: all.count,
                parameterNames: scenario.model.parameterSpecs.map(\.name), variedNames: design.variedNames,
                summaryNames: scenario.summaryNames, design: design.canonicalDescription))
        let shard = shard ?? Shard(index: 0, count: 1)
        try await results.shardStarted(sweep: id, index: shard.index, count: shard.count)
        let selected = all[shard.range(of: all.count)]
        let stored = Set(try await results.storedPointIndices(sweep: id))
        let todo = selected.filter { !stored.contains($0.index) }
        let writer = "shard \(shard.index)/\(shard.count)"
        let threads = max(1, threads)
        let replicates = scenario.replicates
        // Points run in batches of about four jobs per thread, so threads stay busy while each batch's
        // points are written the moment it ends.
        let batch = max(1, (4 * threads + replicates - 1) / replicates)
        let jobs = todo.count * replicates
        var written = 0
        var storedMeanwhile = 0
        var start = todo.startIndex
        while start < todo.endIndex {
            let end = min(start + batch, todo.endIndex)
            let done = (start - todo.startIndex) * replicates
            let report = progress.map { report in { @Sendable (finished: Int, _: Int) in report(done + finished, jobs) }
            }
            let computed = await SimulationRunner.run(
                scenario, points: Array(todo[start..<end]), keepSeries: false, threads: threads, progress: report)
            for point in computed {
                let outcome = try await results.write(
                    StoredSweepPoint(
                        index: point.index, parameters: point.parameters, replicateSummaries: point.replicateSummaries),
                    sweep: id, writer: writer)
                switch outcome {
                case .written: written += 1
                case .alreadyStored: storedMeanwhile += 1
                }
            }
            start = end
        }
        try await results.shardFinished(sweep: id, index: shard.index, count: shard.count)
        return SweepStoreRunReport(
            sweep: id, scenario: scenario.name, results: results.location,
            shard: SweepReport.ShardReport(index: shard.index, count: shard.count), shardPoints: selected.count,
            written: written, alreadyStored: selected.count - todo.count, storedMeanwhile: storedMeanwhile,
            storedPoints: try await results.storedPointIndices(sweep: id).count, totalPoints: all.count)
    }

    /// Reads a sweep back from a shared result set: bit for bit the report of the same sweep run on
    /// one machine, or an error naming what is missing — never a partial sweep.
    ///
    /// - Throws: ``EntenteError``: `notFound` (listing the stored sweeps) when no sweep has this ID;
    ///   `invalidInput` when points are missing, naming them and the shards that hold them;
    ///   `storage` when a stored point is malformed or the database fails.
    public static func storedSweep(_ id: String, in results: any SweepResultsStore) async throws(EntenteError)
        -> SweepReport
    {
        guard let sweep = try await results.sweep(id) else {
            let stored = try await results.sweeps()
            let listing =
                stored.isEmpty
                ? "it holds no sweep results"
                : "it holds "
                    + stored.map {
                        "\($0.sweep.id) ('\($0.sweep.scenario)', \($0.storedPoints)/\($0.sweep.totalPoints) points)"
                    }
                    .joined(separator: ", ")
            throw EntenteError(.notFound, "\(results.location) holds no sweep '\(id)'; \(listing).")
        }
        let points = try await results.points(sweep: id)
        var byIndex = [StoredSweepPoint?](repeating: nil, count: sweep.totalPoints)
        for point in points {
            guard point.index >= 0, point.index < sweep.totalPoints,
                point.replicateSummaries.count == sweep.replicates,
                point.parameters.count == sweep.parameterNames.count,
                point.replicateSummaries.allSatisfy({ $0.count == sweep.summaryNames.count })
            else {
                throw EntenteError(
                    .storage,
                    "\(results.location): point \(point.index) of sweep \(id) does not fit the sweep "
                        + "(\(sweep.totalPoints) points of \(sweep.replicates) replicates, "
                        + "\(sweep.parameterNames.count) parameters, \(sweep.summaryNames.count) metrics).")
            }
            byIndex[point.index] = point
        }
        let missing = byIndex.indices.filter { byIndex[$0] == nil }
        guard missing.isEmpty else {
            let runs = try await results.shardRuns(sweep: id)
            throw EntenteError(
                .invalidInput,
                "sweep \(id) in \(results.location) is incomplete: "
                    + SweepGaps(missing: missing, totalPoints: sweep.totalPoints, runs: runs).description)
        }
        let result = SweepResult(
            fingerprint: sweep.id, scenarioName: sweep.scenario, model: sweep.model, seed: sweep.seed,
            replicates: sweep.replicates, parameterNames: sweep.parameterNames, variedNames: sweep.variedNames,
            summaryNames: sweep.summaryNames, totalPoints: sweep.totalPoints, shard: nil,
            points: byIndex.compactMap { $0 }.map { p in
                PointResult(index: p.index, parameters: p.parameters, replicateSummaries: p.replicateSummaries)
            })
        return SweepReport(result)
    }
}

/// The points a stored sweep lacks and the shards that should have written them, in words.
struct SweepGaps: CustomStringConvertible {
    var missing: [Int]
    var totalPoints: Int
    var runs: [StoredShardRun]

    var description: String {
        var text =
            "\(missing.count) of \(totalPoints) points are missing (\(Self.ranges(missing))); nothing was merged."
        let counts = Array(Set(runs.map(\.count))).sorted()
        guard !counts.isEmpty else {
            return text + " No shard run is recorded: run the shards with --results, then merge."
        }
        for count in counts {
            // Missing points are sorted and shards are contiguous blocks: walk both once.
            var lacking: [Int] = []
            var next = 0
            for index in 0..<count where next < missing.count {
                let range = Shard(index: index, count: count).range(of: totalPoints)
                if range.contains(missing[next]) { lacking.append(index) }
                while next < missing.count && missing[next] < range.upperBound { next += 1 }
            }
            let described = lacking.map { index in
                let run = runs.first { $0.index == index && $0.count == count }
                let state =
                    switch run {
                    case nil: "never started"
                    case let run? where run.finished: "finished, points deleted since"
                    case let run?: "started \(run.starts) time\(run.starts == 1 ? "" : "s"), not finished"
                    }
                return "\(index)/\(count) (\(state))"
            }
            text += " With \(count) shard\(count == 1 ? "" : "s") they belong to shard"
            text += (lacking.count == 1 ? " " : "s ") + described.joined(separator: ", ") + "."
        }
        return text + " Run those shards with the same options and --results; points already stored are skipped."
    }

    /// Sorted indices as ranges: `0–3, 7, 9–10`; the first 20 ranges, then a count.
    static func ranges(_ indices: [Int]) -> String {
        var parts: [String] = []
        var i = 0
        while i < indices.count {
            var j = i
            while j + 1 < indices.count && indices[j + 1] == indices[j] + 1 { j += 1 }
            parts.append(i == j ? "\(indices[i])" : "\(indices[i])–\(indices[j])")
            i = j + 1
        }
        return parts.count > 20
            ? parts.prefix(20).joined(separator: ", ") + ", … (\(parts.count - 20) more ranges)"
            : parts.joined(separator: ", ")
    }
}
