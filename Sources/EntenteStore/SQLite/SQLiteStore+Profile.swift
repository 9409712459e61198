public import EntenteCore
import GRDB

extension SQLiteStore: StateProfileReads {
    public func profile(of state: CowCode, asOf day: Day) async throws(EntenteError) -> StateProfile {
        try await assembleProfile(of: state, asOf: day)
    }

    func spellTruth(in table: StateSpellTable, of state: CowCode, on day: Day) async throws(EntenteError) -> Truth {
        try await read { db in
            StateProfileRows.truth(
                try Row.fetchAll(
                    db, sql: "SELECT start_day, end_day, observed_until FROM \(table.rawValue) WHERE ccode = ?",
                    arguments: [state.rawValue]),
                on: day)
        }
    }

    func capability(of state: CowCode, year: Int) async throws(EntenteError) -> Capability? {
        try await read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM nmc WHERE ccode = ? AND year = ?", arguments: [state.rawValue, year]
            )
            .map { StateProfileRows.capability($0, state: state, year: year) }
        }
    }

    func polyarchy(of state: CowCode, year: Int) async throws(EntenteError) -> Double? {
        try await read { db in
            try Double.fetchOne(
                db, sql: "SELECT v2x_polyarchy FROM democracy WHERE ccode = ? AND year = ?",
                arguments: [state.rawValue, year])
        }
    }

    func profileMemberships(of state: CowCode, on day: Day) async throws(EntenteError) -> [StateProfile.Membership] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT m.organisation, o.name, m.status, m.start_day, m.date_precision, m.end_day, m.observed_until, m.source
                    FROM \(RecordTables.membership) m JOIN \(RecordTables.organisation) o ON o.id = m.organisation
                    WHERE m.ccode = ? AND m.start_day <= ? AND (m.end_day IS NULL OR m.end_day >= ?)
                    ORDER BY m.organisation
                    """, arguments: [state.rawValue, day.iso, day.iso]
            ).map { StateProfileRows.membership($0, on: day) }
        }
    }

    func profileDisputes(of state: CowCode, fromYear: Int, toYear: Int, directory: StateDirectory)
        async throws(EntenteError) -> [StateProfile.Dispute]
    {
        try await read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT dispnum, ccode2, year, hostlev1 FROM mid_dyad_year WHERE ccode1 = ? AND year BETWEEN ? AND ? ORDER BY year DESC, dispnum",
                arguments: [state.rawValue, fromYear, toYear]
            ).compactMap { StateProfileRows.dispute($0, directory: directory) }
        }
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
}
