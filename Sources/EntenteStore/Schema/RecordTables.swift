/// The record tables every query reads: the reference rows and the user's imported rows together.
///
/// Each is a `UNION ALL` subquery over the reference table and its `user_` twin (``UserSchema``),
/// with the columns listed so a column added to one side cannot shift the other. SQLite pushes a
/// query's `WHERE` into both arms, so the indexes of each table still serve. The `user_` tables are
/// named without a schema: in a file store they live only in the attached user database, otherwise
/// in the same database, and SQLite finds them in either.
enum RecordTables {
    static let sourceColumns = "id, name, version, coverage, terms, citation, files"
    /// The organisation columns of the first schema (what a legacy store holds).
    static let organisationColumnsV1 = "id, name, kind, founded, source, observed_until"
    static let organisationColumns = organisationColumnsV1 + ", completeness"
    /// The membership columns of the first schema (what a legacy store holds).
    static let membershipColumnsV1 =
        "id, organisation, ccode, status, start_day, end_day, date_precision, observed_until, source, source_url, "
        + "accessed, confidence, note"
    static let membershipColumns = membershipColumnsV1 + ", party"
    static let treatyStatusColumns =
        "id, treaty, ccode, party, status, signed, joined, withdrawn, source, source_url, accessed, confidence, note"
    /// The activity columns of the first schema (what a legacy store holds).
    static let activityColumnsV1 =
        "id, kind, name, series, start_day, end_day, date_precision, host, location, lat, lon, domains, purpose, "
        + "notified, other_participants, source, source_url, accessed, confidence, note"
    static let activityColumns = activityColumnsV1 + ", participants_complete, declared_participants"
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

    /// The columns the second schema adds to the record tables (migration `user-v2-…` on the user
    /// side): whether an activity's participant list is complete and how many participants the
    /// source declares, whether an organisation's roster is complete, and the code of a member that
    /// is not a COW state (its `ccode` is then -1).
    static func additionsV2(prefix p: String) -> String {
        """
        ALTER TABLE \(p)activity ADD COLUMN participants_complete INTEGER;
        ALTER TABLE \(p)activity ADD COLUMN declared_participants INTEGER;
        ALTER TABLE \(p)organisation ADD COLUMN completeness TEXT;
        ALTER TABLE \(p)membership ADD COLUMN party TEXT;
        """
    }

    /// The record tables' definitions, with every table and index name prefixed: `""` for the
    /// reference data, `"user_"` for the user's imports (the user database's first migration).
    ///
    /// Frozen: the user migration `user-v1-imported-records` runs this text, so a change to a
    /// record table is a new migration (and a new `derivationVersion` for the reference side),
    /// never an edit here.
    static func definitions(prefix p: String) -> String {
        """
        CREATE TABLE \(p)source (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, version TEXT NOT NULL, coverage TEXT NOT NULL,
            terms TEXT NOT NULL, citation TEXT NOT NULL, files TEXT NOT NULL);
        CREATE TABLE \(p)organisation (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, founded TEXT,
            source TEXT NOT NULL REFERENCES \(p)source(id), observed_until TEXT);
        CREATE TABLE \(p)membership (
            id INTEGER PRIMARY KEY, organisation TEXT NOT NULL, ccode INTEGER NOT NULL, status TEXT NOT NULL,
            start_day TEXT NOT NULL, end_day TEXT, date_precision TEXT NOT NULL, observed_until TEXT,
            source TEXT NOT NULL REFERENCES \(p)source(id), source_url TEXT, accessed TEXT,
            confidence TEXT NOT NULL, note TEXT);
        CREATE INDEX \(p)membership_organisation ON \(p)membership(organisation);
        CREATE INDEX \(p)membership_ccode ON \(p)membership(ccode);
        CREATE TABLE \(p)treaty_status (
            id INTEGER PRIMARY KEY, treaty TEXT NOT NULL, ccode INTEGER, party TEXT NOT NULL, status TEXT NOT NULL,
            signed TEXT, joined TEXT, withdrawn TEXT, source TEXT NOT NULL REFERENCES \(p)source(id),
            source_url TEXT, accessed TEXT, confidence TEXT NOT NULL, note TEXT);
        CREATE INDEX \(p)treaty_status_treaty ON \(p)treaty_status(treaty);
        CREATE TABLE \(p)activity (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, series TEXT,
            start_day TEXT NOT NULL, end_day TEXT, date_precision TEXT NOT NULL, host INTEGER,
            location TEXT, lat REAL, lon REAL, domains TEXT NOT NULL, purpose TEXT, notified INTEGER,
            other_participants TEXT NOT NULL, source TEXT NOT NULL REFERENCES \(p)source(id), source_url TEXT,
            accessed TEXT, confidence TEXT NOT NULL, note TEXT);
        CREATE INDEX \(p)activity_start ON \(p)activity(start_day);
        CREATE TABLE \(p)activity_participant (
            id INTEGER PRIMARY KEY, activity TEXT NOT NULL REFERENCES \(p)activity(id), ccode INTEGER NOT NULL,
            role TEXT NOT NULL);
        CREATE INDEX \(p)activity_participant_activity ON \(p)activity_participant(activity);
        CREATE INDEX \(p)activity_participant_ccode ON \(p)activity_participant(ccode);
        """
    }
}
