import EntenteCore
import GRDB

/// Writes Entente's own record types into the store's tables; used by the build (reference tables)
/// and by imports (the `user_` tables of ``UserSchema``).
struct StoreWriter {
    let db: Database
    /// Prefixed to every table name: empty for reference data, `user_` for imports.
    var tablePrefix = ""

    func insert(_ organisations: [Organisation]) throws(EntenteError) {
        let insert = try BulkInsert(
            db, table: tablePrefix + "organisation",
            columns: ["id", "name", "kind", "founded", "source", "observed_until", "completeness"])
        for organisation in organisations {
            insert.bind(7, organisation.completeness?.rawValue)
            insert.bind(1, text: organisation.id)
            insert.bind(2, text: organisation.name)
            insert.bind(3, text: organisation.kind.rawValue)
            insert.bind(4, organisation.founded?.iso)
            insert.bind(5, text: organisation.source)
            insert.bind(6, organisation.observedUntil?.iso)
            try insert.step()
        }
    }

    func insert(_ spells: [MembershipSpell]) throws(EntenteError) {
        let insert = try BulkInsert(
            db, table: tablePrefix + "membership",
            columns: [
                "organisation", "ccode", "status", "start_day", "end_day", "date_precision", "observed_until",
                "source", "source_url", "accessed", "confidence", "note", "party",
            ])
        for spell in spells {
            insert.bind(13, spell.party)
            insert.bind(1, text: spell.organisation)
            insert.bind(2, int: spell.state.rawValue)
            insert.bind(3, text: spell.status.rawValue)
            insert.bind(4, text: spell.period.start.iso)
            insert.bind(5, spell.period.end?.iso)
            insert.bind(6, text: spell.datePrecision.rawValue)
            insert.bind(7, spell.observedUntil?.iso)
            Self.bindProvenance(
                insert, from: 8, spell.source, spell.sourceURL, spell.accessed, spell.confidence, spell.note)
            try insert.step()
        }
    }

    func insert(_ statuses: [TreatyStatus]) throws(EntenteError) {
        let insert = try BulkInsert(
            db, table: tablePrefix + "treaty_status",
            columns: [
                "treaty", "ccode", "party", "status", "signed", "joined", "withdrawn", "source", "source_url",
                "accessed", "confidence", "note",
            ])
        for status in statuses {
            insert.bind(1, text: status.treaty)
            insert.bind(2, status.state?.rawValue)
            insert.bind(3, text: status.party)
            insert.bind(4, text: status.status.rawValue)
            insert.bind(5, status.signed?.iso)
            insert.bind(6, status.joined?.iso)
            insert.bind(7, status.withdrawn?.iso)
            Self.bindProvenance(
                insert, from: 8, status.source, status.sourceURL, status.accessed, status.confidence, status.note)
            try insert.step()
        }
    }

    func insert(_ activities: [Activity]) throws(EntenteError) {
        let insert = try BulkInsert(
            db, table: tablePrefix + "activity",
            columns: [
                "id", "kind", "name", "series", "start_day", "end_day", "date_precision", "host", "location", "lat",
                "lon", "domains", "purpose", "notified", "other_participants", "source", "source_url", "accessed",
                "confidence", "note", "participants_complete", "declared_participants",
            ])
        let participant = try BulkInsert(
            db, table: tablePrefix + "activity_participant", columns: ["activity", "ccode", "role"])
        for activity in activities {
            insert.bind(1, text: activity.id)
            insert.bind(2, text: activity.kind.rawValue)
            insert.bind(3, text: activity.name)
            insert.bind(4, activity.series)
            insert.bind(5, text: activity.period.start.iso)
            insert.bind(6, activity.period.end?.iso)
            insert.bind(7, text: activity.datePrecision.rawValue)
            insert.bind(8, activity.host?.rawValue)
            insert.bind(9, activity.location)
            insert.bind(10, activity.latitude)
            insert.bind(11, activity.longitude)
            insert.bind(12, text: activity.domains.joined(separator: ";"))
            insert.bind(13, activity.purpose?.rawValue)
            insert.bind(14, activity.notified.bool.map { $0 ? 1 : 0 })
            insert.bind(15, text: activity.otherParticipants.joined(separator: ";"))
            Self.bindProvenance(
                insert, from: 16, activity.source, activity.sourceURL, activity.accessed, activity.confidence,
                activity.note)
            insert.bind(21, activity.participantsComplete.map { $0 ? 1 : 0 })
            insert.bind(22, activity.declaredParticipants)
            do {
                try insert.step()
            } catch {
                throw EntenteError(
                    .invalidInput, "The activity id '\(activity.id)' is already in the store; choose another id.")
            }
            for (role, states) in [("participant", activity.participants), ("observer", activity.observers)] {
                for state in states {
                    participant.bind(1, text: activity.id)
                    participant.bind(2, int: state.rawValue)
                    participant.bind(3, text: role)
                    try participant.step()
                }
            }
        }
    }

    /// Binds the five columns every record table ends with — source, source_url, accessed,
    /// confidence, note — from position `first` on.
    private static func bindProvenance(
        _ insert: BulkInsert, from first: Int32, _ source: String, _ url: String?, _ accessed: Day?,
        _ confidence: Confidence, _ note: String?
    ) {
        insert.bind(first, text: source)
        insert.bind(first + 1, url)
        insert.bind(first + 2, accessed?.iso)
        insert.bind(first + 3, text: confidence.rawValue)
        insert.bind(first + 4, note)
    }
}
