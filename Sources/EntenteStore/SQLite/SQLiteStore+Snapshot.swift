public import EntenteCore
import EntenteData
import GRDB

extension SQLiteStore {
    /// Loads the in-memory ``KnowledgeSnapshot`` the legal engine reads.
    public func knowledgeSnapshot() async throws(EntenteError) -> KnowledgeSnapshot {
        let directory = try await directory()
        let provisions = DatasetCatalog.knowledgeCoverage.allianceProvisions
        return try await read { db in
            var spells: [String: [MembershipSpell]] = [:]
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT organisation, ccode, status, start_day, end_day, observed_until, source, confidence, date_precision FROM \(RecordTables.membership) WHERE status IN ('member', 'partner')"
            ) {
                guard let start = Day(iso: row["start_day"] as String) else { continue }
                let key: String = row["organisation"]
                spells[key, default: []].append(
                    MembershipSpell(
                        organisation: key, state: CowCode(row["ccode"] as Int),
                        status: MembershipSpell.Status(rawValue: row["status"]) ?? .member,
                        period: DayInterval(start: start, end: (row["end_day"] as String?).flatMap { Day(iso: $0) }),
                        observedUntil: (row["observed_until"] as String?).flatMap { Day(iso: $0) },
                        source: row["source"],
                        confidence: Confidence(rawValue: row["confidence"]) ?? .medium,
                        datePrecision: DatePrecision(rawValue: row["date_precision"]) ?? .day))
            }
            let organisations = Set(try String.fetchAll(db, sql: "SELECT id FROM \(RecordTables.organisation)"))
            var treaties: [String: [TreatyStatus]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(RecordTables.treatyStatus)") {
                let status = Self.treatyStatus(row)
                treaties[status.treaty, default: []].append(status)
            }
            var pacts: [AllianceMembership] = []
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT atopid, member, yrent, moent, dayent, yrexit, moexit, dayexit, defense, defcon, defcoadv, defcoloc,
                           statthr1, statthr2 FROM atop_member
                    """)
            {
                let start =
                    Self.atopDay(row["yrent"], row["moent"], row["dayent"], atEnd: false)
                    ?? Day.startOfYear(provisions.firstYear)
                let exitYear: Int = row["yrexit"] ?? 0
                let end = exitYear == 0 ? nil : Self.atopDay(exitYear, row["moexit"], row["dayexit"], atEnd: true)
                let threats = [row["statthr1"] as Int?, row["statthr2"] as Int?].compactMap { $0 }.filter { $0 > 0 }.map
                { CowCode($0) }
                pacts.append(
                    AllianceMembership(
                        atopID: row["atopid"], member: CowCode(row["member"] as Int),
                        period: DayInterval(start: start, end: end),
                        defense: (row["defense"] as Int?) == 1, conditional: (row["defcon"] as Int?) == 1,
                        specificAdversary: (row["defcoadv"] as Int?) == 1,
                        locationLimited: (row["defcoloc"] as Int?) == 1,
                        specificThreats: threats, signedYear: row["yrent"] ?? 0))
            }
            var suspensions: [KnowledgeSnapshot.Suspension] = []
            for row in try Row.fetchAll(db, sql: "SELECT * FROM obligation_suspension") {
                guard let start = Day(iso: row["start_day"] as String) else { continue }
                suspensions.append(
                    KnowledgeSnapshot.Suspension(
                        organisation: row["organisation"], state: CowCode(row["ccode"] as Int),
                        towards: CowCode(row["towards"] as Int),
                        period: DayInterval(start: start, end: (row["end_day"] as String?).flatMap { Day(iso: $0) }),
                        note: row["note"]))
            }
            return KnowledgeSnapshot(
                directory: directory, spells: spells, organisations: organisations, treaties: treaties, pacts: pacts,
                suspensions: suspensions, atopObservedUntil: provisions.observedUntil)
        }
    }

    /// An ATOP date; ATOP writes 0 (or leaves empty) an unknown month or day.
    static func atopDay(_ year: Int?, _ month: Int?, _ day: Int?, atEnd: Bool) -> Day? {
        guard let year, year > 0 else { return nil }
        guard let month, (1...12).contains(month) else { return atEnd ? Day.endOfYear(year) : Day.startOfYear(year) }
        if let day, let value = Day(year: year, month: month, day: day) { return value }
        return Day(year: year, month: month, day: atEnd ? Day.daysIn(month: month, year: year) : 1)
    }
}
