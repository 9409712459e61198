public import EntenteCore
import GRDB

extension SQLiteStore {
    /// Reads each asked-for table in one pass over its rows (see ``PanelSources``).
    public func panelSources(_ tables: Set<PanelSources.Table>) async throws(EntenteError) -> PanelSources {
        try await read { db in
            var s = PanelSources()
            for table in tables.sorted(by: { $0.rawValue < $1.rawValue }) {
                switch table {
                case .system: s.system = try Self.spells(db, "state_system")
                case .majors: s.majors = try Self.spells(db, "major_power")
                case .alliances:
                    s.alliances = try Self.dyadYears(
                        db, "atop_ddyr", ["atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"])
                case .disputes:
                    s.disputes = try Self.dyadYears(
                        db, "mid_dyad_year", ["dispnum", "disponset", "hostlev1", "hostlev2"])
                case .wars: s.wars = try Self.dyadYears(db, "war_dyad_year", ["warnum", "cowinteronset"])
                case .contiguity:
                    s.contiguity = try Self.pairSpells(
                        db,
                        "SELECT statelno, statehno, begin / 100, \"end\" / 100, conttype FROM contiguity ORDER BY dyad, begin"
                    )
                case .rivalries:
                    s.rivalries = try Self.pairSpells(
                        db,
                        "SELECT min(ccode1, ccode2), max(ccode1, ccode2), styear, endyear, rivalryno FROM rivalry ORDER BY rivalryno"
                    )
                case .capitals: s.capitals = try Self.capitals(db)
                case .capabilities:
                    s.capabilities = try Self.stateYears(
                        db, "nmc", ["cinc", "milex", "milper", "irst", "pec", "tpop", "upop"])
                case .democracy: s.democracy = try Self.stateYears(db, "democracy", ["v2x_polyarchy", "euds", "aeuds"])
                case .igos: s.igos = try Self.organisationSpells(db)
                case .exercises:
                    s.exercises = try Self.events(
                        db, "SELECT id, start_day, end_day FROM activity WHERE source = 'mme-7' AND kind = 'exercise'")
                case .agreements:
                    s.agreements = try Self.events(
                        db, "SELECT id, start_day, end_day FROM \(RecordTables.activity) WHERE kind = 'agreement'")
                case .votes: s.votes = try Self.votes(db)
                }
            }
            return s
        }
    }

    /// Spells by day turned into the years they touch; an open spell runs to its last observed day.
    private static func spells(_ db: Database, _ table: String) throws -> PanelSources.Spells {
        var out = PanelSources.Spells()
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT ccode, start_day, coalesce(end_day, observed_until) FROM \(table) ORDER BY ccode, start_day")
        while let row = try rows.next() {
            let start: String = row[1]
            let end: String? = row[2]
            guard let first = Int32(start.prefix(4)), let firstDay = Day(iso: start) else { continue }
            out.ccode.append(Int32(row[0] as Int))
            out.firstYear.append(first)
            out.lastYear.append(end.flatMap { Int32($0.prefix(4)) } ?? first)
            out.firstDay.append(firstDay.ordinal)
            out.lastDay.append((end.flatMap { Day(iso: $0) } ?? firstDay).ordinal)
        }
        return out
    }

    private static func dyadYears(_ db: Database, _ table: String, _ columns: [String]) throws
        -> PanelSources.DyadYears
    {
        var out = PanelSources.DyadYears()
        var values = [[Int32]](repeating: [], count: columns.count)
        let rows = try Row.fetchCursor(
            db, sql: "SELECT ccode1, ccode2, year, \(columns.joined(separator: ", ")) FROM \(table)")
        while let row = try rows.next() {
            out.ccode1.append(Int32(row[0] as Int))
            out.ccode2.append(Int32(row[1] as Int))
            out.year.append(Int32(row[2] as Int))
            for k in columns.indices { values[k].append((row[k + 3] as Int?).map { Int32($0) } ?? Int32.min) }
        }
        for (k, name) in columns.enumerated() { out.values[name] = values[k] }
        return out
    }

    private static func stateYears(_ db: Database, _ table: String, _ columns: [String]) throws
        -> PanelSources.StateYears
    {
        var out = PanelSources.StateYears()
        var values = [[Double]](repeating: [], count: columns.count)
        let rows = try Row.fetchCursor(db, sql: "SELECT ccode, year, \(columns.joined(separator: ", ")) FROM \(table)")
        while let row = try rows.next() {
            out.ccode.append(Int32(row[0] as Int))
            out.year.append(Int32(row[1] as Int))
            for k in columns.indices { values[k].append((row[k + 2] as Double?) ?? .nan) }
        }
        for (k, name) in columns.enumerated() { out.values[name] = values[k] }
        return out
    }

    private static func pairSpells(_ db: Database, _ sql: String) throws -> PanelSources.PairSpells {
        var out = PanelSources.PairSpells()
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() {
            out.low.append(Int32(row[0] as Int))
            out.high.append(Int32(row[1] as Int))
            out.firstYear.append(Int32(row[2] as Int))
            out.lastYear.append(Int32(row[3] as Int))
            out.code.append(Int32(row[4] as Int))
        }
        return out
    }

    private static func capitals(_ db: Database) throws -> PanelSources.Capitals {
        var out = PanelSources.Capitals()
        let rows = try Row.fetchCursor(
            db, sql: "SELECT ccode, stdate, enddate, lat, lng FROM cow_capital ORDER BY ccode, stdate")
        while let row = try rows.next() {
            guard let start = Day(iso: row[1] as String), let end = Day(iso: row[2] as String),
                let lat = row[3] as Double?, let lng = row[4] as Double?
            else { continue }
            out.ccode.append(Int32(row[0] as Int))
            out.start.append(start)
            out.end.append(end)
            out.latitude.append(lat)
            out.longitude.append(lng)
        }
        return out
    }

    /// Full memberships (status 1) only: "shared IGOs" counts organisations both states belong to.
    private static func organisationSpells(_ db: Database) throws -> PanelSources.OrganisationSpells {
        var out = PanelSources.OrganisationSpells()
        var ids: [String: Int32] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT ioname, ccode, first_year, last_year FROM igo_spell WHERE status = 1 ORDER BY ioname")
        while let row = try rows.next() {
            let name: String = row[0]
            let id = ids[name] ?? Int32(ids.count)
            ids[name] = id
            out.organisation.append(id)
            out.ccode.append(Int32(row[1] as Int))
            out.firstYear.append(Int32(row[2] as Int))
            out.lastYear.append(Int32(row[3] as Int))
        }
        return out
    }

    /// Events and their participating COW states (observers and non-state participants left out).
    private static func events(_ db: Database, _ sql: String) throws -> PanelSources.Events {
        var out = PanelSources.Events()
        var participants: [String: [Int32]] = [:]
        let people = try Row.fetchCursor(
            db,
            sql:
                "SELECT activity, ccode FROM \(RecordTables.activityParticipant) WHERE role = 'participant' AND ccode >= 0"
        )
        while let row = try people.next() { participants[row[0] as String, default: []].append(Int32(row[1] as Int)) }
        let rows = try Row.fetchCursor(db, sql: sql + " ORDER BY start_day, id")
        while let row = try rows.next() {
            let id: String = row[0]
            let start: String = row[1]
            let end: String? = row[2]
            guard let first = Int32(start.prefix(4)) else { continue }
            let members = Array(Set(participants[id] ?? [])).sorted()
            out.firstYear.append(first)
            out.lastYear.append(end.flatMap { Int32($0.prefix(4)) } ?? first)
            out.participants += members
            out.offsets.append(Int32(out.participants.count))
        }
        return out
    }

    private static func votes(_ db: Database) throws -> PanelSources.Votes {
        var out = PanelSources.Votes()
        let calls = try Row.fetchCursor(db, sql: "SELECT rcid, substr(date, 1, 4) FROM un_roll_call")
        while let row = try calls.next() {
            guard let year = (row[1] as String?).flatMap({ Int32($0) }) else { continue }
            out.rollCallYear[Int32(row[0] as Int)] = year
        }
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT v.rcid, c.ccode, v.vote FROM un_vote v JOIN un_country_code c ON c.country_code = v.country_code
                ORDER BY v.rcid
                """)
        while let row = try rows.next() {
            let choice: UInt8
            switch row[2] as String {
            case "yes": choice = 1
            case "abstain": choice = 2
            case "no": choice = 3
            default: continue
            }
            out.rollCall.append(Int32(row[0] as Int))
            out.ccode.append(Int32(row[1] as Int))
            out.choice.append(choice)
        }
        return out
    }
}
