/// A UN General Assembly roll-call vote and what it was about.
public struct RollCall: Hashable, Sendable, Codable {
    public var id: Int
    public var session: Int
    public var date: Day?
    /// The resolution symbol (`R/1/66`, `A/RES/74/45`).
    public var resolution: String?
    /// Whether the US State Department listed it as an important vote (from session 39).
    public var important: Bool
    public var title: String?
    /// Issue tags from the Voeten data (e.g. "Nuclear weapons and nuclear material").
    public var issues: [String]

    public init(
        id: Int, session: Int, date: Day?, resolution: String?, important: Bool, title: String?, issues: [String]
    ) {
        self.id = id
        self.session = session
        self.date = date
        self.resolution = resolution
        self.important = important
        self.title = title
        self.issues = issues
    }
}

/// How a state voted on a roll call. Absence is not a vote: the data leave absent states out.
public enum VoteChoice: String, Hashable, Sendable, Codable, CaseIterable {
    case yes, abstain, no
}

/// Two states' votes on the roll calls both took part in, aligned.
public struct VotePair: Sendable {
    public var first: CowCode
    public var second: CowCode
    public var rollCalls: [Int]
    public var firstVotes: [VoteChoice]
    public var secondVotes: [VoteChoice]

    public init(first: CowCode, second: CowCode, rollCalls: [Int], firstVotes: [VoteChoice], secondVotes: [VoteChoice])
    {
        precondition(rollCalls.count == firstVotes.count && firstVotes.count == secondVotes.count)
        self.first = first
        self.second = second
        self.rollCalls = rollCalls
        self.firstVotes = firstVotes
        self.secondVotes = secondVotes
    }
}
