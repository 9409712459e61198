/// A strategy of the iterated prisoner's dilemma.
///
/// The rules follow the definitions in Axelrod (1984), *The Evolution of Cooperation*, and the
/// descriptions in the Python `axelrod` library's documentation (Knight et al. 2016, *Journal of
/// Open Research Software* 4(1)), so that deterministic strategies score exactly as in that library.
/// Entente's implementation is its own: each strategy is a rule over a small fixed-size memory
/// (``IPDMemory``), so a match allocates nothing.
public enum IPDStrategy: String, CaseIterable, Sendable, Hashable, Codable {
    /// Always cooperates.
    case cooperator = "Cooperator"
    /// Always defects.
    case defector = "Defector"
    /// Cooperates first, then repeats the opponent's last move (Rapoport; Axelrod 1980).
    case titForTat = "Tit For Tat"
    /// Cooperates until the opponent has defected once, then defects forever (Friedman 1971).
    case grudger = "Grudger"
    /// Defects only after two consecutive defections by the opponent.
    case titForTwoTats = "Tit For 2 Tats"
    /// Defects first, then repeats the opponent's last move.
    case suspiciousTitForTat = "Suspicious Tit For Tat"
    /// Cooperates, defects, cooperates, … regardless of the opponent.
    case alternator = "Alternator"
    /// Win-Stay Lose-Shift (Pavlov; Nowak and Sigmund 1993): cooperates first, then keeps its move
    /// after a payoff of R or T and switches after S or P.
    case winStayLoseShift = "Win-Stay Lose-Shift"
    /// Cooperates with probability ½ each turn.
    case random = "Random"

    /// Whether the strategy's moves depend on random draws.
    public var isStochastic: Bool { self == .random }

    /// Finds a strategy by name, ignoring case, spaces, hyphens and underscores.
    ///
    /// Accepts the display names above, the `axelrod` library's class names (`TitForTat`,
    /// `SuspiciousTitForTat`, `WinStayLoseShift`, `TitFor2Tats`) and common short forms
    /// (`tft`, `tf2t`, `stft`, `wsls`, `pavlov`, `alld`, `allc`).
    public init?(name: String) {
        let key = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
        switch key {
        case "cooperator", "allc", "alwayscooperate": self = .cooperator
        case "defector", "alld", "alwaysdefect": self = .defector
        case "titfortat", "tft": self = .titForTat
        case "grudger", "grimtrigger", "grim": self = .grudger
        case "titfor2tats", "titfortwotats", "tf2t": self = .titForTwoTats
        case "suspicioustitfortat", "stft": self = .suspiciousTitForTat
        case "alternator": self = .alternator
        case "winstayloseshift", "wsls", "pavlov": self = .winStayLoseShift
        case "random": self = .random
        default: return nil
        }
    }

    /// The eight deterministic strategies of the benchmark tournament, in the peer script's order.
    public static let deterministicEight: [IPDStrategy] = [
        .cooperator, .defector, .titForTat, .grudger, .titForTwoTats, .suspiciousTitForTat, .alternator,
        .winStayLoseShift,
    ]
}

/// What one player of a match remembers: enough for every ``IPDStrategy``.
///
/// Moves are `0` for cooperate and `1` for defect.
public struct IPDMemory: Sendable, Hashable {
    /// The opponent's last move and the one before it.
    public var opponentLast: UInt8 = 0
    public var opponentBeforeLast: UInt8 = 0
    /// This player's own last move.
    public var ownLast: UInt8 = 0
    /// Whether the opponent has ever defected.
    public var opponentHasDefected = false
    /// Number of turns played so far.
    public var turn = 0

    public init() {}

    /// Records one played turn (after noise).
    @inlinable @inline(__always)
    public mutating func record(own: UInt8, opponent: UInt8) {
        opponentBeforeLast = opponentLast
        opponentLast = opponent
        ownLast = own
        if opponent == 1 { opponentHasDefected = true }
        turn &+= 1
    }
}

extension IPDStrategy {
    /// The strategy's intended move (before noise): `0` cooperate, `1` defect.
    ///
    /// Draws from `random` only for ``random``.
    @inlinable @inline(__always)
    public func move(memory m: IPDMemory, random: inout Xoshiro256StarStar) -> UInt8 {
        switch self {
        case .cooperator: return 0
        case .defector: return 1
        case .titForTat: return m.turn == 0 ? 0 : m.opponentLast
        case .grudger: return m.opponentHasDefected ? 1 : 0
        case .titForTwoTats: return (m.turn >= 2 && m.opponentLast == 1 && m.opponentBeforeLast == 1) ? 1 : 0
        case .suspiciousTitForTat: return m.turn == 0 ? 1 : m.opponentLast
        case .alternator: return m.turn == 0 ? 0 : 1 &- m.ownLast
        case .winStayLoseShift:
            // Win (R: C,C or T: D,C) → stay; lose (S: C,D or P: D,D) → shift. Equivalently: cooperate
            // when both played the same move.
            return m.turn == 0 ? 0 : (m.ownLast == m.opponentLast ? 0 : 1)
        case .random: return random.nextDouble() < 0.5 ? 0 : 1
        }
    }
}
