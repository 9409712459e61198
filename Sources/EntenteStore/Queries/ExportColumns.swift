import EntenteCore

/// Records written in the columns `importRecords` accepts, so an export can be edited and imported
/// again; shared by every backend, which selects the rows.
///
/// States are written by ISO alpha-3, or the COW number when a state has no ISO code.
struct ExportColumns {
    let directory: StateDirectory

    /// A state's code in the import format; empty for none.
    func code(_ ccode: Int?) -> String {
        guard let ccode else { return "" }
        return directory.state(CowCode(ccode)).map { $0.iso3 ?? String($0.cow.rawValue) } ?? String(ccode)
    }

    /// Organisation rows (`SELECT *` of the organisation records, by id).
    func organisations(_ rows: [some RecordRow]) -> ExportTable {
        ExportTable(
            header: ["org", "name", "kind", "founded", "source"],
            rows: rows.map { row in Self.texts(row, ["id", "name", "kind", "founded", "source"]) })
    }

    /// Membership rows (`SELECT *` of the membership records, by organisation, state and start);
    /// a participant outside the COW list is written under its own code.
    func memberships(_ rows: [some RecordRow]) -> ExportTable {
        ExportTable(
            header: [
                "org", "state", "status", "start", "end", "source", "source_url", "accessed", "confidence", "note",
            ],
            rows: rows.map { row in
                [row.string("organisation"), row.text("party") ?? code(row.int("ccode"))]
                    + Self.texts(
                        row,
                        ["status", "start_day", "end_day", "source", "source_url", "accessed", "confidence", "note"])
            })
    }

    /// Treaty-status rows (`SELECT *` of the treaty-status records, by treaty and party); a party
    /// without a COW number is written under its recorded name.
    func treatyStatuses(_ rows: [some RecordRow]) -> ExportTable {
        ExportTable(
            header: [
                "treaty", "state", "status", "signed", "joined", "withdrawn", "source", "source_url", "accessed",
                "confidence", "note",
            ],
            rows: rows.map { row in
                let ccode = row.int("ccode")
                return [row.string("treaty"), ccode == nil ? row.string("party") : code(ccode)]
                    + Self.texts(
                        row,
                        [
                            "status", "signed", "joined", "withdrawn", "source", "source_url", "accessed", "confidence",
                            "note",
                        ])
            })
    }

    /// Every activity, in listing order.
    func activities(_ activities: [Activity]) -> ExportTable {
        ExportTable(
            header: [
                "id", "name", "series", "kind", "start", "end", "participants", "host", "observers", "location", "lat",
                "lon", "domains", "purpose", "notified", "source", "source_url", "accessed", "confidence", "note",
                "participants_complete", "declared_participants", "date_precision",
            ],
            rows: activities.map { activity in
                [
                    activity.id, activity.name, activity.series ?? "", activity.kind.rawValue,
                    activity.period.start.iso, activity.period.end?.iso ?? "",
                    activity.participants.map { code($0.rawValue) }.joined(separator: ";"),
                    code(activity.host?.rawValue),
                    activity.observers.map { code($0.rawValue) }.joined(separator: ";"),
                    activity.location ?? "", activity.latitude.map { String($0) } ?? "",
                    activity.longitude.map { String($0) } ?? "",
                    activity.domains.joined(separator: ";"), activity.purpose?.rawValue ?? "",
                    activity.notified.bool.map { $0 ? "true" : "false" } ?? "", activity.source,
                    activity.sourceURL ?? "", activity.accessed?.iso ?? "", activity.confidence.rawValue,
                    activity.note ?? "", activity.participantsComplete.map { $0 ? "true" : "false" } ?? "",
                    activity.declaredParticipants.map(String.init) ?? "",
                    activity.datePrecision == .day ? "" : activity.datePrecision.rawValue,
                ]
            })
    }

    private static func texts(_ row: some RecordRow, _ columns: [String]) -> [String] {
        columns.map { row.text($0) ?? "" }
    }
}
