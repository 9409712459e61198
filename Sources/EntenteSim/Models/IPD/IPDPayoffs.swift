/// The payoffs of one round of the prisoner's dilemma.
///
/// Defaults are Axelrod's (1984): reward R = 3, sucker S = 0, temptation T = 5, punishment P = 1. A
/// prisoner's dilemma needs T > R > P > S (and 2R > T + S for the iterated game); ``isDilemma`` says
/// whether the values satisfy that, but other games are allowed for exploration.
public struct IPDPayoffs: Sendable, Hashable, Codable {
    public var reward: Double
    public var sucker: Double
    public var temptation: Double
    public var punishment: Double

    public init(reward: Double = 3, sucker: Double = 0, temptation: Double = 5, punishment: Double = 1) {
        self.reward = reward
        self.sucker = sucker
        self.temptation = temptation
        self.punishment = punishment
    }

    /// Whether T > R > P > S and 2R > T + S.
    public var isDilemma: Bool {
        temptation > reward && reward > punishment && punishment > sucker && 2 * reward > temptation + sucker
    }

    /// The payoff of a player who played `own` against `other` (0 = C, 1 = D).
    @inlinable @inline(__always)
    public func payoff(own: UInt8, other: UInt8) -> Double {
        switch (own, other) {
        case (0, 0): return reward
        case (0, _): return sucker
        case (_, 0): return temptation
        default: return punishment
        }
    }
}
