public import EntenteCore

/// The participants of an organisation on a day — members, partners, associates, observers — with
/// how the answer was reached.
public struct MembershipRoster: Sendable, Codable {
    public struct Entry: Sendable, Codable, Hashable {
        public var state: StateInfo
        public var status: MembershipSpell.Status
        /// The spell is open beyond the source's last observation and assumed to continue.
        public var carriedForward: Bool
    }

    public var organisation: Organisation
    public var asOf: Day
    /// Every state with a spell covering the day, by COW number.
    public var entries: [Entry]
    /// Sources the spells come from.
    public var sources: [String]

    /// Full members only.
    public var members: [StateInfo] { entries.filter { $0.status == .member }.map(\.state) }
}

/// One of a state's alliance obligations in a year.
public struct AllianceObligation: Sendable, Codable {
    public var partner: StateInfo
    /// What the state owes the partner.
    public var owes: [String]
    /// What the partner owes the state.
    public var owed: [String]
    /// ATOP alliance ids (v4.01 member level) linking the two in the year, where recorded.
    public var atopIDs: [Int]
}

/// A state's alliances in a year, or a statement that the year is outside ATOP's coverage.
public struct AllianceReport: Sendable, Codable {
    public var state: StateInfo
    public var year: Int
    /// False when the year is after ATOP's last year: the obligations are unknown, not absent.
    public var covered: Bool
    public var coverage: String
    public var obligations: [AllianceObligation]
}

/// A state's profile on a day: codes, region, capabilities, memberships, alliances, exercise
/// partners and disputes.
public struct StateProfile: Sendable, Codable {
    public struct Membership: Sendable, Codable {
        public var organisation: String
        public var name: String
        public var status: String
        public var since: Day
        /// How precisely ``since`` is known (COW IGO spells are yearly).
        public var sincePrecision: DatePrecision
        public var carriedForward: Bool
        public var source: String
    }

    public struct Partner: Sendable, Codable {
        public var state: StateInfo
        public var activities: Int
    }

    public struct Dispute: Sendable, Codable {
        public var dispute: Int
        public var opponent: StateInfo
        public var year: Int
        public var hostility: Int?
    }

    public var state: StateInfo
    public var asOf: Day
    public var inSystem: Truth
    public var isMajorPower: Truth
    public var capability: Capability?
    public var polyarchy: Double?
    public var memberships: [Membership]
    public var alliances: AllianceReport
    /// Exercise partners in the five years up to ``asOf``.
    public var exercisePartners: [Partner]
    public var recentActivities: [Activity]
    public var disputes: [Dispute]
    public var treaties: [TreatyStatus]
}

/// Which activities to list.
public struct ActivityFilter: Sendable {
    public var state: CowCode?
    public var kind: ActivityKind?
    public var from: Day?
    public var to: Day?
    public var limit: Int?

    public init(state: CowCode? = nil, kind: ActivityKind? = nil, from: Day? = nil, to: Day? = nil, limit: Int? = nil) {
        self.state = state
        self.kind = kind
        self.from = from
        self.to = to
        self.limit = limit
    }
}

/// The kinds of file `entente data import` accepts.
public enum ImportKind: String, Sendable, CaseIterable, Codable {
    case activities, memberships, organisations
    case treatyStatus = "treaty_status"
}

/// What an import added.
public struct ImportSummary: Sendable, Codable {
    public var kind: ImportKind
    public var file: String
    public var records: Int
}
