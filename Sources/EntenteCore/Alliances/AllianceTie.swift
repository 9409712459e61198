/// One state's obligations toward another in one year (ATOP directed dyad-year).
public struct AllianceTie: Hashable, Sendable, Codable {
    /// The state that owes the obligations.
    public var from: CowCode
    /// The state they are owed to.
    public var to: CowCode
    public var year: Int
    public var obligations: Obligations
    /// ATOP alliances that create the obligations (from the member-level file), when known.
    public var alliances: [Int]

    public init(from: CowCode, to: CowCode, year: Int, obligations: Obligations, alliances: [Int] = []) {
        self.from = from
        self.to = to
        self.year = year
        self.obligations = obligations
        self.alliances = alliances
    }
}
