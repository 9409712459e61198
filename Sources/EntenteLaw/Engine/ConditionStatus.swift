/// The status of one legal condition in an assessment.
public enum ConditionStatus: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// The facts establish the condition.
    case met = 0
    /// The facts establish that the condition fails.
    case notMet = 1
    /// A fact the condition needs is unknown.
    case unknown = 2
    /// The condition does not arise on these facts (e.g. a victim's request in individual self-defence).
    case notApplicable = 3
    /// The facts are known but the law on them is disputed (e.g. self-defence against a non-State actor).
    case contested = 4

    /// The label used in outputs: `met`, `not_met`, `unknown`, `not_applicable`, `contested`.
    public var label: String {
        switch self {
        case .met: "met"
        case .notMet: "not_met"
        case .unknown: "unknown"
        case .notApplicable: "not_applicable"
        case .contested: "contested"
        }
    }

    public var description: String { label }
}

/// The statuses of up to 16 conditions packed four bits each, so an assessment allocates nothing for them.
public struct StatusVector: Sendable, Hashable {
    /// The packed bits.
    public var bits: UInt64 = 0

    /// The most conditions one rule set variant may have.
    public static let capacity = 16

    public init() {}

    /// The status of condition `index`.
    @inlinable public subscript(index: Int) -> ConditionStatus {
        get { ConditionStatus(rawValue: UInt8(truncatingIfNeeded: (bits >> (UInt64(index) &* 4)) & 0xF))! }
        set {
            let shift = UInt64(index) &* 4
            bits = (bits & ~(0xF << shift)) | (UInt64(newValue.rawValue) << shift)
        }
    }
}
