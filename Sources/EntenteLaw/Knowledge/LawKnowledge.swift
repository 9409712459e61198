public import EntenteCore

/// What the legal engine needs to know about the world: which State a reference names, and who
/// belonged to which treaty or organisation on a day.
///
/// The engine never hard-codes a membership date: it asks this protocol, and a fact given in the
/// situation (such as `party_member_on_date`) overrides the answer. The store-backed implementation
/// lives outside `EntenteLaw`; tests use a small fixture.
///
/// Organisation keys the rule sets ask about: `NATO`, `ANZUS`, `Rio` (the Inter-American Treaty of
/// Reciprocal Assistance; `OAS` is a different organisation), `CSTO`, `ASEAN`, `OSCE`, `UN`, and
/// `ATOP:<atopid>` for an ATOP alliance.
public protocol LawKnowledge: Sendable {
    /// Resolves a State reference — ISO 3166 alpha-3 (`USA`), a COW code (`2`) or a name
    /// (`United States of America`) — to its COW code.
    ///
    /// - Throws: `EntenteError` with code `.unknownState` and a message that names the reference
    ///   and, when it can, suggests close matches ("did you mean …?").
    func resolveState(_ reference: String) throws(EntenteError) -> CowCode

    /// Resolves a State reference as it stood on `day`: `CZE` in 1968 is Czechoslovakia (COW 315),
    /// and withdrawn ISO codes (`SUN`, `CSK`, `YUG`, `DDR`) name the COW state of the day. The
    /// default reads ``StateSuccession`` and falls back to ``resolveState(_:)``.
    func resolveState(_ reference: String, on day: Day) throws(EntenteError) -> CowCode

    /// Whether `state` was a member of (a party to) `organisation` on `day`: `.unknown` when the
    /// data does not cover that organisation or date.
    func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth

    /// The ATOP defense pacts binding both States on `day`, with their conditions.
    func defensePacts(between first: CowCode, and second: CowCode, on day: Day) -> [DefensePact]

    /// An ATOP defense pact by its identifier, as it stood on `day`.
    func defensePact(atopID: Int, on day: Day) -> DefensePact?

    /// Whether `state`'s obligations under `organisation` towards `towards` were suspended on
    /// `day` (e.g. the United States' suspension of ANZUS obligations towards New Zealand from 1986).
    func obligationSuspended(of state: CowCode, towards: CowCode, in organisation: String, on day: Day) -> Truth

    /// A display name for a State, for explanations.
    func stateName(_ state: CowCode) -> String?
}

extension LawKnowledge {
    public func resolveState(_ reference: String, on day: Day) throws(EntenteError) -> CowCode {
        if let code = StateSuccession.cow(for: reference, on: day) { return code }
        return try resolveState(reference)
    }

    public func defensePacts(between first: CowCode, and second: CowCode, on day: Day) -> [DefensePact] { [] }
    public func defensePact(atopID: Int, on day: Day) -> DefensePact? { nil }
    public func obligationSuspended(of state: CowCode, towards: CowCode, in organisation: String, on day: Day)
        -> Truth
    { .unknown }
    public func stateName(_ state: CowCode) -> String? { nil }
}

/// An ATOP defense pact and the conditions that limit its defense obligation.
///
/// ATOP codes an obligation as conditional when it applies only to some attackers or some places;
/// the engine turns those conditions into the `ATTACK_CONDITION` and `TREATY_AREA` conditions.
public struct DefensePact: Sendable, Equatable {
    /// ATOP alliance identifier (`atopid`).
    public var atopID: Int
    /// A name for explanations.
    public var name: String
    /// Whether the defense obligation is conditional at all (ATOP `defcon`); `.no` means it applies
    /// to any armed attack on a member.
    public var conditional: Truth
    /// When the obligation applies only against specific attackers, those States; empty means any.
    public var specificAttackers: [CowCode]
    /// Whether the obligation applies only to attacks by non-members of the pact.
    public var nonMemberAttackerOnly: Truth
    /// Whether the obligation is limited to a location (ATOP location condition).
    public var locationLimited: Truth
    /// A description of the location limit, for explanations.
    public var locationDescription: String?

    public init(
        atopID: Int, name: String, conditional: Truth = .no, specificAttackers: [CowCode] = [],
        nonMemberAttackerOnly: Truth = .no, locationLimited: Truth = .no, locationDescription: String? = nil
    ) {
        self.atopID = atopID
        self.name = name
        self.conditional = conditional
        self.specificAttackers = specificAttackers
        self.nonMemberAttackerOnly = nonMemberAttackerOnly
        self.locationLimited = locationLimited
        self.locationDescription = locationDescription
    }

    /// The organisation key for ``LawKnowledge/membership(of:in:on:)``.
    public var organisationKey: String { "ATOP:\(atopID)" }
}

/// A knowledge base that knows no State and no membership: every membership is unknown.
public struct EmptyLawKnowledge: LawKnowledge {
    public init() {}
    public func resolveState(_ reference: String) throws(EntenteError) -> CowCode {
        if let code = Int(reference) { return CowCode(code) }
        throw EntenteError(.unknownState, "The State \"\(reference)\" is not known: no knowledge base is loaded.")
    }
    public func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth { .unknown }
}
