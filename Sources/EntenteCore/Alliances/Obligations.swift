/// The obligations an alliance member takes on toward another, as ATOP codes them.
public struct Obligations: OptionSet, Hashable, Sendable, Codable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// To come to the other's aid militarily if it is attacked.
    public static let defense = Obligations(rawValue: 1 << 0)
    /// To join the other in offensive military action.
    public static let offense = Obligations(rawValue: 1 << 1)
    /// Not to aid the other's adversary.
    public static let neutrality = Obligations(rawValue: 1 << 2)
    /// Not to use force against the other.
    public static let nonAggression = Obligations(rawValue: 1 << 3)
    /// To consult in a crisis.
    public static let consultation = Obligations(rawValue: 1 << 4)

    public static let all: [(Obligations, String)] = [
        (.defense, "defense"), (.offense, "offense"), (.neutrality, "neutrality"),
        (.nonAggression, "non-aggression"), (.consultation, "consultation"),
    ]

    /// The obligation names, in a fixed order.
    public var names: [String] { Obligations.all.filter { contains($0.0) }.map(\.1) }
}
