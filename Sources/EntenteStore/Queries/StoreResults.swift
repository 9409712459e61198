public import EntenteCore

/// The participants of an organisation on a day — members, partners, associates, observers — with
/// how the answer was reached.
public struct MembershipRoster: Sendable, Codable {
    public struct Entry: Sendable, Codable, Hashable {
        public var state: StateInfo
        public var status: MembershipSpell.Status
        /// The spell is open beyond the source's last observation and assumed to continue.
        public var carriedForward: Bool

        public init(state: StateInfo, status: MembershipSpell.Status, carriedForward: Bool) {
            self.state = state
            self.status = status
            self.carriedForward = carriedForward
        }
    }

    public var organisation: Organisation
    public var asOf: Day
    /// Every state with a spell covering the day, by COW number.
    public var entries: [Entry]
    /// Sources the spells come from.
    public var sources: [String]
    /// States holding an open spell whose start the source does not give: perhaps participants on
    /// the day, perhaps not yet. Listed apart and never counted with ``entries``.
    public var dateUnknown: [Entry]

    public init(organisation: Organisation, asOf: Day, entries: [Entry], sources: [String], dateUnknown: [Entry] = []) {
        self.organisation = organisation
        self.asOf = asOf
        self.entries = entries
        self.sources = sources
        self.dateUnknown = dateUnknown
    }

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

    public init(partner: StateInfo, owes: [String], owed: [String], atopIDs: [Int]) {
        self.partner = partner
        self.owes = owes
        self.owed = owed
        self.atopIDs = atopIDs
    }
}

/// A state's alliances in a year, or a statement that the year is outside ATOP's coverage.
public struct AllianceReport: Sendable, Codable {
    public var state: StateInfo
    public var year: Int
    /// False when the year is after ATOP's last year: the obligations are unknown, not absent.
    public var covered: Bool
    public var coverage: String
    public var obligations: [AllianceObligation]

    public init(state: StateInfo, year: Int, covered: Bool, coverage: String, obligations: [AllianceObligation]) {
        self.state = state
        self.year = year
        self.covered = covered
        self.coverage = coverage
        self.obligations = obligations
    }
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

        public init(
            organisation: String, name: String, status: String, since: Day, sincePrecision: DatePrecision,
            carriedForward: Bool, source: String
        ) {
            self.organisation = organisation
            self.name = name
            self.status = status
            self.since = since
            self.sincePrecision = sincePrecision
            self.carriedForward = carriedForward
            self.source = source
        }
    }

    public struct Partner: Sendable, Codable {
        public var state: StateInfo
        public var activities: Int

        public init(state: StateInfo, activities: Int) {
            self.state = state
            self.activities = activities
        }
    }

    public struct Dispute: Sendable, Codable {
        public var dispute: Int
        public var opponent: StateInfo
        public var year: Int
        public var hostility: Int?

        public init(dispute: Int, opponent: StateInfo, year: Int, hostility: Int?) {
            self.dispute = dispute
            self.opponent = opponent
            self.year = year
            self.hostility = hostility
        }
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

    public init(
        state: StateInfo, asOf: Day, inSystem: Truth, isMajorPower: Truth, capability: Capability?,
        polyarchy: Double?, memberships: [Membership], alliances: AllianceReport, exercisePartners: [Partner],
        recentActivities: [Activity], disputes: [Dispute], treaties: [TreatyStatus]
    ) {
        self.state = state
        self.asOf = asOf
        self.inSystem = inSystem
        self.isMajorPower = isMajorPower
        self.capability = capability
        self.polyarchy = polyarchy
        self.memberships = memberships
        self.alliances = alliances
        self.exercisePartners = exercisePartners
        self.recentActivities = recentActivities
        self.disputes = disputes
        self.treaties = treaties
    }
}

/// Which activities to list.
public struct ActivityFilter: Sendable {
    public var state: CowCode?
    public var kind: ActivityKind?
    public var from: Day?
    public var to: Day?
    public var limit: Int?
    /// Matching activities to skip first, in the listing's order (for paging).
    public var offset: Int

    public init(
        state: CowCode? = nil, kind: ActivityKind? = nil, from: Day? = nil, to: Day? = nil, limit: Int? = nil,
        offset: Int = 0
    ) {
        self.state = state
        self.kind = kind
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
    }
}

/// The kinds of file `entente data import` accepts.
public enum ImportKind: String, Sendable, CaseIterable, Codable {
    case activities, memberships, organisations
    case treatyStatus = "treaty_status"
}

/// What an import added.
public struct ImportSummary: Sendable, Codable, Hashable {
    public var kind: ImportKind
    public var file: String
    public var records: Int

    public init(kind: ImportKind, file: String, records: Int) {
        self.kind = kind
        self.file = file
        self.records = records
    }
}

/// Rows in the import format of one kind, so an export can be edited and imported again.
public struct ExportTable: Sendable, Codable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }
}

/// One state's vote on one UN General Assembly roll call, for customary-law evidence.
public struct RollCallVote: Sendable, Hashable, Codable {
    public var rollCall: Int
    /// The resolution symbol as the data writes it (e.g. `R/33/96`), or the roll call's id when it has none.
    public var resolution: String
    public var year: Int
    public var state: CowCode
    public var vote: VoteChoice

    public init(rollCall: Int, resolution: String, year: Int, state: CowCode, vote: VoteChoice) {
        self.rollCall = rollCall
        self.resolution = resolution
        self.year = year
        self.state = state
        self.vote = vote
    }
}
