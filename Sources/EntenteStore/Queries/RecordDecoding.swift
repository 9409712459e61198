import EntenteCore
import EntenteData

/// Entente's records rebuilt from the columns of the record tables (``RecordTables``), shared by
/// the SQLite and PostgreSQL stores: only the SQL that selects the rows differs between them.
enum RecordDecoding {
    static func organisation(_ row: some RecordRow) -> Organisation {
        Organisation(
            id: row.string("id"), name: row.string("name"),
            kind: Organisation.Kind(rawValue: row.string("kind")) ?? .organisation, founded: row.day("founded"),
            source: row.string("source"), observedUntil: row.day("observed_until"),
            completeness: row.text("completeness").flatMap { DatasetCoverage.Completeness(rawValue: $0) })
    }

    static func treatyStatus(_ row: some RecordRow) -> TreatyStatus {
        TreatyStatus(
            treaty: row.string("treaty"), state: row.int("ccode").map { CowCode($0) }, party: row.string("party"),
            status: TreatyStatus.Status(rawValue: row.string("status")) ?? .party, signed: row.day("signed"),
            joined: row.day("joined"), withdrawn: row.day("withdrawn"), source: row.string("source"),
            sourceURL: row.text("source_url"), accessed: row.day("accessed"),
            confidence: Confidence(rawValue: row.string("confidence")) ?? .medium, note: row.text("note"))
    }

    /// An activity row with the participants and observers read from its participant rows.
    static func activity(_ row: some RecordRow, participants: [CowCode], observers: [CowCode]) -> Activity {
        let notified = row.int("notified")
        return Activity(
            id: row.string("id"), kind: ActivityKind(rawValue: row.string("kind")) ?? .exercise,
            name: row.string("name"), series: row.text("series"),
            period: DayInterval(start: row.day("start_day") ?? Day(ordinal: 0), end: row.day("end_day")),
            datePrecision: DatePrecision(rawValue: row.string("date_precision")) ?? .day,
            participants: participants,
            otherParticipants: row.string("other_participants").split(separator: ";").map(String.init),
            host: row.int("host").map { CowCode($0) }, observers: observers, location: row.text("location"),
            latitude: row.double("lat"), longitude: row.double("lon"),
            domains: row.string("domains").split(separator: ";").map(String.init),
            purpose: row.text("purpose").flatMap { Activity.Purpose(rawValue: $0) },
            notified: Truth(notified.map { $0 == 1 }), source: row.string("source"),
            confidence: Confidence(rawValue: row.string("confidence")) ?? .medium, note: row.text("note"),
            sourceURL: row.text("source_url"), accessed: row.day("accessed"),
            participantsComplete: row.int("participants_complete").map { $0 == 1 },
            declaredParticipants: row.int("declared_participants"))
    }

    static func peacekeepingContribution(_ row: some RecordRow) -> PeacekeepingContribution {
        PeacekeepingContribution(
            state: CowCode(row.int("ccode") ?? 0), asOf: row.day("as_of") ?? Day(ordinal: 0),
            personnel: row.int("personnel") ?? 0, troops: row.int("troops"), police: row.int("police"),
            experts: row.int("experts"), mission: row.text("mission"),
            provenance: Provenance(
                source: row.string("source"), sourceURL: row.text("source_url"), accessed: row.day("accessed"),
                confidence: Confidence(rawValue: row.string("confidence")) ?? .medium, note: row.text("note")))
    }

    static func source(_ row: some RecordRow) -> SourceRecord {
        let id = row.string("id")
        var record = SourceRecord(
            id: id, name: row.string("name"), version: row.string("version"), coverage: row.string("coverage"),
            terms: row.string("terms"), citation: row.string("citation"),
            files: row.string("files").split(separator: ";").map(String.init))
        // Coverage is typed data of the catalogue, so it is read from there rather than stored twice.
        record.span = DatasetCatalog.source(id)?.span
        return record
    }

    static func state(_ row: some RecordRow) -> StateInfo {
        StateInfo(
            cow: CowCode(row.int("ccode") ?? 0), cowAbbreviation: row.string("abb"), name: row.string("name"),
            iso3: row.text("iso3"), iso2: row.text("iso2"),
            gleditschWard: row.string("gwcodes").split(separator: ";").compactMap { Int($0) })
    }

    /// The state directory from the `state` rows and the `state_alias` rows (in id order).
    static func directory(states: [some RecordRow], aliases aliasRows: [some RecordRow]) -> StateDirectory {
        var aliases: [CowCode: [String]] = [:]
        var preferred: [String: CowCode] = [:]
        for row in aliasRows {
            let state = CowCode(row.int("ccode") ?? 0)
            aliases[state, default: []].append(row.string("alias"))
            if row.int("preferred") == 1 { preferred[row.string("alias")] = state }
        }
        return StateDirectory(states: states.map { Self.state($0) }, aliases: aliases, preferred: preferred)
    }
}

extension RecordDecoding {
    /// Activity rows with their participants and observers, from the participant rows of those
    /// activities (`activity`, `ccode`, `role`, ordered by activity then id).
    static func activities(_ rows: [some RecordRow], participantRows: [some RecordRow]) -> [Activity] {
        var participants: [String: [CowCode]] = [:]
        var observers: [String: [CowCode]] = [:]
        for row in participantRows {
            let code = CowCode(row.int("ccode") ?? 0)
            if row.text("role") == "observer" {
                observers[row.string("activity"), default: []].append(code)
            } else {
                participants[row.string("activity"), default: []].append(code)
            }
        }
        return rows.map { row in
            let id = row.string("id")
            return activity(row, participants: participants[id] ?? [], observers: observers[id] ?? [])
        }
    }
}
