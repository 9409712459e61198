// Reports are built by the services and read by the front ends, so their initialisers are the
// synthesised internal ones.

public import EntenteCore
public import EntenteStore

/// The states in the system on a day.
public struct StatesReport: Codable, Sendable {
    public var asOf: Day
    public var states: [StateInfo]
    /// The day is past the state system's last observation: the list is the last one observed,
    /// carried forward.
    public var carriedForward: Bool
    public var coverage: DatasetCoverage
}

/// A state's profile on a day, with the coverage of each source it draws on, so a front end can
/// say "unknown after …" without a year of its own.
public struct ProfileReport: Codable, Sendable {
    /// The coverage behind each section of the profile.
    public struct Sections: Codable, Sendable {
        public var capabilities: DatasetCoverage
        public var alliances: DatasetCoverage
        public var exercises: DatasetCoverage
        public var curatedActivities: DatasetCoverage
        public var disputes: DatasetCoverage
        public var majorPowers: DatasetCoverage
        /// Years of the exercise-partner window (the five years up to the day).
        public var exerciseYears: ClosedRange<Int>
        /// Years of the dispute window (the ten years up to the day).
        public var disputeYears: ClosedRange<Int>
    }

    public var profile: StateProfile
    public var coverage: Sections
    /// Ids of the profile's memberships that are security and defence bodies (the network's
    /// organisation layer, plus the UN); the rest are other organisations.
    public var securityOrganisations: [String]
    /// The state's recorded UN peacekeeping month-end totals up to the day, with the figure for the
    /// day's year (unknown when no row is for that year) and the partial-record flag.
    public var peacekeeping: PeacekeepingReport
}

/// An organisation's participants on a day.
public struct MembersReport: Codable, Sendable {
    /// How many participants hold one status.
    public struct StatusCount: Codable, Sendable, Hashable {
        public var status: MembershipSpell.Status
        public var count: Int
    }

    public var roster: MembershipRoster
    /// Participants by status (member, partner, observer …), in the vocabulary's order; statuses
    /// nobody holds are left out.
    public var counts: [StatusCount]
    /// At least one spell is open past its source's last observation and assumed to continue (or,
    /// for a treaty, the day is past the curated record's last observation).
    public var carriedForward: Bool
    /// For a treaty: its parties, signatories and withdrawals on the day (nil for organisations).
    public var treaty: TreatyRoster?
    /// The headline number: participants on the day for an organisation, parties for a treaty.
    /// Records without a date (``MembershipRoster/dateUnknown``, ``TreatyRoster/dateUnknown``) are
    /// never in it.
    public var headline: Int
    /// The headline may be too low: the curators record the roster as partial, or some records
    /// lack the date that would place them on the day.
    public var partial: Bool
    /// Why the headline is flagged, in words (empty when it is not).
    public var caveats: [String]
    /// The last day the data behind the answer observe.
    public var dataEnd: Day?
}

/// Activities matching a filter, each with its participants' display codes.
public struct ActivitiesReport: Codable, Sendable {
    public struct Item: Codable, Sendable {
        public var activity: Activity
        /// Participants in the system, by display code (ISO alpha-3, else the COW abbreviation),
        /// then participants the data names but the state list lacks.
        public var participantCodes: [String]
    }

    public var activities: [Item]
    /// MME exercises, then the curated record (partial): absence of a row is not absence of activity.
    public var coverage: [DatasetCoverage]
}
