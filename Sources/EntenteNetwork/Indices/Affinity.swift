public import EntenteCore

/// A recorded vote, for example in the UN General Assembly.
public enum Vote: Int, Sendable, Hashable, CaseIterable, Codable {
    /// Yes (coded 1 on the ordinal scale).
    case yes = 1
    /// Abstain (coded 2).
    case abstain = 2
    /// No (coded 3).
    case no = 3
}

/// Agreement between two states' votes.
public struct AffinityScores: Sendable, Hashable {
    /// Votes where both states voted (yes, abstain or no); the others are left out.
    public var commonVotes: Int
    /// Share of common votes where both voted the same.
    public var agreement: Double?
    /// Signorino–Ritter S, in [−1, 1].
    public var s: Double?
    /// Cohen's κ; `nil` when chance agreement is 1.
    public var cohensKappa: Double?
    /// Scott's π; `nil` when chance agreement is 1.
    public var scottsPi: Double?
}

/// Affinity between two vote vectors: Signorino–Ritter S, Cohen's kappa and Scott's pi.
///
/// Votes are paired by position; a pair where either vote is missing (`nil`: absent, not a member,
/// not recorded) is left out (pairwise deletion), and N is the number of pairs left.
///
/// - **S** (Signorino and Ritter 1999) with votes on the ordinal scale yes = 1, abstain = 2, no = 3
///   and the absolute (city-block) distance: S = 1 − 2 Σ|x_k − y_k| / d_max, with d_max = 2N
///   (the largest possible distance, 2 per vote). S = 1 for identical votes, −1 when one always
///   votes yes and the other no. This is the unweighted S of Häge (2011) for UN votes.
/// - **Cohen's κ** (1960): (p_o − p_e) / (1 − p_e), with p_o the share of equal votes and
///   p_e = Σ_c p_x(c) p_y(c) from each state's own vote shares.
/// - **Scott's π** (1955): as κ with p_e = Σ_c ((p_x(c) + p_y(c)) / 2)², pooled shares.
///
/// κ and π are chance-corrected, so two states that both vote yes on nearly everything get a high
/// S but a κ near 0 — Häge's point about S overstating agreement.
public enum Affinity {
    /// Computes S, κ and π.
    ///
    /// - Parameters:
    ///   - a: the first state's votes.
    ///   - b: the second state's votes, in the same order.
    /// - Returns: the scores; each is `nil` when no votes are in common.
    /// - Throws: ``EntenteError`` `.invalidInput` when the vectors differ in length.
    public static func compute(_ a: [Vote?], _ b: [Vote?]) throws(EntenteError) -> AffinityScores {
        guard a.count == b.count else {
            throw EntenteError(
                .invalidInput,
                "The vote vectors have different lengths (\(a.count) and \(b.count)); pair them by resolution first.")
        }
        var n = 0
        var same = 0
        var distance = 0
        var countA = (0, 0, 0)
        var countB = (0, 0, 0)
        for (x, y) in zip(a, b) {
            guard let x, let y else { continue }
            n += 1
            if x == y { same += 1 }
            distance += abs(x.rawValue - y.rawValue)
            switch x {
            case .yes: countA.0 += 1
            case .abstain: countA.1 += 1
            case .no: countA.2 += 1
            }
            switch y {
            case .yes: countB.0 += 1
            case .abstain: countB.1 += 1
            case .no: countB.2 += 1
            }
        }
        return scores(VoteTally(common: n, same: same, distance: distance, first: countA, second: countB))
    }

    /// Computes S, κ and π from bit-packed votes: the same scores as from the vote vectors, with
    /// 64 roll calls counted at a time (a research panel asks this for every dyad-year).
    ///
    /// - Throws: ``EntenteError`` `.invalidInput` when the two cover different numbers of roll calls.
    public static func compute(_ a: VoteBits, _ b: VoteBits) throws(EntenteError) -> AffinityScores {
        guard a.count == b.count else {
            throw EntenteError(
                .invalidInput,
                "The vote vectors have different lengths (\(a.count) and \(b.count)); pair them by resolution first.")
        }
        return scores(VoteBits.tally(a, b))
    }

    /// The scores from the counts of common, equal and distant votes and each side's choices.
    static func scores(_ t: VoteTally) -> AffinityScores {
        guard t.common > 0 else { return AffinityScores(commonVotes: 0) }
        let total = Double(t.common)
        let po = Double(t.same) / total
        let s = 1 - 2 * Double(t.distance) / (2 * total)
        var peKappa = 0.0
        var pePi = 0.0
        func add(_ x: Int, _ y: Int) {
            let pa = Double(x) / total
            let pb = Double(y) / total
            peKappa += pa * pb
            let pooled = (pa + pb) / 2
            pePi += pooled * pooled
        }
        // Summed yes, abstain, no in that order (the order fixes the floating-point result).
        add(t.first.0, t.second.0)
        add(t.first.1, t.second.1)
        add(t.first.2, t.second.2)
        return AffinityScores(
            commonVotes: t.common, agreement: po, s: s,
            cohensKappa: peKappa < 1 ? (po - peKappa) / (1 - peKappa) : nil,
            scottsPi: pePi < 1 ? (po - pePi) / (1 - pePi) : nil)
    }
}

/// Counts over the roll calls two states both voted in: how many, how many alike, the summed
/// ordinal distance, and each side's yes / abstain / no counts.
struct VoteTally {
    var common: Int
    var same: Int
    var distance: Int
    var first: (Int, Int, Int)
    var second: (Int, Int, Int)
}

extension AffinityScores {
    init(commonVotes: Int) {
        self.init(commonVotes: commonVotes, agreement: nil, s: nil, cohensKappa: nil, scottsPi: nil)
    }
}
