import EntenteCore
import EntenteData

/// The rows of the legal engine's ``KnowledgeSnapshot`` turned into its records, shared by every
/// backend; each selects the rows (the columns each function names) and calls ``snapshot(…)``.
enum KnowledgeSnapshotRows {
    /// A member or partner spell: `organisation`, `ccode`, `status`, `start_day`, `end_day`,
    /// `observed_until`, `source`, `confidence`, `date_precision`; nil when its start is no day.
    static func spell(_ row: some RecordRow) -> MembershipSpell? {
        guard let start = row.day("start_day") else { return nil }
        return MembershipSpell(
            organisation: row.string("organisation"), state: CowCode(row.int("ccode") ?? 0),
            status: MembershipSpell.Status(rawValue: row.string("status")) ?? .member,
            period: DayInterval(start: start, end: row.day("end_day")), observedUntil: row.day("observed_until"),
            source: row.string("source"), confidence: Confidence(rawValue: row.string("confidence")) ?? .medium,
            datePrecision: DatePrecision(rawValue: row.string("date_precision")) ?? .day)
    }

    /// An ATOP member-phase row: `atopid`, `member`, `yrent`, `moent`, `dayent`, `yrexit`, `moexit`,
    /// `dayexit`, `defense`, `defcon`, `defcoadv`, `defcoloc`, `statthr1`, `statthr2`. An entry
    /// without a year is taken as ATOP's first year.
    static func pact(_ row: some RecordRow) -> AllianceMembership {
        let provisions = DatasetCatalog.knowledgeCoverage.allianceProvisions
        let start =
            atopDay(row.int("yrent"), row.int("moent"), row.int("dayent"), atEnd: false)
            ?? Day.startOfYear(provisions.firstYear)
        let exitYear = row.int("yrexit") ?? 0
        let end = exitYear == 0 ? nil : atopDay(exitYear, row.int("moexit"), row.int("dayexit"), atEnd: true)
        let threats = [row.int("statthr1"), row.int("statthr2")].compactMap { $0 }.filter { $0 > 0 }.map {
            CowCode($0)
        }
        return AllianceMembership(
            atopID: row.int("atopid") ?? 0, member: CowCode(row.int("member") ?? 0),
            period: DayInterval(start: start, end: end), defense: row.int("defense") == 1,
            conditional: row.int("defcon") == 1, specificAdversary: row.int("defcoadv") == 1,
            locationLimited: row.int("defcoloc") == 1, specificThreats: threats, signedYear: row.int("yrent") ?? 0)
    }

    /// An `obligation_suspension` row; nil when its start is no day.
    static func suspension(_ row: some RecordRow) -> KnowledgeSnapshot.Suspension? {
        guard let start = row.day("start_day") else { return nil }
        return KnowledgeSnapshot.Suspension(
            organisation: row.string("organisation"), state: CowCode(row.int("ccode") ?? 0),
            towards: CowCode(row.int("towards") ?? 0), period: DayInterval(start: start, end: row.day("end_day")),
            note: row.text("note"))
    }

    /// The snapshot from its rows: spells, organisation ids, treaty-status rows, ATOP member rows
    /// and suspensions.
    static func snapshot(
        directory: StateDirectory, spells spellRows: [some RecordRow], organisations: [String],
        treaties treatyRows: [some RecordRow], pacts pactRows: [some RecordRow],
        suspensions suspensionRows: [some RecordRow]
    ) -> KnowledgeSnapshot {
        var spells: [String: [MembershipSpell]] = [:]
        for spell in spellRows.compactMap({ spell($0) }) { spells[spell.organisation, default: []].append(spell) }
        var treaties: [String: [TreatyStatus]] = [:]
        for status in treatyRows.map({ RecordDecoding.treatyStatus($0) }) {
            treaties[status.treaty, default: []].append(status)
        }
        return KnowledgeSnapshot(
            directory: directory, spells: spells, organisations: Set(organisations), treaties: treaties,
            pacts: pactRows.map { pact($0) }, suspensions: suspensionRows.compactMap { suspension($0) },
            atopObservedUntil: DatasetCatalog.knowledgeCoverage.allianceProvisions.observedUntil)
    }

    /// An ATOP date; ATOP writes 0 (or leaves empty) an unknown month or day.
    static func atopDay(_ year: Int?, _ month: Int?, _ day: Int?, atEnd: Bool) -> Day? {
        guard let year, year > 0 else { return nil }
        guard let month, (1...12).contains(month) else { return atEnd ? Day.endOfYear(year) : Day.startOfYear(year) }
        if let day, let value = Day(year: year, month: month, day: day) { return value }
        return Day(year: year, month: month, day: atEnd ? Day.daysIn(month: month, year: year) : 1)
    }
}
