import EntenteCore

/// The defense-diplomacy world model: states engage each other with defense-diplomacy instruments,
/// exercises feed the security dilemma of third parties, spending follows Richardson-type arms
/// dynamics, practice and statements make norms, states join and leave a regime, and crises may
/// become armed attacks that the legal engine judges. One step is one month.
///
/// The world is the scenario's knowledge-base snapshot when it carries one (``ModelSetup/world``),
/// else a synthetic world of `synthetic_states` states. See `docs/model.md` for the ODD description.
public struct DefenseDiplomacyModel: SteppedSimulationModel {
    public static let name = "defense-diplomacy"
    public static let summary =
        "Defense diplomacy, security dilemma, arms, norms, regimes and crises among states (monthly steps)"
    public static let horizonMeaning = "months"
    public static var parameterSpecs: [ParameterSpec] { DefenseDiplomacyParameters.specs }

    let p: DefenseDiplomacyParameters
    let world: DefenseDiplomacyWorld

    public init(setup: ModelSetup) {
        p = DefenseDiplomacyParameters(setup.parameters)
        if let world = setup.world {
            self.world = DefenseDiplomacyWorld(world: world, dyads: setup.worldDyads)
        } else {
            self.world = DefenseDiplomacyWorld(syntheticStates: p.syntheticStates, seed: p.worldSeed)
        }
    }

    /// Number of states in the model's world.
    public var stateCount: Int { world.n }
    /// The states' labels (COW abbreviations, or S0, S1, … in a synthetic world).
    public var stateLabels: [String] { world.labels }

    public var seriesNames: [String] {
        [
            "mean_trust", "mean_threat", "spending_index", "crises", "attacks", "exercises", "regime_share",
        ] + DefenseDiplomacyState.normNames.map { "adherence_\($0)" } + [
            "norms_established", "exercise_dyad_share", "crisis_dyad_share",
        ]
    }

    public var summaryNames: [String] {
        [
            "mean_trust", "mean_threat", "spending_index", "crises", "attacks", "exercises",
            "notified_exercise_share", "regime_share", "norms_established",
        ] + DefenseDiplomacyState.normNames.map { "norm_status_\($0)" }
            + DefenseDiplomacyState.normNames.map { "opinio_share_\($0)" }
            + [
                "exercise_network_density", "mean_interoperability", "mean_transparency", "mean_credibility",
                "lawful_self_defence", "allies_bound", "allies_honoured", "allies_broke", "council_blocked",
                "council_acted", "legal_unknown", "focal_trust_in_major_powers", "focal_threat",
            ]
    }

    public func makeState(random: inout Xoshiro256StarStar) -> DefenseDiplomacyState {
        let n = world.n
        let k = DefenseDiplomacyState.normCount
        var baseThreat = [Double](repeating: 0.02, count: n * n)
        for i in 0..<n {
            baseThreat[i * n + i] = 0
            for j in 0..<n where j != i {
                let d = i * n + j
                if world.rivalry[d] { baseThreat[d] += 0.3 }
                if world.dispute[d] { baseThreat[d] += 0.2 }
            }
        }
        var posture = world.posture
        if p.focalState >= 0 && p.focalState < n && p.focalPosture >= 0 {
            posture[p.focalState] = UInt8(p.focalPosture)
        }
        var restHostility = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for j in 0..<n where j != i { restHostility[i] += baseThreat[i * n + j] * world.spending[j] }
        }
        var state = DefenseDiplomacyState(
            trust: world.trust, threat: baseThreat, baseThreat: baseThreat,
            transparency: [Double](repeating: 0.2, count: n * n), interoperability: world.interoperability,
            spending: world.spending, restHostility: restHostility,
            credibility: [Double](repeating: p.initialCredibility, count: n), regimeMember: world.regimeMember,
            posture: posture, adherence: [Double](repeating: p.initialAdherence, count: n * k),
            adherenceSum: [Double](repeating: p.initialAdherence * Double(n), count: k),
            stated: [Bool](repeating: false, count: n * k), conformingActs: [Int](repeating: 0, count: k),
            contraryActs: [Int](repeating: 0, count: k), normStatus: [Double](repeating: 0, count: k),
            lastExercise: [Int32](repeating: Self.never, count: n * n),
            lastCrisis: [Int32](repeating: Self.never, count: n * n),
            candidates: [Int](repeating: 0, count: Self.choiceSetSize + 1),
            weights: [Double](repeating: 0, count: Self.choiceSetSize + 1))
        state.month = 0
        return state
    }

    public func step(_ state: inout DefenseDiplomacyState, to step: Int, random: inout Xoshiro256StarStar) {
        state.month = step
        engage(&state, random: &random)
        regimeExercise(&state, random: &random)
        greatPowerExercises(&state, random: &random)
        relax(&state)
        armsDynamics(&state)
        normPractice(&state, random: &random)
        reviewRegime(&state, random: &random)
        crises(&state, random: &random)
        if step == p.attackMonth, p.attacker >= 0, p.attackTarget >= 0, p.attacker < world.n,
            p.attackTarget < world.n, p.attacker != p.attackTarget
        {
            attack(&state, by: p.attacker, on: p.attackTarget, random: &random)
        }
        if step % 12 == 0 { judgeNorms(&state) }
    }

    public func observe(_ state: DefenseDiplomacyState) -> [Double] {
        let n = Double(world.n)
        var row = [
            meanOffDiagonal(state.trust), meanOffDiagonal(state.threat), spendingIndex(state), Double(state.crises),
            Double(state.attacks), Double(state.exercises), Double(state.regimeMember.count { $0 }) / n,
        ]
        for norm in 0..<DefenseDiplomacyState.normCount { row.append(state.adherenceSum[norm] / n) }
        row.append(Double(state.normStatus.count { $0 >= 2 }))
        row.append(recentShare(state.lastExercise, month: state.month))
        row.append(recentShare(state.lastCrisis, month: state.month))
        return row
    }

    /// Share of unordered pairs marked in the 12 months up to `month` (the last year's network).
    func recentShare(_ last: [Int32], month: Int) -> Double {
        let n = world.n
        guard n > 1 else { return .nan }
        let since = Int32(month - 12)
        // Both triangles hold the same marks: count the whole matrix (branch-free, vectorised) and halve.
        let count = last.withUnsafeBufferPointer { marks in
            var count = 0
            for d in 0..<marks.count { count &+= marks[d] > since ? 1 : 0 }
            return count
        }
        return Double(count / 2) / Double(n * (n - 1) / 2)
    }

    /// "No event yet" in ``DefenseDiplomacyState/lastExercise`` and ``DefenseDiplomacyState/lastCrisis``.
    static let never = Int32.min / 2

    public func summarize(_ state: DefenseDiplomacyState) -> [Double] {
        let n = world.n
        var state = state
        judgeNorms(&state)
        var row = [
            meanOffDiagonal(state.trust), meanOffDiagonal(state.threat), spendingIndex(state), Double(state.crises),
            Double(state.attacks), Double(state.exercises),
            state.exercises > 0 ? Double(state.notifiedExercises) / Double(state.exercises) : .nan,
            Double(state.regimeMember.count { $0 }) / Double(n), Double(state.normStatus.count { $0 >= 2 }),
        ]
        row += state.normStatus
        for norm in 0..<DefenseDiplomacyState.normCount {
            var stated = 0
            for i in 0..<n where state.stated[i * DefenseDiplomacyState.normCount + norm] { stated += 1 }
            row.append(Double(stated) / Double(n))
        }
        var linked = 0
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) where state.interoperability[i * n + j] >= Self.linkThreshold {
                linked += 1
            }
        }
        let pairs = n * (n - 1) / 2
        row.append(pairs > 0 ? Double(linked) / Double(pairs) : .nan)
        row.append(meanOffDiagonal(state.interoperability))
        row.append(meanOffDiagonal(state.transparency))
        row.append(state.credibility.reduce(0, +) / Double(n))
        row += [
            Double(state.lawfulSelfDefence), Double(state.alliesBound), Double(state.alliesHonoured),
            Double(state.alliesBroke), Double(state.councilBlocked), Double(state.councilActed),
            Double(state.legalUnknown),
        ]
        if p.focalState >= 0 && p.focalState < n {
            var trust = 0.0
            var majors = 0
            var threat = 0.0
            for j in 0..<n where j != p.focalState {
                threat += state.threat[p.focalState * n + j]
                if world.isMajorPower[j] {
                    trust += state.trust[j * n + p.focalState]
                    majors += 1
                }
            }
            row.append(majors > 0 ? trust / Double(majors) : .nan)
            row.append(threat / Double(max(n - 1, 1)))
        } else {
            row += [.nan, .nan]
        }
        return row
    }

    /// Interoperability at which a dyad counts as a link of the exercise network (modelling choice).
    static let linkThreshold = 0.3
    /// Partners considered per choice: a random sample, as in discrete choice over large sets
    /// (McFadden 1978, sampling of alternatives), so choice costs O(1) whatever the world's size.
    static let choiceSetSize = 16

    /// Mean of the off-diagonal entries: the whole matrix in four partial sums (so the compiler
    /// vectorises it) minus the diagonal.
    func meanOffDiagonal(_ matrix: [Double]) -> Double {
        let n = world.n
        guard n > 1 else { return .nan }
        return matrix.withUnsafeBufferPointer { m in
            var s0 = 0.0
            var s1 = 0.0
            var s2 = 0.0
            var s3 = 0.0
            var d = 0
            while d + 4 <= m.count {
                s0 += m[d]
                s1 += m[d + 1]
                s2 += m[d + 2]
                s3 += m[d + 3]
                d += 4
            }
            while d < m.count {
                s0 += m[d]
                d += 1
            }
            var diagonal = 0.0
            for i in 0..<n { diagonal += m[i * n + i] }
            return ((s0 + s1) + (s2 + s3) - diagonal) / Double(n * (n - 1))
        }
    }

    func spendingIndex(_ state: DefenseDiplomacyState) -> Double {
        state.spending.reduce(0, +) / world.spending.reduce(0, +)
    }
}
