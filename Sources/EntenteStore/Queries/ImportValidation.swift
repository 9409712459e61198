import EntenteCore
import EntenteData

/// A user file checked whole before any write: the records it adds, of one kind.
enum ValidatedImport: Sendable {
    case activities([Activity])
    case memberships([MembershipSpell])
    case organisations([Organisation])
    case treatyStatuses([TreatyStatus])

    var count: Int {
        switch self {
        case .activities(let records): records.count
        case .memberships(let records): records.count
        case .organisations(let records): records.count
        case .treatyStatuses(let records): records.count
        }
    }
}

/// What every backend's import does before it writes: parse the file, check every row, refuse it
/// with every problem found. Only the reads of existing ids and the writes are the backend's own.
enum ImportValidation {
    /// The file as a table: a JSON array or CSV.
    static func table(fileName: String, bytes: [UInt8]) throws(EntenteError) -> CSVTable {
        let trimmed = bytes.drop {
            $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF
        }
        let table =
            fileName.lowercased().hasSuffix(".json") || trimmed.first == UInt8(ascii: "[")
            ? try JSONRecords.table(bytes: bytes, fileName: fileName) : try CSVTable(bytes: bytes, fileName: fileName)
        try refuse(nulCharacters(in: table), in: fileName)
        return table
    }

    /// Fields holding U+0000 (a NUL byte in a CSV file, `\u0000` in a JSON string). SQLite would store
    /// the whole text but every read cuts it at the NUL, so an imported name would silently come back
    /// shortened; such a file is refused instead, on every backend.
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

    /// The source row an import adds for its records.
    static func source(fileName: String) -> SourceRecord {
        SourceRecord(
            id: "import:" + fileName, name: "Imported file \(fileName)", version: "import", coverage: "as recorded",
            terms: "supplied by the user", citation: "User import of \(fileName)", files: [fileName])
    }

    /// Checks every row of `table` as records of `kind`; `existingIDs` reads the ids already in the
    /// store (activity ids, organisation ids), which a new record may not reuse.
    static func validate(
        _ kind: ImportKind, table: CSVTable, reader: CuratedReader,
        existingIDs: (ImportKind) async throws(EntenteError) -> Set<String>
    ) async throws(EntenteError) -> ValidatedImport {
        switch kind {
        case .activities:
            let checked = try table.readEachRow { (rows) throws(EntenteError) in try reader.activities(rows) }
            let existing = try await existingIDs(kind)
            var problems = checked.problems
            var firstLine: [String: Int] = [:]
            for (record, line) in zip(checked.records, checked.lines) {
                if let first = firstLine[record.id] {
                    problems.append(
                        problem(
                            table, line: line, field: "id",
                            "the id '\(record.id)' appears twice (first on \(table.isJSON ? "record" : "line") \(first))."
                        ))
                } else {
                    firstLine[record.id] = line
                }
                if existing.contains(record.id) {
                    problems.append(
                        problem(
                            table, line: line, field: "id",
                            "the activity id '\(record.id)' is already in the store; choose another id.",
                            code: .invalidInput))
                }
            }
            try refuse(problems, in: table.fileName)
            return .activities(checked.records)
        case .memberships:
            let checked = try table.readEachRow { (rows) throws(EntenteError) in try reader.memberships(rows) }
            try refuse(checked.problems, in: table.fileName)
            return .memberships(checked.records)
        case .organisations:
            let checked = try table.readEachRow { (rows) throws(EntenteError) in try reader.organisations(rows) }
            let existing = try await existingIDs(kind)
            var problems = checked.problems
            for (record, line) in zip(checked.records, checked.lines) where existing.contains(record.id) {
                problems.append(
                    problem(
                        table, line: line, field: "org", "the organisation '\(record.id)' is already in the store.",
                        code: .invalidInput))
            }
            try refuse(problems, in: table.fileName)
            return .organisations(checked.records)
        case .treatyStatus:
            let checked = try table.readEachRow { (rows) throws(EntenteError) in try reader.treatyStatuses(rows) }
            try refuse(checked.problems, in: table.fileName)
            return .treatyStatuses(checked.records)
        }
    }

    /// A problem on a row of the file being imported.
    private static func problem(
        _ table: CSVTable, line: Int, field: String, _ message: String, code: EntenteError.Code = .malformedFile
    ) -> EntenteError.Problem {
        EntenteError.Problem(
            code: code, file: table.fileName, line: line, field: field, message: message, isRecordNumber: table.isJSON)
    }

    /// Refuses the file when anything was found, before any write.
    private static func refuse(_ problems: [EntenteError.Problem], in fileName: String) throws(EntenteError) {
        guard !problems.isEmpty else { return }
        throw EntenteError.problems(problems, in: fileName, outcome: "Nothing was imported; the store is unchanged.")
    }
}

extension StoreWriter {
    /// Writes validated records to this writer's tables.
    func insert(_ validated: ValidatedImport) throws(EntenteError) {
        switch validated {
        case .activities(let records): try insert(records)
        case .memberships(let records): try insert(records)
        case .organisations(let records): try insert(records)
        case .treatyStatuses(let records): try insert(records)
        }
    }
}
