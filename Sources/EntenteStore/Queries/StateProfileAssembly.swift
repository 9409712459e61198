import EntenteCore
import EntenteData

/// The reads a state profile needs beyond the store's own questions (alliances, activities, treaty
/// status); each backend answers them in its SQL, turning the rows into values with the decoders
/// below, and ``assembleProfile(of:asOf:)`` does the rest, once for every backend.
protocol StateProfileReads: KnowledgeReader {
    /// Whether the state's spells in `state_system` or `major_power` cover the day (``truth(_:on:)``).
    func spellTruth(in table: StateSpellTable, of state: CowCode, on day: Day) async throws(EntenteError) -> Truth
    /// The state's capabilities in the year, from its `nmc` row (``capability(_:state:year:)``).
    func capability(of state: CowCode, year: Int) async throws(EntenteError) -> Capability?
    /// The state's V-Dem polyarchy score of the year, if recorded.
    func polyarchy(of state: CowCode, year: Int) async throws(EntenteError) -> Double?
    /// The state's membership spells covering the day, by organisation (``membership(_:on:)``).
    func profileMemberships(of state: CowCode, on day: Day) async throws(EntenteError) -> [StateProfile.Membership]
    /// The state's dispute dyad-years in the years, latest first then by dispute (``dispute(_:directory:)``).
    func profileDisputes(of state: CowCode, fromYear: Int, toYear: Int, directory: StateDirectory)
        async throws(EntenteError) -> [StateProfile.Dispute]
}

/// The tables of state spells a profile reads.
enum StateSpellTable: String, Sendable {
    case system = "state_system"
    case majorPowers = "major_power"
}

/// Rows of a profile's reads turned into its parts, shared by every backend.
enum StateProfileRows {
    /// Whether spells (`start_day`, `end_day`, `observed_until`) cover a day: unknown when only an
    /// open spell past its table's last observed day covers it.
    static func truth(_ spells: [some RecordRow], on day: Day) -> Truth {
        var answer = Truth.no
        for row in spells {
            guard let start = row.day("start_day") else { continue }
            let spell = DayInterval(start: start, end: row.day("end_day"))
            answer = answer || spell.covers(day, observedUntil: row.day("observed_until"))
        }
        return answer
    }

    /// A state's `nmc` row of the year.
    static func capability(_ row: some RecordRow, state: CowCode, year: Int) -> Capability {
        Capability(
            state: state, year: year, militaryExpenditure: row.double("milex"), militaryPersonnel: row.double("milper"),
            ironSteel: row.double("irst"), energy: row.double("pec"), population: row.double("tpop"),
            urbanPopulation: row.double("upop"), cinc: row.double("cinc"))
    }

    /// A membership spell covering `day`: `organisation`, `name` (the organisation's), `status`,
    /// `start_day`, `date_precision`, `end_day`, `observed_until`, `source`.
    static func membership(_ row: some RecordRow, on day: Day) -> StateProfile.Membership {
        StateProfile.Membership(
            organisation: row.string("organisation"), name: row.string("name"), status: row.string("status"),
            since: row.day("start_day") ?? day,
            sincePrecision: DatePrecision(rawValue: row.string("date_precision")) ?? .day,
            carriedForward: row.text("end_day") == nil && (row.day("observed_until").map { day > $0 } ?? false),
            source: row.string("source"))
    }

    /// A dispute dyad-year: `dispnum`, `ccode2`, `year`, `hostlev1`; nil when the opponent is no known state.
    static func dispute(_ row: some RecordRow, directory: StateDirectory) -> StateProfile.Dispute? {
        guard let opponent = directory.state(CowCode(row.int("ccode2") ?? 0)) else { return nil }
        return StateProfile.Dispute(
            dispute: row.int("dispnum") ?? 0, opponent: opponent, year: row.int("year") ?? 0,
            hostility: row.int("hostlev1"))
    }
}

extension StateProfileReads {
    /// A state's profile on a day, from the reads above and the store's own questions.
    func assembleProfile(of state: CowCode, asOf day: Day) async throws(EntenteError) -> StateProfile {
        let directory = try await directory()
        guard let info = directory.state(state) else {
            throw EntenteError(.unknownState, "No state has COW number \(state).")
        }
        let year = day.year
        let inSystem = try await spellTruth(in: .system, of: state, on: day)
        var majorPower = try await spellTruth(in: .majorPowers, of: state, on: day)
        // After COW's major-power list ends, a state not on it is not known to be minor.
        if majorPower == .no && year > DatasetCatalog.knowledgeCoverage.majorPowers.lastYear {
            majorPower = .unknown
        }
        let capability = try await capability(of: state, year: year)
        let polyarchy = try await polyarchy(of: state, year: year)
        let memberships = try await profileMemberships(of: state, on: day)
        let alliances = try await profileAlliances(of: state, year: year)
        let from = Day(year: year - 4, month: 1, day: 1) ?? day
        let recent = try await activities(ActivityFilter(state: state, from: from, to: day))
        var partnerCounts: [CowCode: Int] = [:]
        for activity in recent where activity.kind == .exercise {
            for partner in activity.participants where partner != state { partnerCounts[partner, default: 0] += 1 }
        }
        let partners = partnerCounts.compactMap { code, count in
            directory.state(code).map { StateProfile.Partner(state: $0, activities: count) }
        }
        .sorted { $0.activities != $1.activities ? $0.activities > $1.activities : $0.state.cow < $1.state.cow }
        let disputes = try await profileDisputes(of: state, fromYear: year - 9, toYear: year, directory: directory)
        // Standing on the day: a treaty joined later is not yet shown, a later withdrawal not yet made.
        let treaties = try await treatyStatuses(of: state).compactMap { $0.standing(on: day) }
        return StateProfile(
            state: info, asOf: day, inSystem: inSystem, isMajorPower: majorPower, capability: capability,
            polyarchy: polyarchy, memberships: memberships, alliances: alliances, exercisePartners: partners,
            recentActivities: Array(recent.suffix(10)), disputes: disputes, treaties: treaties)
    }

    /// The year's alliances; past ATOP's last year, the last recorded year, flagged as such, rather than nothing.
    private func profileAlliances(of state: CowCode, year: Int) async throws(EntenteError) -> AllianceReport {
        let span = AllianceAnswers.atopSpan
        var alliances = try await alliances(of: state, year: year)
        if !alliances.covered && year > span.lastYear {
            alliances = try await self.alliances(of: state, year: span.lastYear)
            alliances.covered = false
            alliances.coverage +=
                "; showing \(span.lastYear), the last recorded year — obligations in \(year) are unknown"
        }
        return alliances
    }
}
