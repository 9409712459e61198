/// The record tables every query reads: the reference rows and the user's imported rows together.
///
/// Each is a `UNION ALL` subquery over the reference table and its `user_` twin (``UserSchema``),
/// with the columns listed so a column added to one side cannot shift the other. SQLite pushes a
/// query's `WHERE` into both arms, so the indexes of each table still serve. The `user_` tables are
/// named without a schema: in a file store they live only in the attached user database, otherwise
/// in the same database, and SQLite finds them in either.
enum RecordTables {
    static let sourceColumns = "id, name, version, coverage, terms, citation, files"
    static let organisationColumns = "id, name, kind, founded, source, observed_until"
    static let membershipColumns =
        "id, organisation, ccode, status, start_day, end_day, date_precision, observed_until, source, source_url, "
        + "accessed, confidence, note"
    static let treatyStatusColumns =
        "id, treaty, ccode, party, status, signed, joined, withdrawn, source, source_url, accessed, confidence, note"
    static let activityColumns =
        "id, kind, name, series, start_day, end_day, date_precision, host, location, lat, lon, domains, purpose, "
        + "notified, other_participants, source, source_url, accessed, confidence, note"
    static let participantColumns = "id, activity, ccode, role"

    static let source = union("source", sourceColumns)
    static let organisation = union("organisation", organisationColumns)
    static let membership = union("membership", membershipColumns)
    static let treatyStatus = union("treaty_status", treatyStatusColumns)
    static let activity = union("activity", activityColumns)
    static let activityParticipant = union("activity_participant", participantColumns)

    private static func union(_ table: String, _ columns: String) -> String {
        "(SELECT \(columns) FROM \(table) UNION ALL SELECT \(columns) FROM user_\(table))"
    }
}
