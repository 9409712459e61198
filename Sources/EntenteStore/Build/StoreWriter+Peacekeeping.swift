import EntenteCore

extension StoreWriter {
    /// UN peacekeeping contributions, reference only: users do not import them, so there is no
    /// `user_` twin and ``tablePrefix`` is not applied.
    func insert(_ contributions: [PeacekeepingContribution]) throws(EntenteError) {
        let insert = try BulkInsert(
            db, table: "peacekeeping_contribution",
            columns: [
                "ccode", "as_of", "personnel", "troops", "police", "experts", "mission", "source", "source_url",
                "accessed", "confidence", "note",
            ])
        for row in contributions {
            insert.bind(1, int: row.state.rawValue)
            insert.bind(2, text: row.asOf.iso)
            insert.bind(3, int: row.personnel)
            insert.bind(4, row.troops)
            insert.bind(5, row.police)
            insert.bind(6, row.experts)
            insert.bind(7, row.mission)
            insert.bind(8, text: row.provenance.source)
            insert.bind(9, row.provenance.sourceURL)
            insert.bind(10, row.provenance.accessed?.iso)
            insert.bind(11, text: row.provenance.confidence.rawValue)
            insert.bind(12, row.provenance.note)
            try insert.step()
        }
    }
}
