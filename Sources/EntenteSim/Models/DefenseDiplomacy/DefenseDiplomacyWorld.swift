import EntenteCore
import RealModule

/// The model's starting world in flat columns: per-state arrays of length `n` and dyadic matrices of
/// length `n × n`, row-major (`[i * n + j]` is i's view of j). Built once per design point, shared
/// read-only by every replicate.
struct DefenseDiplomacyWorld: Sendable {
    /// Number of states.
    var n: Int
    /// Display labels (COW abbreviations, or S0, S1, … in synthetic worlds).
    var labels: [String]
    /// COW codes, for the legal engine (synthetic worlds use 10000 + index).
    var cowCodes: [Int]
    /// The day the world describes; month `t` of a run is `t` months later.
    var start: Day
    var isMajorPower: [Bool]
    /// Whether the state holds a permanent Security Council seat.
    var isPermanentMember: [Bool]
    /// Capability share (CINC rescaled to sum to 1).
    var capability: [Double]
    /// Military spending at the start, as a share of the world's total.
    var spending: [Double]
    /// Sovereignty sensitivity, 0–1: how much intrusive instruments and binding regimes cost.
    var sovereignty: [Double]
    /// Posture at the start: 0 aligned, 1 hedging, 2 isolationist.
    var posture: [UInt8]
    /// For an aligned state, the major power it aligns with (dense id), else −1.
    var patron: [Int32]
    /// Whether the state starts as a member of the modelled regime.
    var regimeMember: [Bool]
    /// `[i * n + j]`: i has a defense obligation towards j (ATOP).
    var defenseObligation: [Bool]
    /// Shared organisation memberships, capped at 3.
    var sharedMemberships: [UInt8]
    /// Proximity, 0–1: 1 contiguous, 0.5 same region, 0.15 otherwise.
    var proximity: [Double]
    /// Strategic rivalry (symmetric).
    var rivalry: [Bool]
    /// Militarized dispute ongoing at the start (symmetric).
    var dispute: [Bool]
    /// UN-vote affinity (Signorino–Ritter S, −1…1; `.nan` unknown), or empty when the world has none.
    var affinity: [Double] = []
    /// Initial trust, 0–1 (directed, symmetric at the start).
    var trust: [Double]
    /// Initial interoperability, 0–1 (symmetric).
    var interoperability: [Double]
    /// Politically relevant dyads (i < j): contiguous, involving a major power, allied or rivals.
    /// Crises are drawn only for these (Lemke & Reed 2001).
    var relevantDyads: [Int32]
    /// Neighbour lists in compressed-row form: `near[nearStart[h]..<nearStart[h + 1]]` are the states
    /// k ≠ h with proximity(h, k) ≥ 0.5, in increasing order — the observers an exercise hosted by h
    /// can threaten. Built once so an exercise visits its observers, not every state.
    var nearStart: [Int32] = []
    var near: [Int32] = []
    /// Rivals in the same form: `rivals[rivalStart[i]..<rivalStart[i + 1]]`.
    var rivalStart: [Int32] = []
    var rivals: [Int32] = []
    /// The largest capability share, for partner scores.
    var maxCapability = 1.0
    /// The initial total spending.
    var totalSpending = 1.0

    @inline(__always) func index(_ i: Int, _ j: Int) -> Int { i * n + j }

    /// An empty world of `n` states to fill in.
    init(n: Int, start: Day) {
        self.n = n
        self.start = start
        labels = (0..<n).map { "S\($0)" }
        cowCodes = (0..<n).map { 10000 + $0 }
        isMajorPower = Array(repeating: false, count: n)
        isPermanentMember = Array(repeating: false, count: n)
        capability = Array(repeating: 1 / Double(max(n, 1)), count: n)
        spending = Array(repeating: 1 / Double(max(n, 1)), count: n)
        sovereignty = Array(repeating: 0.5, count: n)
        posture = Array(repeating: 1, count: n)
        patron = Array(repeating: -1, count: n)
        regimeMember = Array(repeating: false, count: n)
        defenseObligation = Array(repeating: false, count: n * n)
        sharedMemberships = Array(repeating: 0, count: n * n)
        proximity = Array(repeating: 0.15, count: n * n)
        rivalry = Array(repeating: false, count: n * n)
        dispute = Array(repeating: false, count: n * n)
        trust = Array(repeating: 0.3, count: n * n)
        interoperability = Array(repeating: 0, count: n * n)
        relevantDyads = []
    }

    /// Fills the columns derived from others: patrons, postures, initial trust, relevant dyads.
    mutating func derive() {
        maxCapability = capability.max() ?? 1
        totalSpending = spending.reduce(0, +)
        for i in 0..<n {
            // Aligned: a defense obligation with a major power; the strongest such power is the patron.
            var best: Int32 = -1
            for j in 0..<n where j != i && isMajorPower[j] && !isMajorPower[i] {
                if defenseObligation[index(i, j)] || defenseObligation[index(j, i)] {
                    if best < 0 || capability[j] > capability[Int(best)] { best = Int32(j) }
                }
            }
            patron[i] = best
            posture[i] = isMajorPower[i] || best >= 0 ? 0 : 1
        }
        // Affinity moves trust around the world's mean affinity, so a world's mean trust does not
        // depend on how much the UN's members agree overall (S runs high: Häge 2011).
        var affinitySum = 0.0
        var affinityCount = 0
        for (d, a) in affinity.enumerated() where !a.isNaN && d / n != d % n {
            affinitySum += a
            affinityCount += 1
        }
        let meanAffinity = affinityCount > 0 ? affinitySum / Double(affinityCount) : 0
        for i in 0..<n {
            for j in 0..<n where j != i {
                let k = index(i, j)
                let allied = defenseObligation[k] || defenseObligation[index(j, i)]
                var t = 0.3
                if allied { t += 0.3 }
                t += 0.1 * Double(sharedMemberships[k]) / 3
                if rivalry[k] { t -= 0.2 }
                if dispute[k] { t -= 0.1 }
                if !affinity.isEmpty && !affinity[k].isNaN {
                    t += Self.affinityTrustWeight * (affinity[k] - meanAffinity)
                }
                trust[k] = min(1, max(0, t))
            }
        }
        buildNeighbourLists()
        relevantDyads.removeAll()
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                let k = index(i, j)
                let allied = defenseObligation[k] || defenseObligation[index(j, i)]
                if proximity[k] >= 1 || isMajorPower[i] || isMajorPower[j] || allied || rivalry[k] {
                    relevantDyads.append(Int32(i))
                    relevantDyads.append(Int32(j))
                }
            }
        }
    }

    /// Fills ``near`` and ``rivals`` from ``proximity`` and ``rivalry``.
    mutating func buildNeighbourLists() {
        nearStart = [0]
        near.removeAll()
        rivalStart = [0]
        rivals.removeAll()
        for h in 0..<n {
            for k in 0..<n where k != h {
                if proximity[index(h, k)] >= Self.nearProximity { near.append(Int32(k)) }
                if rivalry[index(h, k)] { rivals.append(Int32(k)) }
            }
            nearStart.append(Int32(near.count))
            rivalStart.append(Int32(rivals.count))
        }
    }

    /// Initial trust per unit of UN-vote affinity above the world's mean (modelling choice).
    static let affinityTrustWeight = 0.2
    /// Distance between capitals at which proximity's distance term falls to 1/e (km; modelling choice).
    static let proximityDistanceKm = 2500.0

    /// Proximity, 0.15–1, of two states with capitals `km` apart and not contiguous:
    /// 0.15 + 0.85·exp(−km/2500), so capitals within about 2,200 km count as near (≥ 0.5).
    static func proximity(distanceKm km: Double) -> Double {
        0.15 + 0.85 * Double.exp(-km / proximityDistanceKm)
    }

    /// Proximity from which an exercise's host threatens an observer (same region or closer).
    static let nearProximity = 0.5
}
