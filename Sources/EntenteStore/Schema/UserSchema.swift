import GRDB

/// The user's own records — everything `importRecords` adds — kept apart from the reference data
/// so that rebuilding the reference data from the bundle never touches them.
///
/// The tables mirror the reference tables of the same name with a `user_` prefix and the same
/// columns, so every query reads both through ``RecordTables``. A file store keeps them in a second
/// file beside the store (`<store>.user.sqlite`, attached as `user`); a store over an injected
/// database keeps them in that database. Migrations are named and append-only: user data is never
/// rebuilt, only migrated.
enum UserSchema {
    /// The schema name a file store attaches the user database under.
    static let attachedName = "user"

    /// The user database beside a store file.
    static func path(besideStore path: String) -> String { path + ".user.sqlite" }

    static func makeMigrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("user-v1-imported-records") { db in
            try db.execute(
                sql: """
                    CREATE TABLE user_source (
                        id TEXT PRIMARY KEY, name TEXT NOT NULL, version TEXT NOT NULL, coverage TEXT NOT NULL,
                        terms TEXT NOT NULL, citation TEXT NOT NULL, files TEXT NOT NULL);
                    CREATE TABLE user_organisation (
                        id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, founded TEXT,
                        source TEXT NOT NULL REFERENCES user_source(id), observed_until TEXT);
                    CREATE TABLE user_membership (
                        id INTEGER PRIMARY KEY, organisation TEXT NOT NULL, ccode INTEGER NOT NULL, status TEXT NOT NULL,
                        start_day TEXT NOT NULL, end_day TEXT, date_precision TEXT NOT NULL, observed_until TEXT,
                        source TEXT NOT NULL REFERENCES user_source(id), source_url TEXT, accessed TEXT,
                        confidence TEXT NOT NULL, note TEXT);
                    CREATE INDEX user_membership_organisation ON user_membership(organisation);
                    CREATE INDEX user_membership_ccode ON user_membership(ccode);
                    CREATE TABLE user_treaty_status (
                        id INTEGER PRIMARY KEY, treaty TEXT NOT NULL, ccode INTEGER, party TEXT NOT NULL, status TEXT NOT NULL,
                        signed TEXT, joined TEXT, withdrawn TEXT, source TEXT NOT NULL REFERENCES user_source(id),
                        source_url TEXT, accessed TEXT, confidence TEXT NOT NULL, note TEXT);
                    CREATE INDEX user_treaty_status_treaty ON user_treaty_status(treaty);
                    CREATE TABLE user_activity (
                        id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, series TEXT,
                        start_day TEXT NOT NULL, end_day TEXT, date_precision TEXT NOT NULL, host INTEGER,
                        location TEXT, lat REAL, lon REAL, domains TEXT NOT NULL, purpose TEXT, notified INTEGER,
                        other_participants TEXT NOT NULL, source TEXT NOT NULL REFERENCES user_source(id), source_url TEXT,
                        accessed TEXT, confidence TEXT NOT NULL, note TEXT);
                    CREATE INDEX user_activity_start ON user_activity(start_day);
                    CREATE TABLE user_activity_participant (
                        id INTEGER PRIMARY KEY, activity TEXT NOT NULL REFERENCES user_activity(id), ccode INTEGER NOT NULL,
                        role TEXT NOT NULL);
                    CREATE INDEX user_activity_participant_activity ON user_activity_participant(activity);
                    CREATE INDEX user_activity_participant_ccode ON user_activity_participant(ccode);
                    """)
        }
        return migrator
    }
}
