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

    /// Every flag with its ``ObligationType`` spelling, in a fixed order.
    public static let all: [(Obligations, String)] = ObligationType.allCases.map { ($0.flag, $0.rawValue) }

    /// The obligation names, in a fixed order.
    public var names: [String] { types.map(\.rawValue) }

    /// The obligation types set, in a fixed order.
    public var types: [ObligationType] { ObligationType.allCases.filter { contains($0.flag) } }
}
