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
            ).map(MembershipAnswers.RosterRow.init)
        }
        let otherNames = try await read { db in
            Dictionary(
                try Row.fetchAll(db, sql: "SELECT code, name FROM other_party").map {
                    ($0["code"] as String, $0["name"] as String)
                }, uniquingKeysWith: { first, _ in first })
        }
        return MembershipAnswers.roster(
            of: record, on: day, rows: rows, otherNames: otherNames, directory: directory)
    }

    public func isMember(_ state: CowCode, of organisation: String, on day: Day) async throws(EntenteError) -> Truth {
        let key = try await organisationKey(for: organisation) ?? Organisation.key(organisation)
        let spells = try await read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT start_day, end_day, observed_until, date_precision FROM \(RecordTables.membership) WHERE organisation = ? AND ccode = ? AND status = 'member' ORDER BY CASE date_precision WHEN 'unknown' THEN 0 ELSE 1 END",
                arguments: [key, state.rawValue]
            ).map(MembershipAnswers.SpellRow.init)
        }
        let organisationKnown = try await read { db in
            try Bool.fetchOne(
                db, sql: "SELECT COUNT(*) > 0 FROM \(RecordTables.organisation) WHERE id = ?", arguments: [key])
                ?? false
        }
        guard organisationKnown else { return .unknown }
        return MembershipAnswers.isMember(spells: spells, on: day)
    }
}
