import EntenteCore
import EntenteNetwork
import Foundation
import Testing

/// The statistics the validation reports: adjusted Rand index, Spearman's ρ with its interval,
/// confusion tables.
struct ValidationStatisticsTests {
    /// scikit-learn's documented example: `adjusted_rand_score([0, 0, 1, 2], [0, 0, 1, 1])` = 4/7.
    @Test func adjustedRandIndexMatchesScikitLearnExample() throws {
        #expect(abs(try AdjustedRandIndex.compute([0, 0, 1, 2], [0, 0, 1, 1]) - 4.0 / 7.0) < 1e-12)
    }

    @Test func adjustedRandIndexIgnoresLabelNames() throws {
        #expect(try AdjustedRandIndex.compute([0, 0, 1, 1, 2], [7, 7, 3, 3, 9]) == 1)
        // Perfectly crossed partitions agree less than chance.
        #expect(try AdjustedRandIndex.compute([0, 0, 1, 1], [0, 1, 0, 1]) < 0)
    }

    @Test func adjustedRandIndexRefusesUnpairedLabelings() {
        #expect(throws: EntenteError.self) { try AdjustedRandIndex.compute([0, 1], [0]) }
        #expect(throws: EntenteError.self) { try AdjustedRandIndex.compute([], []) }
    }

    /// SciPy's documented example: `spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])` = 0.8207826816681233.
    @Test func spearmanMatchesSciPyExample() throws {
        let r = try RankCorrelation(spearman: [1, 2, 3, 4, 5], [5, 6, 7, 8, 7])
        #expect(abs(r.rho - 0.820_782_681_668_123_3) < 1e-12)
        #expect(r.lower < r.rho && r.rho < r.upper)
        // Fisher's z interval with the Fieller–Hartley–Pearson standard error, recomputed here.
        let z = 0.5 * log((1 + r.rho) / (1 - r.rho))
        let se = (1.06 / 2.0).squareRoot()
        #expect(abs(r.upper - tanh(z + 1.959_963_985 * se)) < 1e-9)
        #expect(abs(r.lower - tanh(z - 1.959_963_985 * se)) < 1e-9)
    }

    @Test func spearmanOfReversedRanksIsMinusOne() throws {
        let r = try RankCorrelation(spearman: [1, 2, 3, 4, 5, 6], [60, 50, 40, 30, 20, 10])
        #expect(abs(r.rho + 1) < 1e-12)
    }

    @Test func spearmanRefusesTooFewPairsAndOddLevels() {
        #expect(throws: EntenteError.self) { try RankCorrelation(spearman: [1, 2, 3], [1, 2, 3]) }
        #expect(throws: EntenteError.self) { try RankCorrelation(spearman: [1, 2, 3, 4], [1, 2, 3, 4], level: 0.5) }
        #expect(throws: EntenteError.self) { try RankCorrelation(spearman: [1, 1, 1, 1], [1, 2, 3, 4]) }
    }

    @Test func confusionTableCountsAndAccuracy() {
        let t = ConfusionTable(
            classes: ["hedger", "aligned"],
            pairs: [("hedger", "hedger"), ("hedger", "aligned"), ("aligned", "aligned"), ("other", "hedger")])
        #expect(t.counts == [[1, 1], [0, 1]])
        #expect(t.total == 3)
        #expect(t.accuracy == 2.0 / 3.0)
        #expect(ConfusionTable(classes: ["a"], pairs: []).accuracy == nil)
    }
}
