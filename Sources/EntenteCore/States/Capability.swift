/// A state's material capabilities in one year (COW National Material Capabilities).
///
/// Every field is optional: the source leaves gaps, and a gap is unknown, not zero.
public struct Capability: Hashable, Sendable, Codable {
    public var state: CowCode
    public var year: Int
    /// Military expenditure, thousands of current US dollars from 1914 (pounds sterling before).
    public var militaryExpenditure: Double?
    /// Military personnel, thousands.
    public var militaryPersonnel: Double?
    public var ironSteel: Double?
    public var energy: Double?
    /// Total population, thousands.
    public var population: Double?
    public var urbanPopulation: Double?
    /// Composite Index of National Capability: the state's average share of the world's six indicators.
    public var cinc: Double?

    public init(
        state: CowCode, year: Int, militaryExpenditure: Double?, militaryPersonnel: Double?, ironSteel: Double?,
        energy: Double?, population: Double?, urbanPopulation: Double?, cinc: Double?
    ) {
        self.state = state
        self.year = year
        self.militaryExpenditure = militaryExpenditure
        self.militaryPersonnel = militaryPersonnel
        self.ironSteel = ironSteel
        self.energy = energy
        self.population = population
        self.urbanPopulation = urbanPopulation
        self.cinc = cinc
    }
}
