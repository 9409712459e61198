/// A state as the knowledge base knows it: its codes in each system and its region.
public struct StateInfo: Hashable, Sendable, Codable {
    /// Correlates of War number, the key.
    public var cow: CowCode
    /// COW three-letter abbreviation (e.g. `ROK`).
    public var cowAbbreviation: String
    /// The COW name (e.g. `South Korea`).
    public var name: String
    /// ISO 3166-1 alpha-3, when the state has one (historical states often do not).
    public var iso3: String?
    /// ISO 3166-1 alpha-2.
    public var iso2: String?
    /// Gleditsch–Ward numbers (usually one).
    public var gleditschWard: [Int]
    /// The region implied by the COW number.
    public var region: Region { Region(cow: cow) }

    public init(cow: CowCode, cowAbbreviation: String, name: String, iso3: String?, iso2: String?, gleditschWard: [Int])
    {
        self.cow = cow
        self.cowAbbreviation = cowAbbreviation
        self.name = name
        self.iso3 = iso3
        self.iso2 = iso2
        self.gleditschWard = gleditschWard
    }

    /// ISO alpha-3 when known, else the COW abbreviation: the code to show people.
    public var displayCode: String { iso3 ?? cowAbbreviation }
}
