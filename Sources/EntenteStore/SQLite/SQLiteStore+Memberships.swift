public import EntenteCore
import GRDB

extension SQLiteStore {
    public func members(of organisation: String, asOf day: Day) async throws(EntenteError) -> MembershipRoster {
        let directory = try await directory()
        let record = try await self.organisation(named: organisation)
        let key = record.id
        let rows = try await read { db in
            // Per state, the spell that began last wins (Syria in the Arab League is suspended, not a
            // member, on the day its suspension began).
            try Row.fetchAll(
                db,
                sql: """
                    SELECT ccode, party, status, observed_until, end_day, source, date_precision
                    FROM \(RecordTables.membership)
                    WHERE organisation = ? AND start_day <= ? AND (end_day IS NULL OR end_day >= ?)
                    ORDER BY ccode, CASE date_precision WHEN 'unknown' THEN 1 ELSE 0 END, start_day DESC,
                      CASE status WHEN 'member' THEN 0 WHEN 'partner' THEN 1 WHEN 'associate' THEN 2 ELSE 3 END
                    """, arguments: [key, day.iso, day.iso]
            ).map { row in
                (
                    row["ccode"] as Int, row["party"] as String?, row["status"] as String, row["end_day"] as String?,
                    row["observed_until"] as String?, row["source"] as String, row["date_precision"] as String
                )
            }
        }
        let otherNames = try await read { db in
            Dictionary(
                try Row.fetchAll(db, sql: "SELECT code, name FROM other_party").map {
                    ($0["code"] as String, $0["name"] as String)
                }, uniquingKeysWith: { first, _ in first })
        }
        var entries: [MembershipRoster.Entry] = []
        var dateUnknown: [MembershipRoster.Entry] = []
        var sources: [String] = []
        for (ccode, party, status, end, observed, source, precision) in rows {
            // A participant outside the COW list (the EU, Palestine, the Sahrawi Republic) is shown
            // under its code, with no COW number.
            let other = party.map {
                StateInfo(
                    cow: MembershipSpell.nonState, cowAbbreviation: $0, name: otherNames[$0] ?? $0, iso3: $0, iso2: nil,
                    gleditschWard: [])
            }
            guard let state = other ?? directory.state(CowCode(ccode)),
                !entries.contains(where: { $0.state == state }), !dateUnknown.contains(where: { $0.state == state })
            else { continue }
            let carried = end == nil && (observed.flatMap { Day(iso: $0) }.map { day > $0 } ?? false)
            let entry = MembershipRoster.Entry(
                state: state, status: MembershipSpell.Status(rawValue: status) ?? .member, carriedForward: carried)
            if precision == DatePrecision.unknown.rawValue {
                dateUnknown.append(entry)
            } else {
                entries.append(entry)
            }
            if !sources.contains(source) { sources.append(source) }
        }
        return MembershipRoster(
            organisation: record, asOf: day, entries: entries, sources: sources, dateUnknown: dateUnknown)
    }

    public func isMember(_ state: CowCode, of organisation: String, on day: Day) async throws(EntenteError) -> Truth {
        let key = try await organisationKey(for: organisation) ?? Organisation.key(organisation)
        let spells = try await read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT start_day, end_day, observed_until, date_precision FROM \(RecordTables.membership) WHERE organisation = ? AND ccode = ? AND status = 'member' ORDER BY CASE date_precision WHEN 'unknown' THEN 0 ELSE 1 END",
                arguments: [key, state.rawValue]
            ).map { row in
                (
                    row["start_day"] as String, row["end_day"] as String?, row["observed_until"] as String?,
                    row["date_precision"] as String
                )
            }
        }
        let organisationKnown = try await read { db in
            try Bool.fetchOne(
                db, sql: "SELECT COUNT(*) > 0 FROM \(RecordTables.organisation) WHERE id = ?", arguments: [key])
                ?? false
        }
        guard organisationKnown else { return .unknown }
        var answer = Truth.no
        for (start, end, observed, precision) in spells {
            guard let startDay = Day(iso: start) else { continue }
            let period = DayInterval(start: startDay, end: end.flatMap { Day(iso: $0) })
            answer = answer || period.covers(day, observedUntil: observed.flatMap { Day(iso: $0) })
            // A spell whose start is unknown is only a lower bound: it cannot say "no" on its own.
            if precision == DatePrecision.unknown.rawValue && answer == .yes { answer = .unknown }
        }
        return answer
    }
}
