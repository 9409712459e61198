public import EntenteCore
import EntenteData
import GRDB

extension SQLiteStore {
    /// Validates the whole file in memory first and writes only when every record passed, in one
    /// transaction: a refused file never opens a write, so the store stays byte-for-byte the same.
    ///
    /// Every row is checked, and every refused row is reported (the first
    /// ``EntenteError/problemLimit`` in file order, the rest counted) in one error whose
    /// ``EntenteError/problems`` lists them, so a person can fix a file in one pass.
    ///
    /// Records go to the user tables (``UserSchema``), never to the reference data, so a rebuild
    /// keeps them. Ids must be new to both the reference data and earlier imports.
    public func importRecords(kind: ImportKind, fileName: String, bytes: [UInt8]) async throws(EntenteError)
        -> ImportSummary
    {
        let table = try ImportValidation.table(fileName: fileName, bytes: bytes)
        // Parties outside the COW list (the EU, Palestine, territories) are accepted as in the bundled
        // files, so an export of memberships or treaty status imports again.
        let otherParties = try await read { db in Set(try String.fetchAll(db, sql: "SELECT code FROM other_party")) }
        let reader = CuratedReader(
            directory: try await directory(), sourceID: "import:" + fileName, otherParties: otherParties.union(["EU"]))
        let validated = try await ImportValidation.validate(kind, table: table, reader: reader) {
            (kind) async throws(EntenteError) in
            let table = kind == .activities ? RecordTables.activity : RecordTables.organisation
            return try await read { db in try String.fetchSet(db, sql: "SELECT id FROM \(table)") }
        }
        let source = ImportValidation.source(fileName: fileName)
        let count: Int
        do {
            count = try await writer.write { db in
                try db.execute(
                    sql:
                        "INSERT OR IGNORE INTO user_source (id, name, version, coverage, terms, citation, files) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        source.id, source.name, source.version, source.coverage, source.terms, source.citation,
                        fileName,
                    ])
                try StoreWriter(db: db, tablePrefix: "user_").insert(validated)
                return validated.count
            }
        } catch let error as EntenteError {
            throw error
        } catch {
            throw EntenteError(
                .storage, "Writing the import to the store failed; nothing was changed.", underlying: error)
        }
        return ImportSummary(kind: kind, file: fileName, records: count)
    }
}
