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
            securityOrganisations: profile.memberships.map(\.organisation).filter(security.contains),
            peacekeeping: try await peacekeeping(of: info, year: nil, through: day))
    }

    /// An organisation's participants, or a treaty's parties, on a day — by id, alias or name.
    ///
    /// The headline count is flagged when it rests on carried-forward spells (the source stopped
    /// observing before the day), on a roster the curators record as partial, or when some records
    /// lack the date that would place them on the day (those are listed apart, never counted).
    public func members(organisation: String, asOf day: Day) async throws(EntenteError) -> MembersReport {
        let record = try await store.organisation(named: organisation)
        let roster = try await store.members(of: record.id, asOf: day)
        let counts = MembershipSpell.Status.allCases.compactMap { status -> MembersReport.StatusCount? in
            let n = roster.entries.filter { $0.status == status }.count
            return n > 0 ? MembersReport.StatusCount(status: status, count: n) : nil
        }
        let statuses = try await store.treatyParties(record.id)
        let directory = try await store.directory()
        let curatedEnd = DatasetCatalog.span(DatasetCatalog.curatedID).observedUntil
        var caveats: [String] = []
        var carriedForward = roster.entries.contains(where: \.carriedForward)
        var dataEnd = roster.organisation.observedUntil
        var treaty: TreatyRoster?
        var headline = roster.entries.count
        if !statuses.isEmpty && (record.kind == .treaty || roster.entries.isEmpty) {
            let treatyRoster = TreatyRoster(treaty: record.id, asOf: day, statuses: statuses, directory: directory)
            treaty = treatyRoster
            headline = treatyRoster.parties.count
            dataEnd = curatedEnd
            if day > curatedEnd { carriedForward = true }
            if !treatyRoster.dateUnknown.isEmpty {
                let count = treatyRoster.dateUnknown.count
                caveats.append("\(count) \(count == 1 ? "party" : "parties") without a date, listed apart, not counted")
            }
        }
        if carriedForward, let end = dataEnd {
            caveats.append("data end \(end), carried forward")
        }
        if record.completeness == .partial {
            caveats.append("the curated roster is partial: some members or parties have no record yet")
        }
        if !roster.dateUnknown.isEmpty {
            let count = roster.dateUnknown.count
            caveats.append(
                "\(count) \(count == 1 ? "member" : "members") without a joining date, listed apart, not counted")
        }
        let partial =
            record.completeness == .partial || !roster.dateUnknown.isEmpty || !(treaty?.dateUnknown.isEmpty ?? true)
        return MembersReport(
            roster: roster, counts: counts, carriedForward: carriedForward, treaty: treaty, headline: headline,
            partial: partial, caveats: caveats, dataEnd: dataEnd)
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

    /// Other names of organisations and treaties (acronyms, former and full names, Bahasa Indonesia).
    public func organisationAliases() async throws(EntenteError) -> [OrganisationAlias] {
        try await store.organisationAliases()
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
