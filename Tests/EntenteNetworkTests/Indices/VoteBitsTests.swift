import EntenteCore
import EntenteNetwork
import Testing

/// Bit-packed votes give exactly the scores of the vote vectors (the research panel relies on it).
struct VoteBitsTests {
    static func votes(_ count: Int, missing: Double, _ rng: inout SplitMix64) -> [Vote?] {
        (0..<count).map { _ in
            Double.random(in: 0..<1, using: &rng) < missing ? nil : Vote.allCases.randomElement(using: &rng)
        }
    }

    @Test(arguments: [0, 1, 63, 64, 65, 150, 400])
    func packedScoresEqualTheVectorScores(count: Int) throws {
        var rng = SplitMix64(seed: UInt64(count) + 11)
        for missing in [0.0, 0.3, 0.9] {
            let a = Self.votes(count, missing: missing, &rng)
            let b = Self.votes(count, missing: missing, &rng)
            let packed = try Affinity.compute(VoteBits(a), VoteBits(b))
            #expect(packed == (try Affinity.compute(a, b)))
            #expect(VoteBits(a).count == count)
        }
    }

    @Test func oppositeAndHalfWayVotes() throws {
        // Yes against no twice and abstain against yes once: distance 2 + 2 + 1 = 5 of 2·3 → S = 1 − 10/6.
        let r = try Affinity.compute(VoteBits([.yes, .no, .abstain, nil]), VoteBits([.no, .yes, .yes, .no]))
        #expect(r.commonVotes == 3)
        #expect(r.agreement == 0)
        #expect(r.s == 1 - 10.0 / 6.0)
    }

    @Test func differentRollCallCountsAreRefused() {
        #expect(throws: EntenteError.self) { try Affinity.compute(VoteBits([.yes]), VoteBits([.yes, .no])) }
    }
}
