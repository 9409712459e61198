public import EntenteCore
import GRDB

extension SQLiteStore {
    /// Loads every layer for the day and its year in one read transaction; ``WorldAssembly`` puts
    /// the rows together.
    ///
    /// - Complexity: a handful of indexed queries; about the size of the year's data.
    public func world(asOf day: Day) async throws(EntenteError) -> World {
        let directory = try await directory()
        let year = day.year
        return try await read { db in
            let codes = try Int.fetchAll(
                db,
                sql:
                    "SELECT DISTINCT ccode FROM state_system WHERE start_day <= ? AND (end_day IS NULL OR end_day >= ?) ORDER BY ccode",
                arguments: [day.iso, day.iso])
            var world = WorldAssembly(day: day, codes: codes, directory: directory)
            func each(_ sql: String, _ arguments: StatementArguments, _ add: (Row) -> Void) throws {
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() { add(row) }
            }
            try each("SELECT * FROM nmc WHERE year = ?", [year]) { world.addCapability($0) }
            try each(
                "SELECT ccode FROM major_power WHERE start_day <= ? AND (end_day IS NULL OR end_day >= ?)",
                [day.iso, day.iso]
            ) { world.addMajorPower($0) }
            try each("SELECT ccode, v2x_polyarchy FROM democracy WHERE year = ?", [year]) { world.addPolyarchy($0) }
            // The bulk of a snapshot's rows. A spell whose start is unknown is no tie on any given
            // day, so it is left out.
            try each(
                """
                SELECT organisation, ccode, end_day IS NULL AND observed_until IS NOT NULL AND observed_until < ? FROM \(RecordTables.membership)
                WHERE status IN ('member', 'partner') AND start_day <= ? AND (end_day IS NULL OR end_day >= ?)
                  AND date_precision != 'unknown'
                ORDER BY organisation, ccode
                """, [day.iso, day.iso, day.iso]
            ) { world.addMembership($0) }
            if AllianceAnswers.atopSpan.contains(year: year) {
                try each(
                    "SELECT ccode1, ccode2, atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul FROM atop_ddyr WHERE year = ?",
                    [year]
                ) { world.addAlliance($0) }
            }
            let activities = try Self.fetchActivities(
                db,
                selection:
                    "SELECT * FROM \(RecordTables.activity) WHERE start_day <= ? AND COALESCE(end_day, start_day) >= ? ORDER BY start_day, id",
                arguments: [Day.endOfYear(year).iso, Day.startOfYear(year).iso])
            let yearMonth = year * 100
            try each(
                "SELECT statelno, statehno, conttype FROM contiguity WHERE begin <= ? AND \"end\" >= ?",
                [yearMonth + 12, yearMonth + 1]
            ) { world.addContiguity($0) }
            try each(
                "SELECT ccode1, ccode2, MAX(hostlev1, hostlev2) AS h FROM mid_dyad_year WHERE year = ? AND ccode1 < ccode2",
                [year]
            ) { world.addDispute($0) }
            try each("SELECT rivalryno, ccode1, ccode2 FROM rivalry WHERE styear <= ? AND endyear >= ?", [year, year]) {
                world.addRivalry($0)
            }
            return world.world(activities: activities)
        }
    }
}
