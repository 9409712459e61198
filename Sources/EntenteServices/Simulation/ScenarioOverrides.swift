/// What a front end changes in a scenario file before running it.
public struct ScenarioOverrides: Sendable, Hashable {
    public var seed: UInt64?
    public var replicates: Int?
    public var horizon: Int?
    /// Parameter assignments `name=value`, applied in order and checked against the model.
    public var assignments: [String]

    public init(seed: UInt64? = nil, replicates: Int? = nil, horizon: Int? = nil, assignments: [String] = []) {
        self.seed = seed
        self.replicates = replicates
        self.horizon = horizon
        self.assignments = assignments
    }
}
