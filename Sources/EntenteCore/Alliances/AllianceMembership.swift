/// One member's place in an ATOP alliance during one phase: its obligations and their conditions.
///
/// ATOP codes an obligation as conditional when it applies only to some attackers, some places or
/// some circumstances; the legal engine turns those conditions into its `ATTACK_CONDITION` and
/// `TREATY_AREA` conditions.
public struct AllianceMembership: Sendable, Hashable {
    /// ATOP alliance id (`atopid`).
    public var atopID: Int
    public var member: CowCode
    /// The member's entry and exit (open when ATOP records it as still in force).
    public var period: DayInterval
    /// Whether the member holds a defense obligation (ATOP `defense`).
    public var defense: Bool
    /// ATOP `defcon`: the defense obligation is conditional.
    public var conditional: Bool
    /// ATOP `defcoadv`: conditional on a specific adversary (named in ``specificThreats``).
    public var specificAdversary: Bool
    /// ATOP `defcoloc`: conditional on the location of the attack.
    public var locationLimited: Bool
    /// ATOP `statthr1`/`statthr2`: states named as the threat.
    public var specificThreats: [CowCode]
    /// The year the member entered.
    public var signedYear: Int

    public init(
        atopID: Int, member: CowCode, period: DayInterval, defense: Bool, conditional: Bool, specificAdversary: Bool,
        locationLimited: Bool, specificThreats: [CowCode], signedYear: Int
    ) {
        self.atopID = atopID
        self.member = member
        self.period = period
        self.defense = defense
        self.conditional = conditional
        self.specificAdversary = specificAdversary
        self.locationLimited = locationLimited
        self.specificThreats = specificThreats
        self.signedYear = signedYear
    }
}
