/// What panel to build: the unit, the years, the states, the politically relevant filter and the
/// column groups.
public struct PanelRequest: Sendable, Codable, Hashable {
    public var unit: PanelUnit
    public var from: Int
    public var to: Int
    /// States (codes or names) the panel is limited to: state-years of these states, dyads whose
    /// two states are both listed. Empty = every state in the system.
    public var states: [String]
    /// Keep only politically relevant dyads: contiguous (see ``prdContiguity``) or with a COW major power.
    public var politicallyRelevant: Bool
    /// The widest COW contiguity type that counts as contiguous for ``politicallyRelevant``:
    /// 1 = land or river border (the default, as in Lemke and Reed 2001's "directly contiguous by
    /// land"), 2–5 = separated by at most 12, 24, 150 or 400 miles of water.
    public var prdContiguity: Int
    public var groups: [PanelGroup]

    public init(
        unit: PanelUnit, from: Int, to: Int, states: [String] = [], politicallyRelevant: Bool = false,
        prdContiguity: Int = 1, groups: [PanelGroup]
    ) {
        self.unit = unit
        self.from = from
        self.to = to
        self.states = states
        self.politicallyRelevant = politicallyRelevant
        self.prdContiguity = prdContiguity
        self.groups = groups
    }
}
