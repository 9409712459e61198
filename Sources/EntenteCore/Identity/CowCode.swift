/// A state's Correlates of War number, the key every Entente dataset joins on.
///
/// COW numbers are stable across the whole state-system period (1816 onwards), cover states that
/// no longer exist, and are what ATOP, MID, NMC, IGO and MME use; ISO and Gleditsch–Ward codes are
/// translated to them on import.
public struct CowCode: RawRepresentable, Hashable, Comparable, Sendable, Codable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: Int) {
        self.rawValue = rawValue
    }

    public static func < (lhs: CowCode, rhs: CowCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension CowCode: CustomStringConvertible {
    public var description: String { String(rawValue) }
}
