public import EntenteCore

/// Everything the legal engine may ask the knowledge base, loaded once into memory so its
/// synchronous, per-assessment lookups cost microseconds: state names, membership spells, treaty
/// status, ATOP defense pacts with their conditions, and recorded suspensions of obligations.
public struct KnowledgeSnapshot: Sendable {
    /// A recorded suspension of one party's obligations toward another.
    public struct Suspension: Sendable, Hashable {
        public var organisation: String
        public var state: CowCode
        public var towards: CowCode
        public var period: DayInterval
        public var note: String?

        public init(organisation: String, state: CowCode, towards: CowCode, period: DayInterval, note: String?) {
            self.organisation = organisation
            self.state = state
            self.towards = towards
            self.period = period
            self.note = note
        }
    }

    public let directory: StateDirectory
    /// Membership spells (members and partners) by organisation key.
    public let spells: [String: [MembershipSpell]]
    /// Organisations the store knows, so a question about an unknown one answers unknown.
    public let organisations: Set<String>
    /// Treaty status by treaty key.
    public let treaties: [String: [TreatyStatus]]
    /// ATOP member-phase rows by alliance id (ATOP 4.01 member level).
    public let pacts: [Int: [AllianceMembership]]
    /// ATOP member-phase rows with a defense obligation, by member.
    public let pactsByMember: [CowCode: [AllianceMembership]]
    public let suspensions: [Suspension]
    /// ATOP 4.01's last observed year.
    public let atopObservedUntil: Day

    public init(
        directory: StateDirectory, spells: [String: [MembershipSpell]], organisations: Set<String>,
        treaties: [String: [TreatyStatus]], pacts: [AllianceMembership], suspensions: [Suspension],
        atopObservedUntil: Day
    ) {
        self.directory = directory
        self.spells = spells
        self.organisations = organisations
        self.treaties = treaties
        self.pacts = Dictionary(grouping: pacts, by: \.atopID)
        self.pactsByMember = Dictionary(grouping: pacts.filter(\.defense), by: \.member)
        self.suspensions = suspensions
        self.atopObservedUntil = atopObservedUntil
    }

    /// Whether a state belongs to an organisation, is a party to a treaty, or (key `ATOP:<id>`)
    /// a member of an ATOP alliance, on a day.
    public func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth {
        let key = Organisation.key(organisation)
        if key.hasPrefix("ATOP:"), let id = Int(key.dropFirst(5)) {
            guard let rows = pacts[id] else { return .unknown }
            var answer = Truth.no
            for row in rows where row.member == state {
                answer = answer || row.period.covers(day, observedUntil: atopObservedUntil)
            }
            return answer
        }
        if let statuses = treaties[key], spells[key] == nil {
            return statuses.first { $0.state == state }?.isParty(on: day) ?? .no
        }
        guard organisations.contains(key) else { return .unknown }
        var answer = Truth.no
        for spell in spells[key] ?? [] where spell.state == state {
            answer = answer || spell.covers(day)
        }
        return answer
    }

    /// ATOP alliances in force on the day in which `second` owes a defense obligation and `first` is
    /// a member — the pacts under which `second` would come to `first`'s aid. ATOP obligations can
    /// be one-sided (Japan owes the United States no defense under their 1960 treaty), so the order
    /// matters.
    public func defensePacts(between first: CowCode, and second: CowCode, on day: Day) -> [AllianceMembership] {
        let owed = (pactsByMember[second] ?? []).filter { $0.period.contains(day) }
        var seen = Set<Int>()
        return owed.filter { pact in
            let firstIsMember = (pacts[pact.atopID] ?? []).contains { $0.member == first && $0.period.contains(day) }
            return firstIsMember && seen.insert(pact.atopID).inserted
        }
    }

    /// Whether `state`'s obligations toward `towards` under an organisation are suspended on a day.
    public func obligationSuspended(of state: CowCode, towards: CowCode, in organisation: String, on day: Day) -> Truth
    {
        let key = Organisation.key(organisation)
        let recorded = suspensions.contains {
            $0.organisation == key && $0.state == state && $0.towards == towards && $0.period.contains(day)
        }
        return recorded ? .yes : .no
    }
}
