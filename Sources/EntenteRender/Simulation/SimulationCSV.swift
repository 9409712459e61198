public import EntenteServices
import EntenteSim

/// The CSV files of simulation reports, by file name, each ending with a newline.
///
/// Numbers are written at full precision; undefined values as empty fields.
extension SimulationRunReport {
    /// `series.csv` (every replicate's rows), `replicates.csv` (every replicate's summary),
    /// `ensemble.csv` (statistics per metric) and `ensemble_series.csv` (statistics per series
    /// column and step).
    public var csvFiles: [(name: String, contents: String)] {
        var series: [[String]] = []
        for (r, rows) in replicateSeries.enumerated() where !seriesNames.isEmpty {
            for (i, step) in steps.enumerated() {
                series.append([String(r), String(step)] + rows[i].map(CSVText.number))
            }
        }
        let replicates = replicateSummaries.enumerated().map { (r, values) in
            [String(r)] + values.map(CSVText.number)
        }
        let ensembleRows = summaryNames.map { name in
            let s = ensemble[name]
            return [name, s.map { String($0.n) } ?? ""] + (s?.values ?? []).map(CSVText.number)
        }
        var header = ["step"]
        for name in seriesNames { header += EnsembleSummary.names.map { "\(name)_\($0)" } }
        let ensembleSeriesRows: [[String]] =
            seriesNames.isEmpty
            ? []
            : steps.indices.map { i in
                [String(steps[i])]
                    + seriesNames.flatMap { name in (ensembleSeries[name]?.values(at: i) ?? []).map(CSVText.number) }
            }
        return [
            ("series.csv", file(["replicate", "step"] + seriesNames, series)),
            ("replicates.csv", file(["replicate"] + summaryNames, replicates)),
            ("ensemble.csv", file(["metric", "n"] + EnsembleSummary.names, ensembleRows)),
            ("ensemble_series.csv", file(header, ensembleSeriesRows)),
        ]
    }
}

extension SweepReport {
    /// `points.csv` (one row per point: varied parameters, then mean, 2.5%/97.5% quantiles and the
    /// mean's 95% interval per metric) and `replicates.csv` (one row per point and replicate).
    public var csvFiles: [(name: String, contents: String)] {
        let columns = varied.compactMap { parameterNames.firstIndex(of: $0) }
        var header = ["point"] + varied
        for m in summaryNames {
            header += ["\(m)_mean", "\(m)_q025", "\(m)_q975", "\(m)_mean_ci_low", "\(m)_mean_ci_high"]
        }
        var pointRows: [[String]] = []
        var replicateRows: [[String]] = []
        for p in points {
            let values = columns.map { CSVText.number(p.parameters[$0]) }
            var row = [String(p.index)] + values
            for m in summaryNames {
                let s = p.ensemble[m]
                row += [s?.mean, s?.q025, s?.q975, s?.meanCiLow, s?.meanCiHigh].map { CSVText.number($0 ?? nil) }
            }
            pointRows.append(row)
            for (r, summary) in p.replicateSummaries.enumerated() {
                replicateRows.append([String(p.index), String(r)] + values + summary.map(CSVText.number))
            }
        }
        return [
            ("points.csv", file(header, pointRows)),
            ("replicates.csv", file(["point", "replicate"] + varied + summaryNames, replicateRows)),
        ]
    }
}

private func file(_ header: [String], _ rows: [[String]]) -> String {
    CSVText.render(header: header, rows: rows) + "\n"
}
