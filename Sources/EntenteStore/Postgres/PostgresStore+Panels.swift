public import EntenteCore
import PostgresNIO

extension PostgresStore {
    /// Reads each asked-for table in one pass over its rows (see ``PanelSources``), in one read-only
    /// transaction; ``PanelSourceColumns`` turns the rows into columns, as for the SQLite store.
    ///
    /// Where SQLite returns rows in file order, the queries sort by `ctid` (the order the reference
    /// rows were copied in), so the columns come out in the same order on both stores.
    public func panelSources(_ tables: Set<PanelSources.Table>) async throws(EntenteError) -> PanelSources {
        try await readSnapshot("panel data") { reader in
            func each(_ sql: String, _ add: (PostgresRecordRow) -> Void) async throws {
                try await reader.forEach(PostgresQuery(unsafeSQL: sql), add)
            }
            func spells(_ table: String) async throws -> PanelSources.Spells {
                var out = PanelSources.Spells()
                try await each(
                    """
                    SELECT ccode, start_day, coalesce(end_day, observed_until) FROM \(table) ORDER BY ccode, start_day, id
                    """
                ) { PanelSourceColumns.appendSpell($0, to: &out) }
                return out
            }
            func dyadYears(_ source: (table: String, columns: [String])) async throws -> PanelSources.DyadYears {
                var out = PanelSourceColumns.DyadYears(columns: source.columns)
                try await each(
                    "SELECT ccode1, ccode2, year, \(source.columns.joined(separator: ", ")) FROM \(source.table) ORDER BY ctid"
                ) { out.append($0) }
                return out.result
            }
            func stateYears(_ source: (table: String, columns: [String])) async throws -> PanelSources.StateYears {
                var out = PanelSourceColumns.StateYears(columns: source.columns)
                try await each(
                    "SELECT ccode, year, \(source.columns.joined(separator: ", ")) FROM \(source.table) ORDER BY ctid"
                ) { out.append($0) }
                return out.result
            }
            func pairSpells(_ sql: String) async throws -> PanelSources.PairSpells {
                var out = PanelSources.PairSpells()
                try await each(sql) { PanelSourceColumns.appendPairSpell($0, to: &out) }
                return out
            }
            func events(_ sql: String) async throws -> PanelSources.Events {
                // Observers and non-state participants are left out.
                var out = PanelSourceColumns.Events()
                try await each(
                    """
                    SELECT activity, ccode FROM \(RecordTables.activityParticipant) AS participants
                    WHERE role = 'participant' AND ccode >= 0
                    """
                ) { out.appendParticipant($0) }
                try await each(sql + " ORDER BY start_day, id") { out.appendEvent($0) }
                return out.result
            }
            var s = PanelSources()
            for table in tables.sorted(by: { $0.rawValue < $1.rawValue }) {
                switch table {
                case .system: s.system = try await spells("state_system")
                case .majors: s.majors = try await spells("major_power")
                case .alliances: s.alliances = try await dyadYears(PanelSourceColumns.alliances)
                case .disputes: s.disputes = try await dyadYears(PanelSourceColumns.disputes)
                case .wars: s.wars = try await dyadYears(PanelSourceColumns.wars)
                case .contiguity:
                    s.contiguity = try await pairSpells(
                        """
                        SELECT statelno, statehno, "begin" / 100, "end" / 100, conttype FROM contiguity
                        ORDER BY dyad, "begin", ctid
                        """)
                case .rivalries:
                    s.rivalries = try await pairSpells(
                        """
                        SELECT LEAST(ccode1, ccode2), GREATEST(ccode1, ccode2), styear, endyear, rivalryno FROM rivalry
                        ORDER BY rivalryno, ctid
                        """)
                case .capitals:
                    var out = PanelSources.Capitals()
                    try await each(
                        "SELECT ccode, stdate, enddate, lat, lng FROM cow_capital ORDER BY ccode, stdate, ctid"
                    ) {
                        PanelSourceColumns.appendCapital($0, to: &out)
                    }
                    s.capitals = out
                case .capabilities: s.capabilities = try await stateYears(PanelSourceColumns.capabilities)
                case .democracy: s.democracy = try await stateYears(PanelSourceColumns.democracy)
                case .igos:
                    // Full memberships (status 1) only: "shared IGOs" counts organisations both states belong to.
                    var out = PanelSourceColumns.OrganisationSpells()
                    try await each(
                        "SELECT ioname, ccode, first_year, last_year FROM igo_spell WHERE status = 1 ORDER BY ioname, ctid"
                    ) { out.append($0) }
                    s.igos = out.result
                case .exercises:
                    s.exercises = try await events(
                        "SELECT id, start_day, end_day FROM activity WHERE source = 'mme-7' AND kind = 'exercise'")
                case .agreements:
                    s.agreements = try await events(
                        "SELECT id, start_day, end_day FROM \(RecordTables.activity) AS records WHERE kind = 'agreement'"
                    )
                case .votes:
                    var out = PanelSourceColumns.Votes()
                    try await each("SELECT rcid, substr(date, 1, 4) FROM un_roll_call") { out.appendRollCall($0) }
                    try await each(
                        """
                        SELECT v.rcid, c.ccode, v.vote FROM un_vote v JOIN un_country_code c ON c.country_code = v.country_code
                        ORDER BY v.rcid, v.ctid
                        """
                    ) { out.appendVote($0) }
                    s.votes = out.result
                }
            }
            return s
        }
    }
}
