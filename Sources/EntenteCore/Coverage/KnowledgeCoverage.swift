/// What the knowledge base covers, source by source, for the engines and every coverage message.
///
/// Built once from the dataset catalogue (`DatasetCatalog.knowledgeCoverage` in EntenteData) and
/// carried in every ``World``, so no command or engine writes a year of its own.
public struct KnowledgeCoverage: Hashable, Sendable, Codable {
    /// The state system (COW): the years a World can be built for.
    public var states: DatasetCoverage
    /// Alliance obligations (ATOP directed dyad-years).
    public var alliances: DatasetCoverage
    /// ATOP's member-level provisions (conditions, ids).
    public var allianceProvisions: DatasetCoverage
    /// Multinational military exercises (MME).
    public var exercises: DatasetCoverage
    /// Curated activities after MME: exercises, dialogues, agreements (partial).
    public var curatedActivities: DatasetCoverage
    /// COW IGO membership spells.
    public var organisations: DatasetCoverage
    /// UN General Assembly roll-call votes.
    public var votes: DatasetCoverage
    /// National material capabilities (NMC).
    public var capabilities: DatasetCoverage
    /// Militarized interstate disputes (MID).
    public var disputes: DatasetCoverage
    /// COW major-power status.
    public var majorPowers: DatasetCoverage

    public init(
        states: DatasetCoverage, alliances: DatasetCoverage, allianceProvisions: DatasetCoverage,
        exercises: DatasetCoverage, curatedActivities: DatasetCoverage, organisations: DatasetCoverage,
        votes: DatasetCoverage, capabilities: DatasetCoverage, disputes: DatasetCoverage, majorPowers: DatasetCoverage
    ) {
        self.states = states
        self.alliances = alliances
        self.allianceProvisions = allianceProvisions
        self.exercises = exercises
        self.curatedActivities = curatedActivities
        self.organisations = organisations
        self.votes = votes
        self.capabilities = capabilities
        self.disputes = disputes
        self.majorPowers = majorPowers
    }

    /// The years for which a World can be built: the state system to the last curated year.
    public var worldYears: ClosedRange<Int> {
        states.firstYear...max(states.lastYear, curatedActivities.lastYear)
    }

    /// One sentence for messages about a year outside the data.
    public var summary: String {
        "the knowledge base covers \(worldYears.lowerBound)–\(worldYears.upperBound): alliances (ATOP) "
            + "\(alliances.text), exercises \(exercises.text) (MME) and \(curatedActivities.text) (curated, partial), "
            + "agreements and dialogues \(curatedActivities.text) (curated, partial), security organisations "
            + "\(organisations.firstYear)–\(worldYears.upperBound) (COW IGO carried forward after "
            + "\(organisations.lastYear)), UN votes \(votes.text)"
    }
}
