public import EntenteCore
import PostgresNIO

extension PostgresStore {
    /// Loads every layer for the day and its year in one read-only transaction, as
    /// ``SQLiteStore/world(asOf:)`` does; ``WorldAssembly`` puts the rows together.
    ///
    /// Where SQLite returns rows in its index or file order, the queries sort by the same order
    /// (`ctid` is the order the reference rows were copied in, which is SQLite's rowid order), so
    /// both stores hand the network engine the same edges in the same order.
    public func world(asOf day: Day) async throws(EntenteError) -> World {
        let directory = try await directory()
        let year = day.year
        let iso = day.iso
        return try await readSnapshot("the World snapshot") { reader in
            let codes = try await reader.rows(
                """
                SELECT DISTINCT ccode FROM state_system
                WHERE start_day <= \(iso) AND (end_day IS NULL OR end_day >= \(iso)) ORDER BY ccode
                """
            ).compactMap { $0.int("ccode") }
            var world = WorldAssembly(day: day, codes: codes, directory: directory)
            try await reader.forEach("SELECT * FROM nmc WHERE year = \(year) ORDER BY ccode, ctid") {
                world.addCapability($0)
            }
            try await reader.forEach(
                "SELECT ccode FROM major_power WHERE start_day <= \(iso) AND (end_day IS NULL OR end_day >= \(iso))"
            ) { world.addMajorPower($0) }
            try await reader.forEach(
                "SELECT ccode, v2x_polyarchy FROM democracy WHERE year = \(year) ORDER BY ccode, ctid"
            ) { world.addPolyarchy($0) }
            // A spell whose start is unknown is no tie on any given day, so it is left out.
            var spells = PostgresQuery(
                unsafeSQL: """
                    SELECT organisation, ccode, end_day IS NULL AND observed_until IS NOT NULL AND observed_until < $1
                    FROM \(RecordTables.membership) AS records
                    WHERE status IN ('member', 'partner') AND start_day <= $1 AND (end_day IS NULL OR end_day >= $1)
                      AND date_precision <> 'unknown'
                    ORDER BY organisation, ccode
                    """)
            spells.binds.append(iso)
            try await reader.forEach(spells) { world.addMembership($0) }
            if AllianceAnswers.atopSpan.contains(year: year) {
                try await reader.forEach(
                    """
                    SELECT ccode1, ccode2, atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul
                    FROM atop_ddyr WHERE year = \(year) ORDER BY ccode1, ctid
                    """
                ) { world.addAlliance($0) }
            }
            var selection = PostgresQuery(
                unsafeSQL: """
                    SELECT * FROM \(RecordTables.activity) AS records
                    WHERE start_day <= $1 AND COALESCE(end_day, start_day) >= $2 ORDER BY start_day, id
                    """)
            selection.binds.append(Day.endOfYear(year).iso)
            selection.binds.append(Day.startOfYear(year).iso)
            let activities = try await Self.activities(selection) { query in try await reader.rows(query) }
            let yearMonth = year * 100
            try await reader.forEach(
                """
                SELECT statelno, statehno, conttype FROM contiguity
                WHERE "begin" <= \(yearMonth + 12) AND "end" >= \(yearMonth + 1) ORDER BY ctid
                """
            ) { world.addContiguity($0) }
            // SQLite's two-argument MAX is NULL when either level is; GREATEST would skip the NULL.
            try await reader.forEach(
                """
                SELECT ccode1, ccode2,
                  CASE WHEN hostlev1 IS NULL OR hostlev2 IS NULL THEN NULL ELSE GREATEST(hostlev1, hostlev2) END AS h
                FROM mid_dyad_year WHERE year = \(year) AND ccode1 < ccode2 ORDER BY ctid
                """
            ) { world.addDispute($0) }
            try await reader.forEach(
                "SELECT rivalryno, ccode1, ccode2 FROM rivalry WHERE styear <= \(year) AND endyear >= \(year) ORDER BY ctid"
            ) { world.addRivalry($0) }
            return world.world(activities: activities)
        }
    }
}
