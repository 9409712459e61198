import EntenteSim
import Testing

struct IPDTests {
    static func moves(_ a: IPDStrategy, _ b: IPDStrategy, turns: Int) -> ([UInt8], [UInt8]) {
        var ma = IPDMemory()
        var mb = IPDMemory()
        var random = Xoshiro256StarStar(seed: 0)
        var xs: [UInt8] = []
        var ys: [UInt8] = []
        for _ in 0..<turns {
            let x = a.move(memory: ma, random: &random)
            let y = b.move(memory: mb, random: &random)
            xs.append(x)
            ys.append(y)
            ma.record(own: x, opponent: y)
            mb.record(own: y, opponent: x)
        }
        return (xs, ys)
    }

    @Test func titForTatCopiesTheOpponentsPreviousMove() {
        let (tft, alt) = Self.moves(.titForTat, .alternator, turns: 10)
        #expect(tft[0] == 0)
        for t in 1..<10 { #expect(tft[t] == alt[t - 1]) }
    }

    @Test func grudgerNeverForgives() {
        let (g, stft) = Self.moves(.grudger, .suspiciousTitForTat, turns: 20)
        #expect(stft[0] == 1)
        #expect(g[0] == 0)
        #expect(g[1...].allSatisfy { $0 == 1 })
    }

    @Test func titForTwoTatsNeedsTwoDefectionsInARow() {
        let (tf2t, alt) = Self.moves(.titForTwoTats, .alternator, turns: 12)
        #expect(alt.contains(1))
        #expect(tf2t.allSatisfy { $0 == 0 })
        let (tf2tVsD, _) = Self.moves(.titForTwoTats, .defector, turns: 5)
        #expect(tf2tVsD == [0, 0, 1, 1, 1])
    }

    @Test func winStayLoseShiftShiftsAfterASuckersPayoff() {
        let (wsls, _) = Self.moves(.winStayLoseShift, .defector, turns: 6)
        // C (S: shift) → D (P: shift) → C → D …
        #expect(wsls == [0, 1, 0, 1, 0, 1])
    }

    @Test func noiseFlipsMovesAtTheGivenRate() {
        let match = IPDMatch(.cooperator, .cooperator, turns: 100_000, noise: 0.1)
        var random = Xoshiro256StarStar(seed: 3)
        let o = match.play(random: &random)
        let rate = 1 - Double(o.firstCooperations) / 100_000
        #expect(abs(rate - 0.1) < 0.005)
        #expect(match.isStochastic)
    }

    @Test func randomPlayerCooperatesAboutHalfTheTime() {
        var random = Xoshiro256StarStar(seed: 8)
        let o = IPDMatch(.random, .defector, turns: 50_000).play(random: &random)
        #expect(abs(Double(o.firstCooperations) / 50_000 - 0.5) < 0.01)
    }

    @Test func payoffsAreConfigurable() {
        var random = Xoshiro256StarStar(seed: 0)
        let p = IPDPayoffs(reward: 4, sucker: -1, temptation: 6, punishment: 0)
        #expect(p.isDilemma)
        let o = IPDMatch(.cooperator, .defector, turns: 10, payoffs: p).play(random: &random)
        #expect(o.firstScore == -10 && o.secondScore == 60)
        #expect(!IPDPayoffs(reward: 1, sucker: 0, temptation: 5, punishment: 2).isDilemma)
    }

    @Test(arguments: [1, 2, 3, 7])
    func parallelTournamentsEqualTheSequentialOneBitForBit(concurrency: Int) async {
        let players: [IPDStrategy] = IPDStrategy.deterministicEight + [.random]
        let t = IPDTournament(players: players, turns: 50, repetitions: 9, noise: 0.05)
        let sequential = t.play(seed: 77)
        let parallel = await t.play(seed: 77, concurrency: concurrency)
        #expect(parallel == sequential)
        #expect(t.play(seed: 78) != sequential)
    }

    @Test func moranProcessWithoutMutationEndsInFixation() {
        let process = MoranProcess(strategies: [.titForTat, .defector], initialCounts: [5, 5], turns: 20)
        var fixations = 0
        for seed in UInt64(0)..<20 {
            var random = Xoshiro256StarStar(seed: seed)
            let run = process.run(steps: 2_000, random: &random)
            if let step = run.fixationStep, let winner = run.winner {
                fixations += 1
                #expect(run.fractions[step * 2 + winner] == 1)
                #expect(run.fractions[2_000 * 2 + winner] == 1)
            }
            for s in 0...2_000 { #expect(run.fractions[s * 2] + run.fractions[s * 2 + 1] == 1) }
        }
        #expect(fixations == 20)
    }

    @Test func moranFixationOfAFitterMutantBeatsNeutralDrift() {
        // One Defector among Cooperators is strictly fitter; its fixation probability must exceed
        // the neutral 1/N (Nowak 2006). 400 runs: a loose one-sided check.
        let process = MoranProcess(strategies: [.defector, .cooperator], initialCounts: [1, 9], turns: 10)
        var wins = 0
        for seed in UInt64(0)..<400 {
            var random = Xoshiro256StarStar(seed: seed)
            if process.run(steps: 5_000, random: &random).winner == 0 { wins += 1 }
        }
        #expect(Double(wins) / 400 > 0.2)
    }
}
