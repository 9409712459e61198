/// One point of a design: a full parameter vector and its index in the whole design.
///
/// The index, not the position in a shard, selects the random streams: replicate `r` of point `p`
/// runs on `Xoshiro256StarStar(seed: scenario.seed, stream: [p, r])`.
public struct DesignPoint: Sendable, Hashable {
    public var index: Int
    /// Values in the order of ``ModelDefinition/parameterSpecs``.
    public var parameters: [Double]

    public init(index: Int, parameters: [Double]) {
        self.index = index
        self.parameters = parameters
    }
}

/// The results of every replicate at one design point, with their ensemble statistics.
public struct PointResult: Sendable, Hashable {
    public var index: Int
    public var parameters: [Double]
    /// `replicateSummaries[r][m]`: metric `m` of replicate `r`.
    public var replicateSummaries: [[Double]]
    /// `replicateSeries[r]`: row-major series of replicate `r` (empty when series were not kept).
    public var replicateSeries: [[Double]]
    /// Ensemble statistics of each summary metric.
    public var summaries: [EnsembleSummary]

    /// Assembles a point's result and computes its ensemble statistics in replicate order.
    public init(index: Int, parameters: [Double], replicateSummaries: [[Double]], replicateSeries: [[Double]] = []) {
        self.index = index
        self.parameters = parameters
        self.replicateSummaries = replicateSummaries
        self.replicateSeries = replicateSeries
        let metrics = replicateSummaries.first?.count ?? 0
        summaries = (0..<metrics).map { m in EnsembleSummary(replicateSummaries.map { $0[m] }) }
    }

    /// Ensemble statistics of series column `column` at each recorded row.
    ///
    /// - Parameter columns: the number of series columns.
    public func seriesSummary(column: Int, columns: Int) -> [EnsembleSummary] {
        guard let first = replicateSeries.first, columns > 0 else { return [] }
        let rows = first.count / columns
        return (0..<rows).map { row in EnsembleSummary(replicateSeries.map { $0[row * columns + column] }) }
    }
}

/// Runs replicates of a scenario at design points, in parallel, reproducibly.
///
/// Each (point, replicate) job is independent and owns its random stream, and results are stored
/// by job index, never in completion order, so the output is bit-identical whatever the number of
/// threads, the order in which jobs finish, or how a sweep is split into shards.
public enum SimulationRunner {
    /// Progress callback: (jobs done, jobs in all). Called from the collecting task, in order.
    public typealias Progress = @Sendable (Int, Int) -> Void

    /// Runs `scenario.replicates` replicates at each point.
    ///
    /// - Parameters:
    ///   - scenario: a validated scenario.
    ///   - points: the design points (a plain run has one, index 0, the scenario's own parameters).
    ///   - keepSeries: whether to keep every replicate's per-step series.
    ///   - threads: the most jobs running at once (at least 1).
    ///   - progress: called after each job.
    /// - Returns: one result per point, in the order of `points`.
    /// - Complexity: points × replicates model runs, spread over `threads` tasks.
    public static func run(
        _ scenario: Scenario, points: [DesignPoint], keepSeries: Bool, threads: Int, progress: Progress? = nil
    ) async -> [PointResult] {
        let results = await runUnlessCancelled(
            scenario, points: points, keepSeries: keepSeries, threads: threads, progress: progress, cancellable: false)
        return results!
    }

    /// Like ``run(_:points:keepSeries:threads:progress:)``, but stops starting replicates once the
    /// calling task is cancelled (those running finish) and then returns nil.
    public static func runUnlessCancelled(
        _ scenario: Scenario, points: [DesignPoint], keepSeries: Bool, threads: Int, progress: Progress? = nil
    ) async -> [PointResult]? {
        await runUnlessCancelled(
            scenario, points: points, keepSeries: keepSeries, threads: threads, progress: progress, cancellable: true)
    }

    private static func runUnlessCancelled(
        _ scenario: Scenario, points: [DesignPoint], keepSeries: Bool, threads: Int, progress: Progress?,
        cancellable: Bool
    ) async -> [PointResult]? {
        let replicates = scenario.replicates
        let total = points.count * replicates
        let steps = scenario.recordedSteps
        let models = points.map { scenario.makeModel(parameters: $0.parameters) }
        let seed = scenario.seed
        let width = max(1, threads)
        let work: @Sendable (Int) -> (Int, ReplicateOutput) = { job in
            let point = points[job / replicates]
            let model = models[job / replicates]
            let replicate = job % replicates
            var random = Xoshiro256StarStar(seed: seed, stream: [UInt64(point.index), UInt64(replicate)])
            var out = model.run(steps: steps, random: &random)
            if !keepSeries { out.series = [] }
            return (job, out)
        }
        let outputs = await withTaskGroup(of: (Int, ReplicateOutput).self, returning: [ReplicateOutput?].self) {
            group in
            var outputs = [ReplicateOutput?](repeating: nil, count: total)
            var next = 0
            var done = 0
            while next < min(width, total) {
                let job = next
                group.addTask { work(job) }
                next += 1
            }
            while let (job, out) = await group.next() {
                outputs[job] = out
                done += 1
                progress?(done, total)
                if next < total, !(cancellable && Task.isCancelled) {
                    let job = next
                    group.addTask { work(job) }
                    next += 1
                }
            }
            return outputs
        }
        if outputs.contains(where: { $0 == nil }) {
            precondition(cancellable, "a replicate did not report its result")
            return nil
        }
        return points.enumerated().map { (p, point) in
            let slice = outputs[(p * replicates)..<((p + 1) * replicates)].map { $0! }
            return PointResult(
                index: point.index, parameters: point.parameters, replicateSummaries: slice.map(\.summary),
                replicateSeries: keepSeries ? slice.map(\.series) : [])
        }
    }

    /// Runs the scenario itself: its replicates at its own parameters, series kept.
    public static func run(_ scenario: Scenario, threads: Int, progress: Progress? = nil) async -> RunResult {
        let point = DesignPoint(index: 0, parameters: scenario.parameters)
        let result = await run(scenario, points: [point], keepSeries: true, threads: threads, progress: progress)
        return RunResult(scenario: scenario, point: result[0])
    }

    /// Runs the scenario itself unless the calling task is cancelled first (then nil).
    public static func runUnlessCancelled(_ scenario: Scenario, threads: Int, progress: Progress? = nil) async
        -> RunResult?
    {
        let point = DesignPoint(index: 0, parameters: scenario.parameters)
        guard
            let result = await runUnlessCancelled(
                scenario, points: [point], keepSeries: true, threads: threads, progress: progress)
        else { return nil }
        return RunResult(scenario: scenario, point: result[0])
    }
}

/// The result of `entente sim run`: one scenario, all its replicates.
public struct RunResult: Sendable, Hashable {
    public var scenario: Scenario
    public var point: PointResult
    public var seriesNames: [String]
    public var summaryNames: [String]
    public var steps: [Int]

    public init(scenario: Scenario, point: PointResult) {
        self.scenario = scenario
        self.point = point
        seriesNames = scenario.seriesNames
        summaryNames = scenario.summaryNames
        steps = scenario.recordedSteps
    }
}
