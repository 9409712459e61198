public import EntenteCore
import PostgresNIO

/// The questions the PostgreSQL store answers, one query each; turning rows into answers is shared
/// with the SQLite store (``RecordDecoding``, ``MembershipAnswers``, ``OrganisationLookup``).
///
/// The record tables are read through ``RecordTables``' `UNION ALL` of reference and user rows,
/// which PostgreSQL requires to be named (`AS records`).
extension PostgresStore {
    public func states(asOf day: Day) async throws(EntenteError) -> [StateInfo] {
        let directory = try await directory()
        return try await rows(
            """
            SELECT DISTINCT ccode FROM state_system
            WHERE start_day <= \(day.iso) AND (end_day IS NULL OR end_day >= \(day.iso)) ORDER BY ccode
            """
        ).compactMap { row in row.int("ccode").flatMap { directory.state(CowCode($0)) } }
    }

    public func sources() async throws(EntenteError) -> [SourceRecord] {
        _ = try await directory()
        return try await rows(
            PostgresQuery(unsafeSQL: "SELECT * FROM \(RecordTables.source) AS records ORDER BY id")
        ).map(RecordDecoding.source)
    }

    public func organisations() async throws(EntenteError) -> [Organisation] {
        _ = try await directory()
        return try await rows(
            PostgresQuery(unsafeSQL: "SELECT * FROM \(RecordTables.organisation) AS records ORDER BY id")
        ).map(RecordDecoding.organisation)
    }

    /// The organisation or treaty people mean by `text`, as ``SQLiteStore/organisation(named:)`` finds it.
    public func organisation(named text: String) async throws(EntenteError) -> Organisation {
        let known = try await organisations()
        if let key = try await organisationKey(for: text) { return OrganisationLookup.record(for: key, in: known) }
        throw OrganisationLookup.unknown(text, known: known)
    }

    /// The organisation key `text` names, or nil: an exact id first, then an alias, then a name,
    /// then a treaty known only from treaty-status rows.
    func organisationKey(for text: String) async throws(EntenteError) -> String? {
        _ = try await directory()
        let key = Organisation.key(text)
        let match = OrganisationAlias.matchKey(text)
        var query = PostgresQuery(
            unsafeSQL: "SELECT 1 AS found FROM \(RecordTables.organisation) AS records WHERE id = $1")
        query.binds.append(key)
        if !(try await rows(query)).isEmpty { return key }
        let aliased = try await rows(
            "SELECT organisation FROM organisation_alias WHERE match_key = \(match) ORDER BY id LIMIT 1")
        if let organisation = aliased.first?.text("organisation") { return organisation }
        let named = try await rows(
            PostgresQuery(unsafeSQL: "SELECT id, name FROM \(RecordTables.organisation) AS records ORDER BY id"))
        if let found = OrganisationLookup.byName(
            match, among: named.map { (id: $0.string("id"), name: $0.string("name")) })
        {
            return found
        }
        var treaty = PostgresQuery(
            unsafeSQL: "SELECT 1 AS found FROM \(RecordTables.treatyStatus) AS records WHERE treaty = $1 LIMIT 1")
        treaty.binds.append(key)
        return try await rows(treaty).isEmpty ? nil : key
    }

    public func organisationAliases() async throws(EntenteError) -> [OrganisationAlias] {
        _ = try await directory()
        return try await rows(
            "SELECT alias, organisation, language, note FROM organisation_alias ORDER BY organisation, id"
        )
        .map {
            OrganisationAlias(
                alias: $0.string("alias"), organisation: $0.string("organisation"), language: $0.text("language"),
                note: $0.text("note"))
        }
    }

    public func members(of organisation: String, asOf day: Day) async throws(EntenteError) -> MembershipRoster {
        let directory = try await directory()
        let record = try await self.organisation(named: organisation)
        // Per state, the spell that began last wins, as in the SQLite store.
        var query = PostgresQuery(
            unsafeSQL: """
                SELECT ccode, party, status, observed_until, end_day, source, date_precision
                FROM \(RecordTables.membership) AS records
                WHERE organisation = $1 AND start_day <= $2 AND (end_day IS NULL OR end_day >= $2)
                ORDER BY ccode, CASE date_precision WHEN 'unknown' THEN 1 ELSE 0 END, start_day DESC,
                  CASE status WHEN 'member' THEN 0 WHEN 'partner' THEN 1 WHEN 'associate' THEN 2 ELSE 3 END
                """)
        query.binds.append(record.id)
        query.binds.append(day.iso)
        let spells = try await rows(query).map(MembershipAnswers.RosterRow.init)
        let otherNames = Dictionary(
            try await rows("SELECT code, name FROM other_party").map { ($0.string("code"), $0.string("name")) },
            uniquingKeysWith: { first, _ in first })
        return MembershipAnswers.roster(
            of: record, on: day, rows: spells, otherNames: otherNames, directory: directory)
    }

    public func isMember(_ state: CowCode, of organisation: String, on day: Day) async throws(EntenteError) -> Truth {
        let key = try await organisationKey(for: organisation) ?? Organisation.key(organisation)
        var known = PostgresQuery(
            unsafeSQL: "SELECT 1 AS found FROM \(RecordTables.organisation) AS records WHERE id = $1")
        known.binds.append(key)
        guard !(try await rows(known)).isEmpty else { return .unknown }
        var query = PostgresQuery(
            unsafeSQL: """
                SELECT start_day, end_day, observed_until, date_precision FROM \(RecordTables.membership) AS records
                WHERE organisation = $1 AND ccode = $2 AND status = 'member'
                ORDER BY CASE date_precision WHEN 'unknown' THEN 0 ELSE 1 END
                """)
        query.binds.append(key)
        query.binds.append(state.rawValue)
        return MembershipAnswers.isMember(spells: try await rows(query).map(MembershipAnswers.SpellRow.init), on: day)
    }

    public func activities(_ filter: ActivityFilter) async throws(EntenteError) -> [Activity] {
        _ = try await directory()
        var conditions: [String] = []
        var binds = PostgresBindings()
        if let state = filter.state {
            binds.append(state.rawValue)
            conditions.append(
                "id IN (SELECT activity FROM \(RecordTables.activityParticipant) AS participants WHERE ccode = $\(binds.count))"
            )
        }
        if let kind = filter.kind {
            binds.append(kind.rawValue)
            conditions.append("kind = $\(binds.count)")
        }
        if let from = filter.from {
            binds.append(from.iso)
            conditions.append("COALESCE(end_day, start_day) >= $\(binds.count)")
        }
        if let to = filter.to {
            binds.append(to.iso)
            conditions.append("start_day <= $\(binds.count)")
        }
        var sql = "SELECT * FROM \(RecordTables.activity) AS records"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY start_day, id"
        if let limit = filter.limit { sql += " LIMIT \(max(0, limit))" }
        if filter.offset > 0 { sql += " OFFSET \(filter.offset)" }
        do {
            return try await Self.activities(PostgresQuery(unsafeSQL: sql, binds: binds)) { query in
                try await rows(query)
            }
        } catch {
            throw Self.failure(error, "Reading the PostgreSQL store failed.")
        }
    }

    /// Activities selected by `selection` (a full `SELECT *` over `RecordTables.activity`), with
    /// their participants, each query run by `rows` (the pool, or one snapshot's connection).
    static func activities(
        _ selection: PostgresQuery, rows: (PostgresQuery) async throws -> [PostgresRecordRow]
    ) async throws -> [Activity] {
        let found = try await rows(selection)
        guard !found.isEmpty else { return [] }
        let ids = found.map { $0.string("id") }
        let participants = try await rows(
            """
            SELECT id, activity, ccode, role FROM activity_participant WHERE activity = ANY(\(ids))
            UNION ALL SELECT id, activity, ccode, role FROM user_activity_participant WHERE activity = ANY(\(ids))
            ORDER BY activity, id
            """)
        return RecordDecoding.activities(found, participantRows: participants)
    }

    /// A state's recorded standing toward every curated or imported treaty.
    public func treatyStatuses(of state: CowCode) async throws(EntenteError) -> [TreatyStatus] {
        _ = try await directory()
        // Rows of one treaty as SQLite lists them: the reference row, then the user's.
        let records = Self.inFileOrder("treaty_status", RecordTables.treatyStatusColumns)
        var query = PostgresQuery(unsafeSQL: "SELECT * FROM \(records) WHERE ccode = $1 ORDER BY treaty, arm, id")
        query.binds.append(state.rawValue)
        return try await rows(query).map(RecordDecoding.treatyStatus)
    }

    /// Every party's standing toward one treaty, named by any of its names.
    public func treatyParties(_ treaty: String) async throws(EntenteError) -> [TreatyStatus] {
        let key = try await organisationKey(for: treaty) ?? Organisation.key(treaty)
        let records = Self.inFileOrder("treaty_status", RecordTables.treatyStatusColumns)
        var query = PostgresQuery(unsafeSQL: "SELECT * FROM \(records) WHERE treaty = $1 ORDER BY party, arm, id")
        query.binds.append(key)
        return try await rows(query).map(RecordDecoding.treatyStatus)
    }
}
