import EntenteSim
import EntenteTestSupport
import Testing

struct StatisticsTests {
    @Test func quantilesInterpolateBetweenOrderStatistics() {
        let xs: [Double] = [1, 2, 3, 4]
        #expect(Statistics.quantile(sorted: xs, 0) == 1)
        #expect(Statistics.quantile(sorted: xs, 1) == 4)
        #expect(Statistics.quantile(sorted: xs, 0.5) == 2.5)
        #expect(Statistics.quantile(sorted: xs, 0.25) == 1.75)
        #expect(Statistics.quantile(sorted: [], 0.5).isNaN)
    }

    @Test func tQuantilesApproachTheNormal() {
        #expect(SimTestSupport.isClose(Statistics.tQuantile975(df: 1), 12.7062, relative: 1e-4))
        #expect(SimTestSupport.isClose(Statistics.tQuantile975(df: 60), 2.0003, relative: 2e-4))
        #expect(SimTestSupport.isClose(Statistics.tQuantile975(df: 120), 1.9799, relative: 2e-4))
        var previous = Double.infinity
        for df in 1...500 {
            let t = Statistics.tQuantile975(df: df)
            #expect(t < previous && t > 1.959)
            previous = t
        }
    }

    @Test func ensembleSummaryIsConsistent() {
        var random = Xoshiro256StarStar(seed: 1)
        let xs = (0..<1_000).map { _ in random.nextGaussian() * 2 + 10 }
        let s = EnsembleSummary(xs)
        #expect(s.count == 1_000)
        #expect(s.lower <= s.quartile1 && s.quartile1 <= s.median && s.median <= s.quartile3 && s.quartile3 <= s.upper)
        #expect(s.meanLower < s.mean && s.mean < s.meanUpper)
        #expect(abs(s.mean - 10) < 0.25 && abs(s.standardDeviation - 2) < 0.15)
        #expect(abs(s.lower - (10 - 1.96 * 2)) < 0.5)
        let one = EnsembleSummary([3])
        #expect(one.mean == 3 && one.median == 3 && one.standardDeviation.isNaN && one.meanLower.isNaN)
    }
}
