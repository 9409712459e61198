public import EntenteCore
public import EntenteLaw
public import EntenteStore

/// `LawKnowledge` over a ``KnowledgeSnapshot``: synchronous, in-memory lookups.
///
/// State references resolve through the store's state directory (ISO alpha-3, COW codes, names);
/// memberships, treaty parties, ATOP defense pacts and recorded suspensions come from the data,
/// never from the rules.
public struct StoreLawKnowledge: LawKnowledge {
    public let snapshot: KnowledgeSnapshot

    public init(snapshot: KnowledgeSnapshot) {
        self.snapshot = snapshot
    }

    public func resolveState(_ reference: String) throws(EntenteError) -> CowCode {
        try snapshot.directory.resolve(reference).cow
    }

    public func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth {
        snapshot.membership(of: state, in: Self.organisationKey(organisation), on: day)
    }

    public func defensePacts(between first: CowCode, and second: CowCode, on day: Day) -> [DefensePact] {
        snapshot.defensePacts(between: first, and: second, on: day).map(Self.pact)
    }

    public func defensePact(atopID: Int, on day: Day) -> DefensePact? {
        guard let rows = snapshot.pacts[atopID] else { return nil }
        let current = rows.filter { $0.defense && $0.period.contains(day) }
        return (current.first ?? rows.first { $0.defense }).map(Self.pact)
    }

    public func obligationSuspended(of state: CowCode, towards: CowCode, in organisation: String, on day: Day)
        -> Truth
    {
        snapshot.obligationSuspended(of: state, towards: towards, in: Self.organisationKey(organisation), on: day)
    }

    public func stateName(_ state: CowCode) -> String? {
        snapshot.directory.state(state)?.name
    }

    /// Treaty names as the rules write them, as store keys (`Rio` → `RIO`). Any treaty the snapshot
    /// has in `treaty_status` answers from its parties (the Rio Treaty under `RIO`, not OAS
    /// membership: several OAS members left the TIAR); a treaty it lacks answers unknown, and the
    /// situation must state `party_member_on_date`. States are read by date through the protocol's
    /// default ``LawKnowledge/resolveState(_:on:)`` (``StateSuccession``), then the directory.
    static func organisationKey(_ name: String) -> String {
        Organisation.key(name)
    }

    static func pact(_ row: AllianceMembership) -> DefensePact {
        DefensePact(
            atopID: row.atopID, name: "ATOP alliance \(row.atopID) (\(row.signedYear))",
            conditional: Truth(row.conditional), specificAttackers: row.specificAdversary ? row.specificThreats : [],
            nonMemberAttackerOnly: .no, locationLimited: Truth(row.locationLimited),
            locationDescription: row.locationLimited
                ? "ATOP codes the defense obligation as limited to a location" : nil)
    }
}
