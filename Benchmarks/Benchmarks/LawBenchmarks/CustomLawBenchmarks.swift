import Benchmark
import EntenteLaw

/// `customary_law`: one rule judged over 190 states and 10,000 evidence records, with the
/// sensitivity ranges, the grid, the evidence table and would_change (target: under 50 ms).
func customLawBenchmarks() {
    let rule = CustomWorkload.rule(states: 190, records: 10_000)
    Benchmark(
        "customary_law 190 states × 10,000 records (with sensitivity and grid)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], scalingFactor: .one, maxDuration: .seconds(5))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(CustomaryLaw.assess(rule))
        }
    }
}
