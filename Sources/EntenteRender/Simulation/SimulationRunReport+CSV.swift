public import EntenteServices
import EntenteSim

// CSV files by name, each ending with a newline: numbers at full precision, undefined values as
// empty fields.
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
            ("series.csv", simulationCSVFile(["replicate", "step"] + seriesNames, series)),
            ("replicates.csv", simulationCSVFile(["replicate"] + summaryNames, replicates)),
            ("ensemble.csv", simulationCSVFile(["metric", "n"] + EnsembleSummary.names, ensembleRows)),
            ("ensemble_series.csv", simulationCSVFile(header, ensembleSeriesRows)),
        ]
    }
}

/// A CSV file: header, rows, and a final newline.
func simulationCSVFile(_ header: [String], _ rows: [[String]]) -> String {
    CSVText.render(header: header, rows: rows) + "\n"
}
