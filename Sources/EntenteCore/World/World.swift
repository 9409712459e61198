/// Everything the engines need about the world on one day, in columns indexed by dense ids.
///
/// States in the system on ``asOf`` get ids `0..<stateCount` in COW-number order; every other
/// column is indexed by those ids, so the law, network and simulation engines work on flat arrays
/// rather than dictionaries. A `World` is built by the store and is immutable.
public struct World: Sendable {
    /// A directed obligation between two states, by dense id.
    public struct AllianceEdge: Hashable, Sendable {
        public var from: Int32
        public var to: Int32
        public var obligations: Obligations
        public init(from: Int32, to: Int32, obligations: Obligations) {
            self.from = from
            self.to = to
            self.obligations = obligations
        }
    }

    /// A pair of states by dense id with a kind-specific code (contiguity type, hostility level).
    public struct Pair: Hashable, Sendable {
        public var a: Int32
        public var b: Int32
        public var code: Int32
        public init(a: Int32, b: Int32, code: Int32) {
            self.a = a
            self.b = b
            self.code = code
        }
    }

    public let asOf: Day
    /// States in the system on ``asOf``, ordered by COW number; the position is the dense id.
    public let states: [StateInfo]
    /// Capabilities for the year of ``asOf`` (nil where the source has none).
    public let capabilities: [Capability?]
    /// Whether each state is a COW major power on ``asOf``.
    public let isMajorPower: [Bool]
    /// V-Dem electoral democracy index for the year (0–1).
    public let polyarchy: [Double?]
    /// Members and partners (ADMM-Plus's eight Plus countries) of each organisation on ``asOf`` (dense ids, ascending).
    public let members: [String: [Int32]]
    /// Organisations whose membership on ``asOf`` is carried forward beyond the source's coverage.
    public let membershipCarriedForward: Set<String>
    /// ATOP obligations in force in the year; empty and ``alliancesKnown`` false after ATOP's coverage.
    public let alliances: [AllianceEdge]
    /// Whether the alliance layer is covered by data for the year.
    public let alliancesKnown: Bool
    /// Activities overlapping the year of ``asOf``.
    public let activities: [Activity]
    /// For each activity, the dense ids of its participants that are in the system.
    public let activityParticipants: [[Int32]]
    /// Contiguity pairs (code = COW contiguity type 1–5).
    public let contiguity: [Pair]
    /// Militarized disputes ongoing in the year (code = the higher hostility level of the two sides).
    public let disputes: [Pair]
    /// Strategic rivalries ongoing in the year (code = rivalry number).
    public let rivalries: [Pair]
    /// What the data behind this snapshot covers, source by source, for "unknown after …" answers.
    public let coverage: KnowledgeCoverage

    private let idByCow: [Int: Int32]

    public init(
        asOf: Day, states: [StateInfo], capabilities: [Capability?], isMajorPower: [Bool], polyarchy: [Double?],
        members: [String: [Int32]], membershipCarriedForward: Set<String>, alliances: [AllianceEdge],
        alliancesKnown: Bool, activities: [Activity], activityParticipants: [[Int32]], contiguity: [Pair],
        disputes: [Pair], rivalries: [Pair], coverage: KnowledgeCoverage
    ) {
        precondition(
            capabilities.count == states.count && isMajorPower.count == states.count && polyarchy.count == states.count)
        precondition(activities.count == activityParticipants.count)
        self.asOf = asOf
        self.states = states
        self.capabilities = capabilities
        self.isMajorPower = isMajorPower
        self.polyarchy = polyarchy
        self.members = members
        self.membershipCarriedForward = membershipCarriedForward
        self.alliances = alliances
        self.alliancesKnown = alliancesKnown
        self.activities = activities
        self.activityParticipants = activityParticipants
        self.contiguity = contiguity
        self.disputes = disputes
        self.rivalries = rivalries
        self.coverage = coverage
        var ids: [Int: Int32] = [:]
        for (index, state) in states.enumerated() { ids[state.cow.rawValue] = Int32(index) }
        self.idByCow = ids
    }

    public var stateCount: Int { states.count }

    /// The dense id of a state, or nil when it is not in the system on ``asOf``.
    public func id(of state: CowCode) -> Int32? { idByCow[state.rawValue] }
}
