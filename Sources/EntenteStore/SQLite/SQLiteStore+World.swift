public import EntenteCore
import EntenteData
import GRDB

extension SQLiteStore {
    /// Loads every layer for the day and its year in one read transaction.
    ///
    /// - Complexity: a handful of indexed queries; about the size of the year's data.
    public func world(asOf day: Day) async throws(EntenteError) -> World {
        let directory = try await directory()
        let year = day.year
        let alliancesKnown = Self.atopSpan.contains(year: year)
        return try await read { db in
            let codes = try Int.fetchAll(
                db,
                sql:
                    "SELECT DISTINCT ccode FROM state_system WHERE start_day <= ? AND (end_day IS NULL OR end_day >= ?) ORDER BY ccode",
                arguments: [day.iso, day.iso])
            let states = codes.compactMap { directory.state(CowCode($0)) }
            var idOf: [Int: Int32] = [:]
            for (index, state) in states.enumerated() { idOf[state.cow.rawValue] = Int32(index) }
            let count = states.count

            var capabilities = [Capability?](repeating: nil, count: count)
            for row in try Row.fetchAll(db, sql: "SELECT * FROM nmc WHERE year = ?", arguments: [year]) {
                guard let id = idOf[row["ccode"]] else { continue }
                capabilities[Int(id)] = Capability(
                    state: states[Int(id)].cow, year: year, militaryExpenditure: row["milex"],
                    militaryPersonnel: row["milper"],
                    ironSteel: row["irst"], energy: row["pec"], population: row["tpop"], urbanPopulation: row["upop"],
                    cinc: row["cinc"])
            }
            var major = [Bool](repeating: false, count: count)
            for ccode in try Int.fetchAll(
                db, sql: "SELECT ccode FROM major_power WHERE start_day <= ? AND (end_day IS NULL OR end_day >= ?)",
                arguments: [day.iso, day.iso])
            {
                if let id = idOf[ccode] { major[Int(id)] = true }
            }
            var polyarchy = [Double?](repeating: nil, count: count)
            for row in try Row.fetchAll(
                db, sql: "SELECT ccode, v2x_polyarchy FROM democracy WHERE year = ?", arguments: [year])
            {
                if let id = idOf[row["ccode"]] { polyarchy[Int(id)] = row["v2x_polyarchy"] }
            }
            var members: [String: [Int32]] = [:]
            var carried = Set<String>()
            // Cursors and column positions: this is the bulk of a snapshot's rows. A spell whose start
            // is unknown is no tie on any given day, so it is left out.
            let spells = try Row.fetchCursor(
                db,
                sql: """
                    SELECT organisation, ccode, end_day IS NULL AND observed_until IS NOT NULL AND observed_until < ? FROM \(RecordTables.membership)
                    WHERE status IN ('member', 'partner') AND start_day <= ? AND (end_day IS NULL OR end_day >= ?)
                      AND date_precision != 'unknown'
                    ORDER BY organisation, ccode
                    """, arguments: [day.iso, day.iso, day.iso])
            var currentKey = ""
            var currentIDs: [Int32] = []
            while let row = try spells.next() {
                guard let id = idOf[row[1]] else { continue }
                let organisation: String = row[0]
                if organisation != currentKey {
                    if !currentIDs.isEmpty { members[currentKey] = currentIDs }
                    currentKey = organisation
                    currentIDs = members[organisation] ?? []
                }
                if currentIDs.last != id { currentIDs.append(id) }
                if row[2] as Bool { carried.insert(organisation) }
            }
            if !currentIDs.isEmpty { members[currentKey] = currentIDs }
            var alliances: [World.AllianceEdge] = []
            if alliancesKnown {
                let ties = try Row.fetchCursor(
                    db,
                    sql:
                        "SELECT ccode1, ccode2, atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul FROM atop_ddyr WHERE year = ?",
                    arguments: [year])
                let flagsByColumn: [Obligations] = [.defense, .offense, .neutrality, .nonAggression, .consultation]
                while let row = try ties.next() {
                    guard let a = idOf[row[0]], let b = idOf[row[1]] else { continue }
                    var flags = Obligations()
                    for (offset, flag) in flagsByColumn.enumerated() where (row[2 + offset] as Int?) == 1 {
                        flags.insert(flag)
                    }
                    if !flags.isEmpty { alliances.append(World.AllianceEdge(from: a, to: b, obligations: flags)) }
                }
            }
            let activities = try Self.fetchActivities(
                db,
                selection:
                    "SELECT * FROM \(RecordTables.activity) WHERE start_day <= ? AND COALESCE(end_day, start_day) >= ? ORDER BY start_day, id",
                arguments: [Day.endOfYear(year).iso, Day.startOfYear(year).iso])
            let activityParticipants = activities.map { activity in
                activity.participants.compactMap { idOf[$0.rawValue] }
            }
            let yearMonth = year * 100
            var contiguity: [World.Pair] = []
            for row in try Row.fetchAll(
                db, sql: "SELECT statelno, statehno, conttype FROM contiguity WHERE begin <= ? AND \"end\" >= ?",
                arguments: [yearMonth + 12, yearMonth + 1])
            {
                guard let a = idOf[row["statelno"]], let b = idOf[row["statehno"]] else { continue }
                contiguity.append(World.Pair(a: a, b: b, code: Int32(row["conttype"] as Int)))
            }
            var disputes: [World.Pair] = []
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT ccode1, ccode2, MAX(hostlev1, hostlev2) AS h FROM mid_dyad_year WHERE year = ? AND ccode1 < ccode2",
                arguments: [year])
            {
                guard let a = idOf[row["ccode1"]], let b = idOf[row["ccode2"]] else { continue }
                disputes.append(World.Pair(a: a, b: b, code: Int32((row["h"] as Int?) ?? 0)))
            }
            var rivalries: [World.Pair] = []
            for row in try Row.fetchAll(
                db, sql: "SELECT rivalryno, ccode1, ccode2 FROM rivalry WHERE styear <= ? AND endyear >= ?",
                arguments: [year, year])
            {
                guard let a = idOf[row["ccode1"]], let b = idOf[row["ccode2"]] else { continue }
                rivalries.append(World.Pair(a: a, b: b, code: Int32(row["rivalryno"] as Int)))
            }
            return World(
                asOf: day, states: states, capabilities: capabilities, isMajorPower: major, polyarchy: polyarchy,
                members: members, membershipCarriedForward: carried, alliances: alliances,
                alliancesKnown: alliancesKnown,
                activities: activities, activityParticipants: activityParticipants, contiguity: contiguity,
                disputes: disputes, rivalries: rivalries, coverage: DatasetCatalog.knowledgeCoverage)
        }
    }
}
