/// How the answers for several acts in one situation combine into the answer for the whole.
public enum CombiningRule: String, Sendable, Codable, CaseIterable {
    /// The whole is as favourable as its least favourable act: lawful only if every act is lawful;
    /// unlawful if any is; unknown or contested if any is and none is worse. For acts that must each
    /// be justified (several uses of force, several activities under one consent).
    case every
    /// The whole is as favourable as its most favourable act: one act that meets the rule is enough.
    /// For alternatives (several resolutions relied on for one use of force, several incidents any
    /// one of which may trigger a treaty).
    case any

    /// The rule a question uses when the situation names none.
    public static func `default`(for question: Question) -> CombiningRule {
        switch question {
        case .collectiveDefence, .scAuthorisation: .any
        case .selfDefence, .consent, .regionalEnforcement, .viennaDocument, .useOfForce: .every
        case .disputeSettlement: .any
        }
    }

    /// The rule in one sentence, as reports state it.
    public func statement(ranking: [[String]]) -> String {
        let tiers = ranking.map { $0.joined(separator: "/") }
        let order = tiers.joined(separator: " < ")
        switch self {
        case .every:
            return "The situation is as favourable as its least favourable act (\(order)): it is "
                + "\(tiers.last ?? "favourable") only if every act is; an act whose outcome is outside this "
                + "order (another basis, not engaged) is set aside unless every act is."
        case .any:
            return "The situation is as favourable as its most favourable act (\(order)): one act that "
                + "meets the rule is enough; an act whose outcome is outside this order is set aside unless "
                + "every act is."
        }
    }

    /// The index, in `assessments`, of the act that decides the whole under this rule; ties go to
    /// the first act, and acts with unranked outcomes decide only when no act is ranked.
    public func decidingAct(_ outcomes: [String], ranking: [[String]]) -> Int {
        var best: (index: Int, rank: Int)?
        for (i, label) in outcomes.enumerated() {
            guard let rank = ranking.firstIndex(where: { $0.contains(label) }) else { continue }
            if let current = best {
                let better = self == .every ? rank < current.rank : rank > current.rank
                if better { best = (i, rank) }
            } else {
                best = (i, rank)
            }
        }
        return best?.index ?? 0
    }
}

/// One act of a situation with several acts, with its own answer.
public struct ActAssessment: Sendable {
    /// The act's label as the situation writes it.
    public let label: String
    /// The act's answer.
    public let assessment: Assessment
}

/// The answers for each act of a situation and the rule that combined them.
public struct SeveralActs: Sendable {
    /// Each act's answer, in the situation's order.
    public let acts: [ActAssessment]
    /// The rule that combined them.
    public let rule: CombiningRule
    /// The index of the act whose outcome is the whole's.
    public let deciding: Int
}
