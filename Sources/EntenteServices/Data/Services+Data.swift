public import EntenteCore
import EntenteData
import EntenteNetwork
public import EntenteStore
import Foundation

/// What is happening, as of any date: states, profiles, memberships, alliances, activities, sources.
extension Services {
    /// A state named by ISO alpha-3, COW abbreviation or number, or a name (with suggestions when unknown).
    public func state(_ reference: String) async throws(EntenteError) -> StateInfo {
        try await store.directory().resolve(reference)
    }

    /// The states in the system on a day; past the state system's last observation the last list is
    /// carried forward and flagged.
    public func states(asOf day: Day) async throws(EntenteError) -> StatesReport {
        let span = coverage.states
        let states = try await store.states(asOf: min(day, span.observedUntil))
        return StatesReport(asOf: day, states: states, carriedForward: day > span.observedUntil, coverage: span)
    }

    /// A state's profile on a day.
    public func profile(state reference: String, asOf day: Day) async throws(EntenteError) -> ProfileReport {
        let info = try await state(reference)
        let profile = try await store.profile(of: info.cow, asOf: day)
        let c = coverage
        let security = Set(WorldLayers.Options.defaultOrganisations + ["UN"])
        return ProfileReport(
            profile: profile,
            coverage: .init(
                capabilities: c.capabilities, alliances: c.alliances, exercises: c.exercises,
                curatedActivities: c.curatedActivities, disputes: c.disputes, majorPowers: c.majorPowers,
                exerciseYears: (day.year - 4)...day.year, disputeYears: (day.year - 9)...day.year),
            securityOrganisations: profile.memberships.map(\.organisation).filter(security.contains))
    }

    /// An organisation's participants on a day.
    public func members(organisation: String, asOf day: Day) async throws(EntenteError) -> MembersReport {
        let roster = try await store.members(of: organisation, asOf: day)
        let counts = MembershipSpell.Status.allCases.compactMap { status -> MembersReport.StatusCount? in
            let n = roster.entries.filter { $0.status == status }.count
            return n > 0 ? MembersReport.StatusCount(status: status, count: n) : nil
        }
        return MembersReport(
            roster: roster, counts: counts, carriedForward: roster.entries.contains(where: \.carriedForward))
    }

    /// A state's alliance obligations in a year (unknown, not none, outside ATOP's coverage).
    public func alliances(state reference: String, year: Int) async throws(EntenteError) -> AllianceReport {
        try await store.alliances(of: try await state(reference).cow, year: year)
    }

    /// Activities matching a filter, ordered by start day; `state` names a participant by any code
    /// or name (it replaces `filter.state`).
    public func activities(involving state: String?, _ filter: ActivityFilter) async throws(EntenteError)
        -> ActivitiesReport
    {
        if let from = filter.from, let to = filter.to, to < from {
            throw EntenteError(.invalidInput, "The end date \(to) is before the start date \(from).")
        }
        if let limit = filter.limit, limit < 1 {
            throw EntenteError(.invalidInput, "The limit must be at least 1; got \(limit).")
        }
        if filter.offset < 0 {
            throw EntenteError(.invalidInput, "The offset must be at least 0; got \(filter.offset).")
        }
        let directory = try await store.directory()
        var filter = filter
        if let state { filter.state = try directory.resolve(state).cow }
        let activities = try await store.activities(filter)
        let items = activities.map { activity in
            ActivitiesReport.Item(
                activity: activity,
                participantCodes: activity.participants.map { directory.state($0)?.displayCode ?? String($0.rawValue) }
                    + activity.otherParticipants)
        }
        return ActivitiesReport(activities: items, coverage: [coverage.exercises, coverage.curatedActivities])
    }

    /// The organisations, forums and treaty regimes the store knows.
    public func organisations() async throws(EntenteError) -> [Organisation] {
        try await store.organisations()
    }

    /// Every source of the store's records, with version, terms, citation and coverage.
    public func sources() async throws(EntenteError) -> [SourceRecord] {
        try await store.sources()
    }

    /// Imports a CSV or JSON file of user records: the whole file is validated first and a refused
    /// file changes nothing. Cached snapshots are dropped so the next answer sees the import.
    public func importFile(kind: ImportKind, path: String) async throws(EntenteError) -> ImportSummary {
        let bytes = try BundledData.readBytes(URL(filePath: path), displayName: path)
        return try await importRecords(kind: kind, fileName: path, bytes: bytes)
    }

    /// Imports records already in memory (an upload), under `fileName` in errors and the source list.
    public func importRecords(kind: ImportKind, fileName: String, bytes: [UInt8]) async throws(EntenteError)
        -> ImportSummary
    {
        let summary = try await store.importRecords(kind: kind, fileName: fileName, bytes: bytes)
        await snapshots.invalidate()
        return summary
    }

    /// Records of one kind in the import format.
    public func export(kind: ImportKind) async throws(EntenteError) -> ExportTable {
        try await store.export(kind)
    }
}
