import EntenteCore
import EntenteNetwork
import Testing

/// Hand-computed cases for S, κ and π (worked in the comments).
struct AffinityTests {
    @Test func mixedVotesWithMissingValues() throws {
        // Pairs kept: (y,y) (y,n) (n,n) (a,a); the two pairs with a missing vote are dropped. N = 4.
        // S = 1 − 2·(0+2+0+0)/(2·4) = 0.5. p_o = 3/4.
        // Own shares: a = y ½, a ¼, n ¼; b = y ¼, a ¼, n ½ → p_e(κ) = ⅛ + 1/16 + ⅛ = 5/16 → κ = (3/4 − 5/16)/(11/16) = 7/11.
        // Pooled: y ⅜, a ¼, n ⅜ → p_e(π) = 22/64 → π = (3/4 − 22/64)/(42/64) = 13/21.
        let a: [Vote?] = [.yes, .yes, .no, .abstain, .yes, nil]
        let b: [Vote?] = [.yes, .no, .no, .abstain, nil, .yes]
        let r = try Affinity.compute(a, b)
        #expect(r.commonVotes == 4)
        #expect(r.agreement == 0.75)
        #expect(r.s == 0.5)
        #expect(close(try #require(r.cohensKappa), 7.0 / 11.0, tolerance: 1e-15))
        #expect(close(try #require(r.scottsPi), 13.0 / 21.0, tolerance: 1e-15))
    }

    @Test func oppositeVotesGiveMinusOne() throws {
        // Always yes against always no: S = 1 − 2·(2N)/(2N) = −1; p_o = 0, p_e(κ) = 0 → κ = 0;
        // pooled y ½, n ½ → p_e(π) = ½ → π = −1.
        let r = try Affinity.compute([.yes, .yes, .yes], [.no, .no, .no])
        #expect(r.s == -1)
        #expect(r.cohensKappa == 0)
        #expect(r.scottsPi == -1)
    }

    @Test func identicalVariedVotesAgreeFully() throws {
        let v: [Vote?] = [.yes, .no, .abstain, .yes]
        let r = try Affinity.compute(v, v)
        #expect(r.s == 1)
        #expect(r.cohensKappa == 1)
        #expect(r.scottsPi == 1)
    }

    @Test func unanimousYesHasHighSButUndefinedChanceCorrection() throws {
        // Both always yes: S = 1, but p_e = 1 so κ and π are undefined (Häge's point about S).
        let r = try Affinity.compute([.yes, .yes], [.yes, .yes])
        #expect(r.s == 1)
        #expect(r.cohensKappa == nil)
        #expect(r.scottsPi == nil)
    }

    @Test func abstentionIsHalfWay() throws {
        // (y,a) and (a,n): distance 1 each, S = 1 − 2·2/(2·2) = 0.
        let r = try Affinity.compute([.yes, .abstain], [.abstain, .no])
        #expect(r.s == 0)
    }

    @Test func noCommonVotesGivesNoScores() throws {
        let r = try Affinity.compute([.yes, nil], [nil, .no])
        #expect(r.commonVotes == 0)
        #expect(r.s == nil)
    }

    @Test func lengthMismatchIsRefused() {
        let error = #expect(throws: EntenteError.self) { try Affinity.compute([.yes], []) }
        #expect(error?.message == "The vote vectors have different lengths (1 and 0); pair them by resolution first.")
    }
}
