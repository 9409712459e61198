import EntenteSim

/// Results as raw bit patterns: equal exactly when every value is the same double, NaN included
/// (NaN is unequal to itself, so `==` on results cannot say "bit-identical").
enum BitPatterns {
    static func of(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }

    static func of(_ point: PointResult) -> [[UInt64]] {
        [[UInt64(point.index)], of(point.parameters)] + point.replicateSummaries.map(of)
            + point.replicateSeries.map(of) + point.summaries.map { of($0.values) }
    }

    static func of(_ run: RunResult) -> [[UInt64]] { of(run.point) }

    static func of(_ sweep: SweepResult) -> [[[UInt64]]] { sweep.points.map(of) }
}
