public import EntenteCore
import GRDB

extension SQLiteStore {
    /// Exports records of one kind in the same columns `importRecords` accepts (states by ISO
    /// alpha-3, or the COW number when a state has no ISO code).
    public func export(_ kind: ImportKind) async throws(EntenteError) -> ExportTable {
        let directory = try await directory()
        let code: @Sendable (Int?) -> String = { ccode in
            guard let ccode else { return "" }
            return directory.state(CowCode(ccode)).map { $0.iso3 ?? String($0.cow.rawValue) } ?? String(ccode)
        }
        switch kind {
        case .organisations:
            return try await read { db in
                ExportTable(
                    header: ["org", "name", "kind", "founded", "source"],
                    rows: try Row.fetchAll(db, sql: "SELECT * FROM \(RecordTables.organisation) ORDER BY id").map {
                        row in
                        [row["id"], row["name"], row["kind"], (row["founded"] as String?) ?? "", row["source"]]
                    })
            }
        case .memberships:
            let rows = try await read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM \(RecordTables.membership) ORDER BY organisation, ccode, start_day"
                ).map {
                    row -> [String] in
                    let state = (row["party"] as String?) ?? code(row["ccode"])
                    return [Self.text(row, "organisation"), state]
                        + Self.texts(
                            row,
                            [
                                "status", "start_day", "end_day", "source", "source_url", "accessed", "confidence",
                                "note",
                            ])
                }
            }
            return ExportTable(
                header: [
                    "org", "state", "status", "start", "end", "source", "source_url", "accessed", "confidence", "note",
                ],
                rows: rows)
        case .treatyStatus:
            let rows = try await read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM \(RecordTables.treatyStatus) ORDER BY treaty, party").map {
                    row -> [String] in
                    let ccode: Int? = row["ccode"]
                    let state = ccode == nil ? Self.text(row, "party") : code(ccode)
                    return [Self.text(row, "treaty"), state]
                        + Self.texts(
                            row,
                            [
                                "status", "signed", "joined", "withdrawn", "source", "source_url", "accessed",
                                "confidence", "note",
                            ])
                }
            }
            return ExportTable(
                header: [
                    "treaty", "state", "status", "signed", "joined", "withdrawn", "source", "source_url", "accessed",
                    "confidence", "note",
                ],
                rows: rows)
        case .activities:
            let activities = try await activities(ActivityFilter())
            return ExportTable(
                header: [
                    "id", "name", "series", "kind", "start", "end", "participants", "host", "observers", "location",
                    "lat", "lon",
                    "domains", "purpose", "notified", "source", "source_url", "accessed", "confidence", "note",
                    "participants_complete", "declared_participants", "date_precision",
                ],
                rows: activities.map { activity in
                    [
                        activity.id, activity.name, activity.series ?? "", activity.kind.rawValue,
                        activity.period.start.iso,
                        activity.period.end?.iso ?? "",
                        activity.participants.map { code($0.rawValue) }.joined(separator: ";"),
                        code(activity.host?.rawValue),
                        activity.observers.map { code($0.rawValue) }.joined(separator: ";"),
                        activity.location ?? "", activity.latitude.map { String($0) } ?? "",
                        activity.longitude.map { String($0) } ?? "",
                        activity.domains.joined(separator: ";"), activity.purpose?.rawValue ?? "",
                        activity.notified.bool.map { $0 ? "true" : "false" } ?? "", activity.source,
                        activity.sourceURL ?? "",
                        activity.accessed?.iso ?? "", activity.confidence.rawValue, activity.note ?? "",
                        activity.participantsComplete.map { $0 ? "true" : "false" } ?? "",
                        activity.declaredParticipants.map(String.init) ?? "",
                        activity.datePrecision == .day ? "" : activity.datePrecision.rawValue,
                    ]
                })
        }
    }

    private static func text(_ row: Row, _ column: String) -> String {
        (row[column] as String?) ?? ""
    }

    private static func texts(_ row: Row, _ columns: [String]) -> [String] {
        columns.map { text(row, $0) }
    }
}
