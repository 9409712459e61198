import EntenteCore
import EntenteSim
import Testing

struct RandomTests {
    @Test func splitMixMatchesTheReferenceOutputForSeedZero() {
        // First outputs of Vigna's splitmix64.c with x = 0 (published test vector).
        var g = SplitMix64(seed: 0)
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
        #expect(g.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test(arguments: [UInt64(0), 1, 42, 1986, UInt64.max])
    func sameSeedSameSequence(seed: UInt64) {
        var a = Xoshiro256StarStar(seed: seed)
        var b = Xoshiro256StarStar(seed: seed)
        for _ in 0..<1000 { #expect(a.next() == b.next()) }
    }

    @Test func neighbouringSeedsAndStreamsGiveDifferentSequences() {
        var seen = Set<UInt64>()
        for seed in UInt64(0)..<50 {
            var g = Xoshiro256StarStar(seed: seed)
            seen.insert(g.next())
            for r in UInt64(0)..<4 {
                var s = Xoshiro256StarStar(seed: seed, stream: [0, r])
                seen.insert(s.next())
            }
        }
        #expect(seen.count == 250)
    }

    @Test func streamSeedsDependOnThePathNotJustItsSum() {
        var a = Xoshiro256StarStar(seed: 9, stream: [1, 2])
        var b = Xoshiro256StarStar(seed: 9, stream: [2, 1])
        var c = Xoshiro256StarStar(seed: 9, stream: [3])
        let x = a.next()
        #expect(x != b.next())
        #expect(x != c.next())
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func doublesAreUniformInTheUnitInterval(seed: UInt64) {
        var g = Xoshiro256StarStar(seed: seed)
        let n = 100_000
        var bins = Array(repeating: 0, count: 10)
        var sum = 0.0
        for _ in 0..<n {
            let u = g.nextDouble()
            #expect(u >= 0 && u < 1)
            sum += u
            bins[Int(u * 10)] += 1
        }
        // Mean within 5 standard errors; chi-square with 9 d.o.f. below its 0.999 quantile (27.88).
        #expect(abs(sum / Double(n) - 0.5) < 5 * (1.0 / 12.0 / Double(n)).squareRoot())
        let expected = Double(n) / 10
        let chi2 = bins.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        #expect(chi2 < 27.88)
    }

    @Test func boundedIntegersStayInRangeAndCoverIt() {
        var g = Xoshiro256StarStar(seed: 5)
        var counts = Array(repeating: 0, count: 7)
        for _ in 0..<70_000 {
            let k = g.nextInt(below: 7)
            counts[k] += 1
        }
        #expect(counts.allSatisfy { $0 > 9_000 && $0 < 11_000 })
    }

    @Test func gaussianDeviatesHaveUnitVariance() {
        var g = Xoshiro256StarStar(seed: 11)
        let n = 200_000
        var s = 0.0
        var ss = 0.0
        for _ in 0..<n {
            let z = g.nextGaussian()
            s += z
            ss += z * z
        }
        let mean = s / Double(n)
        #expect(abs(mean) < 0.015)
        #expect(abs(ss / Double(n) - mean * mean - 1) < 0.02)
    }
}
