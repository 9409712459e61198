public import EntenteCore
import EntenteData
import GRDB

extension SQLiteStore {
    /// Validates the whole file in memory first and writes only when every record passed, in one
    /// transaction: a refused file never opens a write, so the store stays byte-for-byte the same.
    ///
    /// Records go to the user tables (``UserSchema``), never to the reference data, so a rebuild
    /// keeps them. Ids must be new to both the reference data and earlier imports.
    public func importRecords(kind: ImportKind, fileName: String, bytes: [UInt8]) async throws(EntenteError)
        -> ImportSummary
    {
        let table: CSVTable
        let trimmed = bytes.drop {
            $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF
        }
        if fileName.lowercased().hasSuffix(".json") || trimmed.first == UInt8(ascii: "[") {
            table = try JSONRecords.table(bytes: bytes, fileName: fileName)
        } else {
            table = try CSVTable(bytes: bytes, fileName: fileName)
        }
        // Parties outside the COW list (the EU, Palestine, territories) are accepted as in the bundled
        // files, so an export of memberships or treaty status imports again.
        let otherParties = try await read { db in Set(try String.fetchAll(db, sql: "SELECT code FROM other_party")) }
        let reader = CuratedReader(
            directory: try await directory(), sourceID: "import:" + fileName, otherParties: otherParties.union(["EU"]))
        let write: @Sendable (Database) throws -> Int
        switch kind {
        case .activities:
            let records = try reader.activities(table)
            let existing = try await read { db in
                try String.fetchSet(db, sql: "SELECT id FROM \(RecordTables.activity)")
            }
            if let index = records.firstIndex(where: { existing.contains($0.id) }) {
                throw EntenteError.inFile(
                    fileName, line: table.lineNumbers[index], field: "id",
                    "the activity id '\(records[index].id)' is already in the store; choose another id.",
                    code: .invalidInput)
            }
            write = { db in
                try StoreWriter(db: db, tablePrefix: "user_").insert(records); return records.count
            }
        case .memberships:
            let records = try reader.memberships(table)
            write = { db in
                try StoreWriter(db: db, tablePrefix: "user_").insert(records); return records.count
            }
        case .organisations:
            let records = try reader.organisations(table)
            let existing = try await read { db in
                try String.fetchSet(db, sql: "SELECT id FROM \(RecordTables.organisation)")
            }
            if let index = records.firstIndex(where: { existing.contains($0.id) }) {
                throw EntenteError.inFile(
                    fileName, line: table.lineNumbers[index], field: "org",
                    "the organisation '\(records[index].id)' is already in the store.", code: .invalidInput)
            }
            write = { db in
                try StoreWriter(db: db, tablePrefix: "user_").insert(records); return records.count
            }
        case .treatyStatus:
            let records = try reader.treatyStatuses(table)
            write = { db in
                try StoreWriter(db: db, tablePrefix: "user_").insert(records); return records.count
            }
        }
        let source = SourceRecord(
            id: "import:" + fileName, name: "Imported file \(fileName)", version: "import", coverage: "as recorded",
            terms: "supplied by the user", citation: "User import of \(fileName)", files: [fileName])
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
                return try write(db)
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
