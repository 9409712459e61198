public import EntenteCore
import PostgresNIO

/// A state's profile and alliances: this store's SQL for the reads ``StateProfileReads`` names;
/// the profile is put together by the code the SQLite store uses too.
extension PostgresStore: StateProfileReads {
    public func profile(of state: CowCode, asOf day: Day) async throws(EntenteError) -> StateProfile {
        try await assembleProfile(of: state, asOf: day)
    }

    func spellTruth(in table: StateSpellTable, of state: CowCode, on day: Day) async throws(EntenteError) -> Truth {
        var query = PostgresQuery(
            unsafeSQL: "SELECT start_day, end_day, observed_until FROM \(table.rawValue) WHERE ccode = $1")
        query.binds.append(state.rawValue)
        return StateProfileRows.truth(try await rows(query), on: day)
    }

    func capability(of state: CowCode, year: Int) async throws(EntenteError) -> Capability? {
        try await rows("SELECT * FROM nmc WHERE ccode = \(state.rawValue) AND year = \(year) ORDER BY ctid LIMIT 1")
            .first.map { StateProfileRows.capability($0, state: state, year: year) }
    }

    func polyarchy(of state: CowCode, year: Int) async throws(EntenteError) -> Double? {
        try await rows(
            """
            SELECT v2x_polyarchy FROM democracy WHERE ccode = \(state.rawValue) AND year = \(year) ORDER BY ctid LIMIT 1
            """
        ).first?.double("v2x_polyarchy")
    }

    func profileMemberships(of state: CowCode, on day: Day) async throws(EntenteError) -> [StateProfile.Membership] {
        // Spells of one organisation in the order SQLite reads them: reference rows, then the user's.
        var query = PostgresQuery(
            unsafeSQL: """
                SELECT records.organisation, o.name, records.status, records.start_day, records.date_precision,
                  records.end_day, records.observed_until, records.source
                FROM \(Self.inFileOrder("membership", RecordTables.membershipColumns))
                  JOIN \(RecordTables.organisation) AS o ON o.id = records.organisation
                WHERE records.ccode = $1 AND records.start_day <= $2
                  AND (records.end_day IS NULL OR records.end_day >= $2)
                ORDER BY records.organisation, records.arm, records.id
                """)
        query.binds.append(state.rawValue)
        query.binds.append(day.iso)
        return try await rows(query).map { StateProfileRows.membership($0, on: day) }
    }

    func profileDisputes(of state: CowCode, fromYear: Int, toYear: Int, directory: StateDirectory)
        async throws(EntenteError) -> [StateProfile.Dispute]
    {
        // SQLite walks its (ccode1, year) index backwards for `year DESC`, so rows of one dispute
        // and year come latest-written first: `ctid DESC` lists them the same way.
        try await rows(
            """
            SELECT dispnum, ccode2, year, hostlev1 FROM mid_dyad_year
            WHERE ccode1 = \(state.rawValue) AND year BETWEEN \(fromYear) AND \(toYear)
            ORDER BY year DESC, dispnum, ctid DESC
            """
        ).compactMap { StateProfileRows.dispute($0, directory: directory) }
    }

    public func alliances(of state: CowCode, year: Int) async throws(EntenteError) -> AllianceReport {
        let directory = try await directory()
        guard let info = directory.state(state) else {
            throw EntenteError(.unknownState, "No state has COW number \(state).")
        }
        guard AllianceAnswers.atopSpan.contains(year: year) else { return AllianceAnswers.uncovered(info, year: year) }
        let pairs = try await rows(
            """
            SELECT o.ccode2 AS partner,
                   o.atop_defense AS d, o.atop_offense AS f, o.atop_neutral AS n, o.atop_nonagg AS a, o.atop_consul AS c,
                   r.atop_defense AS rd, r.atop_offense AS rf, r.atop_neutral AS rn, r.atop_nonagg AS ra, r.atop_consul AS rc
            FROM atop_ddyr o LEFT JOIN atop_ddyr r ON r.ccode1 = o.ccode2 AND r.ccode2 = o.ccode1 AND r.year = o.year
            WHERE o.ccode1 = \(state.rawValue) AND o.year = \(year)
            ORDER BY o.ccode2, o.ctid, r.ctid
            """)
        let links = try await rows(
            """
            SELECT a.atopid AS atopid, b.member AS partner FROM atop_member a JOIN atop_member b ON a.atopid = b.atopid
            WHERE a.member = \(state.rawValue) AND b.member <> a.member AND a.yrent <= \(year)
              AND (a.yrexit = 0 OR a.yrexit >= \(year)) AND b.yrent <= \(year) AND (b.yrexit = 0 OR b.yrexit >= \(year))
            """)
        return AllianceAnswers.report(info, year: year, pairs: pairs, links: links, directory: directory)
    }
}
