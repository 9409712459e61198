extension RunResult {
    /// The whole run as JSON: scenario, seed, parameters, every replicate's summary, ensemble
    /// statistics of each metric and of each series column at each recorded step.
    public var json: JSONText {
        let specs = scenario.model.parameterSpecs
        let columns = seriesNames.count
        var seriesFields: [(String, JSONText)] = []
        for (c, name) in seriesNames.enumerated() {
            let stats = point.seriesSummary(column: c, columns: columns)
            seriesFields.append(
                (
                    name,
                    .object(
                        EnsembleSummary.names.enumerated().map { (s, stat) in
                            (stat, .array(stats.map { .number($0.values[s]) }))
                        })
                ))
        }
        return .object([
            ("kind", .string("entente-sim-run")),
            ("scenario", .string(scenario.name)),
            ("model", .string(scenario.model.rawValue)),
            ("fingerprint", .string(scenario.fingerprint)),
            ("seed", .string(String(scenario.seed))),
            ("replicates", .integer(scenario.replicates)),
            ("horizon", .integer(scenario.horizon)),
            ("parameters", .object(zip(specs, point.parameters).map { ($0.name, .number($1)) })),
            ("strategies", .array(scenario.strategies.map { .string($0.rawValue) })),
            ("summary_names", .array(summaryNames.map { .string($0) })),
            ("replicate_summaries", .array(point.replicateSummaries.map { .array($0.map { .number($0) }) })),
            ("ensemble", .object(zip(summaryNames, point.summaries).map { ($0, $1.json) })),
            ("series_names", .array(seriesNames.map { .string($0) })),
            ("steps", .array(steps.map { .integer($0) })),
            ("ensemble_series", .object(seriesFields)),
        ])
    }

    /// The run as CSV files, by file name: `series.csv` (every replicate's rows), `replicates.csv`
    /// (every replicate's summary), `ensemble.csv` (statistics per metric) and
    /// `ensemble_series.csv` (statistics per series column and step).
    public var csvFiles: [(name: String, contents: String)] {
        let columns = seriesNames.count
        var series = CSVText.row(["replicate", "step"] + seriesNames)
        for (r, rows) in point.replicateSeries.enumerated() where columns > 0 {
            for (i, step) in steps.enumerated() {
                series += CSVText.row(
                    [String(r), String(step)] + (0..<columns).map { CSVText.number(rows[i * columns + $0]) })
            }
        }
        var replicates = CSVText.row(["replicate"] + summaryNames)
        for (r, values) in point.replicateSummaries.enumerated() {
            replicates += CSVText.row([String(r)] + values.map(CSVText.number))
        }
        var ensemble = CSVText.row(["metric", "n"] + EnsembleSummary.names)
        for (name, s) in zip(summaryNames, point.summaries) {
            ensemble += CSVText.row([name, String(s.count)] + s.values.map(CSVText.number))
        }
        let stats = (0..<columns).map { point.seriesSummary(column: $0, columns: columns) }
        var header = ["step"]
        for name in seriesNames { header += EnsembleSummary.names.map { "\(name)_\($0)" } }
        var ensembleSeries = CSVText.row(header)
        for (i, step) in steps.enumerated() where columns > 0 {
            var row = [String(step)]
            for c in 0..<columns { row += stats[c][i].values.map(CSVText.number) }
            ensembleSeries += CSVText.row(row)
        }
        return [
            ("series.csv", series), ("replicates.csv", replicates), ("ensemble.csv", ensemble),
            ("ensemble_series.csv", ensembleSeries),
        ]
    }
}

extension EnsembleSummary {
    var json: JSONText {
        .object([("n", .integer(count))] + zip(Self.names, values).map { ($0, .number($1)) })
    }
}
