public import EntenteCore
import GRDB

extension SQLiteStore {
    public func members(of organisation: String, asOf day: Day) async throws(EntenteError) -> MembershipRoster {
        let key = Organisation.key(organisation)
        let directory = try await directory()
        let known = try await organisations()
        guard let record = known.first(where: { $0.id == key }) else {
            // Close ids first ("NAT0" → NATO), then ids whose names are close ("Shanghai Cooperation").
            var close = Suggestions.closest(to: key, in: known.map(\.id))
            if close.isEmpty {
                let byName = Dictionary(known.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
                close = Suggestions.closest(to: organisation, in: known.map(\.name)).compactMap { byName[$0] }
            }
            var message = "Unknown organisation '\(organisation)'."
            if !close.isEmpty { message += " Did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?" }
            throw EntenteError(.unknownOrganisation, message + " `entente data organisations` lists them.")
        }
        let rows = try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT ccode, status, observed_until, end_day, source FROM \(RecordTables.membership)
                    WHERE organisation = ? AND start_day <= ? AND (end_day IS NULL OR end_day >= ?)
                    ORDER BY ccode, CASE status WHEN 'member' THEN 0 WHEN 'partner' THEN 1 WHEN 'associate' THEN 2 ELSE 3 END
                    """, arguments: [key, day.iso, day.iso]
            ).map { row in
                (
                    row["ccode"] as Int, row["status"] as String, row["end_day"] as String?,
                    row["observed_until"] as String?,
                    row["source"] as String
                )
            }
        }
        var entries: [MembershipRoster.Entry] = []
        var sources: [String] = []
        for (ccode, status, end, observed, source) in rows {
            guard let state = directory.state(CowCode(ccode)), !entries.contains(where: { $0.state == state }) else {
                continue
            }
            let carried = end == nil && (observed.flatMap { Day(iso: $0) }.map { day > $0 } ?? false)
            entries.append(
                MembershipRoster.Entry(
                    state: state, status: MembershipSpell.Status(rawValue: status) ?? .member, carriedForward: carried))
            if !sources.contains(source) { sources.append(source) }
        }
        return MembershipRoster(organisation: record, asOf: day, entries: entries, sources: sources)
    }

    public func isMember(_ state: CowCode, of organisation: String, on day: Day) async throws(EntenteError) -> Truth {
        let key = Organisation.key(organisation)
        let spells = try await read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT start_day, end_day, observed_until FROM \(RecordTables.membership) WHERE organisation = ? AND ccode = ? AND status = 'member'",
                arguments: [key, state.rawValue]
            ).map { row in (row["start_day"] as String, row["end_day"] as String?, row["observed_until"] as String?) }
        }
        let organisationKnown = try await read { db in
            try Bool.fetchOne(
                db, sql: "SELECT COUNT(*) > 0 FROM \(RecordTables.organisation) WHERE id = ?", arguments: [key])
                ?? false
        }
        guard organisationKnown else { return .unknown }
        var answer = Truth.no
        for (start, end, observed) in spells {
            guard let startDay = Day(iso: start) else { continue }
            let period = DayInterval(start: startDay, end: end.flatMap { Day(iso: $0) })
            answer = answer || period.covers(day, observedUntil: observed.flatMap { Day(iso: $0) })
        }
        return answer
    }
}
