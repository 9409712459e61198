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
        let table: CSVTable
        let trimmed = bytes.drop {
            $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF
        }
        if fileName.lowercased().hasSuffix(".json") || trimmed.first == UInt8(ascii: "[") {
            table = try JSONRecords.table(bytes: bytes, fileName: fileName)
        } else {
            table = try CSVTable(bytes: bytes, fileName: fileName)
        }
        try Self.refuse(Self.nulCharacters(in: table), in: fileName)
        // Parties outside the COW list (the EU, Palestine, territories) are accepted as in the bundled
        // files, so an export of memberships or treaty status imports again.
        let otherParties = try await read { db in Set(try String.fetchAll(db, sql: "SELECT code FROM other_party")) }
        let reader = CuratedReader(
            directory: try await directory(), sourceID: "import:" + fileName, otherParties: otherParties.union(["EU"]))
        let write: @Sendable (Database) throws -> Int
        switch kind {
        case .activities:
            let checked = try table.readEachRow { (rows) throws(EntenteError) in try reader.activities(rows) }
            let existing = try await read { db in
                try String.fetchSet(db, sql: "SELECT id FROM \(RecordTables.activity)")
            }
            var problems = checked.problems
            var firstLine: [String: Int] = [:]
            for (record, line) in zip(checked.records, checked.lines) {
                if let first = firstLine[record.id] {
                    problems.append(
                        Self.problem(
                            table, line: line, field: "id",
                            "the id '\(record.id)' appears twice (first on \(table.isJSON ? "record" : "line") \(first))."
                        ))
                } else {
                    firstLine[record.id] = line
                }
                if existing.contains(record.id) {
                    problems.append(
                        Self.problem(
                            table, line: line, field: "id",
                            "the activity id '\(record.id)' is already in the store; choose another id.",
                            code: .invalidInput))
                }
            }
            try Self.refuse(problems, in: fileName)
            let records = checked.records
            write = { db in
                try StoreWriter(db: db, tablePrefix: "user_").insert(records); return records.count
            }
        case .memberships:
            let checked = try table.readEachRow { (rows) throws(EntenteError) in try reader.memberships(rows) }
            try Self.refuse(checked.problems, in: fileName)
            let records = checked.records
            write = { db in
                try StoreWriter(db: db, tablePrefix: "user_").insert(records); return records.count
            }
        case .organisations:
            let checked = try table.readEachRow { (rows) throws(EntenteError) in try reader.organisations(rows) }
            let existing = try await read { db in
                try String.fetchSet(db, sql: "SELECT id FROM \(RecordTables.organisation)")
            }
            var problems = checked.problems
            for (record, line) in zip(checked.records, checked.lines) where existing.contains(record.id) {
                problems.append(
                    Self.problem(
                        table, line: line, field: "org", "the organisation '\(record.id)' is already in the store.",
                        code: .invalidInput))
            }
            try Self.refuse(problems, in: fileName)
            let records = checked.records
            write = { db in
                try StoreWriter(db: db, tablePrefix: "user_").insert(records); return records.count
            }
        case .treatyStatus:
            let checked = try table.readEachRow { (rows) throws(EntenteError) in try reader.treatyStatuses(rows) }
            try Self.refuse(checked.problems, in: fileName)
            let records = checked.records
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

    /// A problem on a row of the file being imported.
    private static func problem(
        _ table: CSVTable, line: Int, field: String, _ message: String, code: EntenteError.Code = .malformedFile
    ) -> EntenteError.Problem {
        EntenteError.Problem(
            code: code, file: table.fileName, line: line, field: field, message: message, isRecordNumber: table.isJSON)
    }

    /// Fields holding U+0000 (a NUL byte in a CSV file, `\u0000` in a JSON string). SQLite would store
    /// the whole text but every read cuts it at the NUL, so an imported name would silently come back
    /// shortened; such a file is refused instead.
    private static func nulCharacters(in table: CSVTable) -> [EntenteError.Problem] {
        var problems: [EntenteError.Problem] = []
        for (row, line) in zip(table.rows, table.lineNumbers) {
            for (column, field) in row.enumerated() where field.utf8.contains(0) {
                problems.append(
                    problem(
                        table, line: line, field: column < table.header.count ? table.header[column] : "\(column + 1)",
                        "the text holds a NUL character (U+0000), which the store cannot keep; remove it."))
            }
        }
        return problems
    }

    /// Refuses the file when anything was found, before any write.
    private static func refuse(_ problems: [EntenteError.Problem], in fileName: String) throws(EntenteError) {
        guard !problems.isEmpty else { return }
        throw EntenteError.problems(problems, in: fileName, outcome: "Nothing was imported; the store is unchanged.")
    }
}
