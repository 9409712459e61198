/// One year of a militarized interstate dispute between two states (MID 5 directed dyad-year).
public struct DisputeDyad: Hashable, Sendable, Codable {
    public var dispute: Int
    public var state: CowCode
    public var opponent: CowCode
    public var year: Int
    /// Highest hostility level the state reached (1 no militarized action … 5 war).
    public var hostility: Int?
    /// Whether the state was on the side that started the dispute.
    public var originator: Bool?

    public init(dispute: Int, state: CowCode, opponent: CowCode, year: Int, hostility: Int?, originator: Bool?) {
        self.dispute = dispute
        self.state = state
        self.opponent = opponent
        self.year = year
        self.hostility = hostility
        self.originator = originator
    }
}
