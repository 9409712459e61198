public import EntenteCore
import GRDB

extension SQLiteStore {
    /// Reads each asked-for table in one pass over its rows (see ``PanelSources``), in one read
    /// transaction; ``PanelSourceColumns`` turns the rows into columns.
    public func panelSources(_ tables: Set<PanelSources.Table>) async throws(EntenteError) -> PanelSources {
        try await read { db in
            func each(_ sql: String, _ add: (Row) -> Void) throws {
                let rows = try Row.fetchCursor(db, sql: sql)
                while let row = try rows.next() { add(row) }
            }
            func spells(_ table: String) throws -> PanelSources.Spells {
                var out = PanelSources.Spells()
                try each(
                    "SELECT ccode, start_day, coalesce(end_day, observed_until) FROM \(table) ORDER BY ccode, start_day"
                ) { PanelSourceColumns.appendSpell($0, to: &out) }
                return out
            }
            func dyadYears(_ source: (table: String, columns: [String])) throws -> PanelSources.DyadYears {
                var out = PanelSourceColumns.DyadYears(columns: source.columns)
                try each("SELECT ccode1, ccode2, year, \(source.columns.joined(separator: ", ")) FROM \(source.table)")
                {
                    out.append($0)
                }
                return out.result
            }
            func stateYears(_ source: (table: String, columns: [String])) throws -> PanelSources.StateYears {
                var out = PanelSourceColumns.StateYears(columns: source.columns)
                try each("SELECT ccode, year, \(source.columns.joined(separator: ", ")) FROM \(source.table)") {
                    out.append($0)
                }
                return out.result
            }
            func pairSpells(_ sql: String) throws -> PanelSources.PairSpells {
                var out = PanelSources.PairSpells()
                try each(sql) { PanelSourceColumns.appendPairSpell($0, to: &out) }
                return out
            }
            func events(_ sql: String) throws -> PanelSources.Events {
                // Observers and non-state participants are left out.
                var out = PanelSourceColumns.Events()
                try each(
                    "SELECT activity, ccode FROM \(RecordTables.activityParticipant) WHERE role = 'participant' AND ccode >= 0"
                ) { out.appendParticipant($0) }
                try each(sql + " ORDER BY start_day, id") { out.appendEvent($0) }
                return out.result
            }
            var s = PanelSources()
            for table in tables.sorted(by: { $0.rawValue < $1.rawValue }) {
                switch table {
                case .system: s.system = try spells("state_system")
                case .majors: s.majors = try spells("major_power")
                case .alliances: s.alliances = try dyadYears(PanelSourceColumns.alliances)
                case .disputes: s.disputes = try dyadYears(PanelSourceColumns.disputes)
                case .wars: s.wars = try dyadYears(PanelSourceColumns.wars)
                case .contiguity:
                    s.contiguity = try pairSpells(
                        "SELECT statelno, statehno, begin / 100, \"end\" / 100, conttype FROM contiguity ORDER BY dyad, begin"
                    )
                case .rivalries:
                    s.rivalries = try pairSpells(
                        "SELECT min(ccode1, ccode2), max(ccode1, ccode2), styear, endyear, rivalryno FROM rivalry ORDER BY rivalryno"
                    )
                case .capitals:
                    var out = PanelSources.Capitals()
                    try each("SELECT ccode, stdate, enddate, lat, lng FROM cow_capital ORDER BY ccode, stdate") {
                        PanelSourceColumns.appendCapital($0, to: &out)
                    }
                    s.capitals = out
                case .capabilities: s.capabilities = try stateYears(PanelSourceColumns.capabilities)
                case .democracy: s.democracy = try stateYears(PanelSourceColumns.democracy)
                case .igos:
                    // Full memberships (status 1) only: "shared IGOs" counts organisations both states belong to.
                    var out = PanelSourceColumns.OrganisationSpells()
                    try each(
                        "SELECT ioname, ccode, first_year, last_year FROM igo_spell WHERE status = 1 ORDER BY ioname"
                    ) { out.append($0) }
                    s.igos = out.result
                case .exercises:
                    s.exercises = try events(
                        "SELECT id, start_day, end_day FROM activity WHERE source = 'mme-7' AND kind = 'exercise'")
                case .agreements:
                    s.agreements = try events(
                        "SELECT id, start_day, end_day FROM \(RecordTables.activity) WHERE kind = 'agreement'")
                case .votes:
                    var out = PanelSourceColumns.Votes()
                    try each("SELECT rcid, substr(date, 1, 4) FROM un_roll_call") { out.appendRollCall($0) }
                    try each(
                        """
                        SELECT v.rcid, c.ccode, v.vote FROM un_vote v JOIN un_country_code c ON c.country_code = v.country_code
                        ORDER BY v.rcid
                        """
                    ) { out.appendVote($0) }
                    s.votes = out.result
                }
            }
            return s
        }
    }
}
