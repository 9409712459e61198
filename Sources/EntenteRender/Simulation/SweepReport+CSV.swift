public import EntenteServices

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
            ("points.csv", simulationCSVFile(header, pointRows)),
            ("replicates.csv", simulationCSVFile(["point", "replicate"] + varied + summaryNames, replicateRows)),
        ]
    }
}
