public import EntenteCore
import EntenteData
import GRDB

extension SQLiteStore {
    public func profile(of state: CowCode, asOf day: Day) async throws(EntenteError) -> StateProfile {
        let directory = try await directory()
        guard let info = directory.state(state) else {
            throw EntenteError(.unknownState, "No state has COW number \(state).")
        }
        let year = day.year
        let inSystem = try await read { db in try Self.spellTruth(db, table: "state_system", state: state, on: day) }
        var majorPower = try await read { db in try Self.spellTruth(db, table: "major_power", state: state, on: day) }
        // After COW's major-power list ends, a state not on it is not known to be minor.
        if majorPower == .no && year > DatasetCatalog.knowledgeCoverage.majorPowers.lastYear {
            majorPower = .unknown
        }
        let capability = try await read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM nmc WHERE ccode = ? AND year = ?", arguments: [state.rawValue, year]
            ).map {
                Capability(
                    state: state, year: year, militaryExpenditure: $0["milex"], militaryPersonnel: $0["milper"],
                    ironSteel: $0["irst"], energy: $0["pec"], population: $0["tpop"], urbanPopulation: $0["upop"],
                    cinc: $0["cinc"])
            }
        }
        let polyarchy = try await read { db in
            try Double.fetchOne(
                db, sql: "SELECT v2x_polyarchy FROM democracy WHERE ccode = ? AND year = ?",
                arguments: [state.rawValue, year])
        }
        let memberships = try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT m.organisation, o.name, m.status, m.start_day, m.date_precision, m.end_day, m.observed_until, m.source
                    FROM \(RecordTables.membership) m JOIN \(RecordTables.organisation) o ON o.id = m.organisation
                    WHERE m.ccode = ? AND m.start_day <= ? AND (m.end_day IS NULL OR m.end_day >= ?)
                    ORDER BY m.organisation
                    """, arguments: [state.rawValue, day.iso, day.iso]
            ).map { row in
                StateProfile.Membership(
                    organisation: row["organisation"], name: row["name"], status: row["status"],
                    since: Day(iso: row["start_day"] as String) ?? day,
                    sincePrecision: DatePrecision(rawValue: row["date_precision"]) ?? .day,
                    carriedForward: (row["end_day"] as String?) == nil
                        && ((row["observed_until"] as String?).flatMap { Day(iso: $0) }.map { day > $0 } ?? false),
                    source: row["source"])
            }
        }
        let allianceYear = min(year, Self.atopSpan.lastYear)
        var alliances = try await alliances(of: state, year: year)
        if !alliances.covered && year > Self.atopSpan.lastYear {
            // Show the last recorded year, flagged as such, rather than nothing.
            alliances = try await self.alliances(of: state, year: allianceYear)
            alliances.covered = false
            alliances.coverage +=
                "; showing \(allianceYear), the last recorded year — obligations in \(year) are unknown"
        }
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
        let disputes = try await read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT dispnum, ccode2, year, hostlev1 FROM mid_dyad_year WHERE ccode1 = ? AND year BETWEEN ? AND ? ORDER BY year DESC, dispnum",
                arguments: [state.rawValue, year - 9, year]
            ).compactMap { row -> StateProfile.Dispute? in
                guard let opponent = directory.state(CowCode(row["ccode2"] as Int)) else { return nil }
                return StateProfile.Dispute(
                    dispute: row["dispnum"], opponent: opponent, year: row["year"], hostility: row["hostlev1"])
            }
        }
        // Standing on the day: a treaty joined later is not yet shown, a later withdrawal not yet made.
        let treaties = try await treatyStatuses(of: state).compactMap { $0.standing(on: day) }
        return StateProfile(
            state: info, asOf: day, inSystem: inSystem, isMajorPower: majorPower, capability: capability,
            polyarchy: polyarchy,
            memberships: memberships, alliances: alliances, exercisePartners: partners,
            recentActivities: Array(recent.suffix(10)), disputes: disputes, treaties: treaties)
    }

    /// A state's recorded standing toward every curated treaty.
    public func treatyStatuses(of state: CowCode) async throws(EntenteError) -> [TreatyStatus] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM \(RecordTables.treatyStatus) WHERE ccode = ? ORDER BY treaty",
                arguments: [state.rawValue]
            )
            .map(Self.treatyStatus)
        }
    }

    /// Every party's standing toward one treaty.
    public func treatyParties(_ treaty: String) async throws(EntenteError) -> [TreatyStatus] {
        // Any name of the treaty serves ("Non-Proliferation Treaty", "Traktat Bangkok").
        let key = try await organisationKey(for: treaty) ?? Organisation.key(treaty)
        return try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM \(RecordTables.treatyStatus) WHERE treaty = ? ORDER BY party",
                arguments: [key]
            )
            .map(Self.treatyStatus)
        }
    }

    static func treatyStatus(_ row: Row) -> TreatyStatus { RecordDecoding.treatyStatus(row) }

    /// Whether a state's spells in a table (`state_system`, `major_power`) cover a day: unknown when
    /// only an open spell past the table's last observed day covers it.
    static func spellTruth(_ db: Database, table: String, state: CowCode, on day: Day) throws -> Truth {
        let rows = try Row.fetchAll(
            db, sql: "SELECT start_day, end_day, observed_until FROM \(table) WHERE ccode = ?",
            arguments: [state.rawValue])
        var answer = Truth.no
        for row in rows {
            guard let start = Day(iso: row["start_day"] as String) else { continue }
            let spell = DayInterval(start: start, end: (row["end_day"] as String?).flatMap { Day(iso: $0) })
            answer =
                answer || spell.covers(day, observedUntil: (row["observed_until"] as String?).flatMap { Day(iso: $0) })
        }
        return answer
    }
}
