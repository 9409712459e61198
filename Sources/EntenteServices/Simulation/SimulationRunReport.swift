public import EntenteSim

/// The whole of one scenario run: every replicate's summary metrics and series, and their ensemble
/// statistics (`entente sim run`, the file `run.json`).
public struct SimulationRunReport: Codable, Sendable, Hashable {
    /// Always "entente-sim-run": tells a run file from a sweep file.
    public var kind: String
    public var scenario: String
    public var model: String
    /// What ``horizon`` counts for the model.
    public var horizonMeaning: String
    public var fingerprint: String
    /// The 64-bit seed as text (JSON numbers lose integers above 2⁵³).
    public var seed: String
    public var replicates: Int
    public var horizon: Int
    /// Parameter values by name.
    public var parameters: [String: Double]
    public var strategies: [String]
    public var summaryNames: [String]
    /// `replicateSummaries[r][m]`: metric `m` of replicate `r`.
    public var replicateSummaries: [[Double?]]
    /// Ensemble statistics by metric name.
    public var ensemble: [String: EnsembleReport]
    public var seriesNames: [String]
    /// The recorded steps, one series row each.
    public var steps: [Int]
    /// Ensemble statistics by series name, one value per recorded step.
    public var ensembleSeries: [String: SeriesEnsembleReport]
    /// `replicateSeries[r][row][column]`: series column of replicate `r` at recorded step `row`.
    public var replicateSeries: [[[Double?]]]

    /// The report of an engine result.
    public init(_ result: RunResult) {
        let scenario = result.scenario
        let point = result.point
        let columns = result.seriesNames.count
        kind = "entente-sim-run"
        self.scenario = scenario.name
        model = scenario.model.name
        horizonMeaning = scenario.model.horizonMeaning
        fingerprint = scenario.fingerprint
        seed = String(scenario.seed)
        replicates = scenario.replicates
        horizon = scenario.horizon
        parameters = Dictionary(
            zip(scenario.model.parameterSpecs.map(\.name), point.parameters), uniquingKeysWith: { a, _ in a })
        strategies = scenario.strategies.map(\.rawValue)
        summaryNames = result.summaryNames
        replicateSummaries = point.replicateSummaries.map { $0.map(\.finite) }
        ensemble = Dictionary(
            zip(result.summaryNames, point.summaries.map(EnsembleReport.init)), uniquingKeysWith: { a, _ in a })
        seriesNames = result.seriesNames
        steps = result.steps
        ensembleSeries = Dictionary(
            result.seriesNames.enumerated().map { (c, name) in
                (name, SeriesEnsembleReport(point.seriesSummary(column: c, columns: columns)))
            }, uniquingKeysWith: { a, _ in a })
        replicateSeries = point.replicateSeries.map { values in
            columns == 0
                ? [] : stride(from: 0, to: values.count, by: columns).map { values[$0..<($0 + columns)].map(\.finite) }
        }
    }
}
