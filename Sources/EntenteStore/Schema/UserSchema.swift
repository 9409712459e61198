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
            try db.execute(sql: RecordTables.definitions(prefix: "user_"))
        }
        migrator.registerMigration("user-v2-activity-participants-organisation-completeness") { db in
            try db.execute(sql: RecordTables.additionsV2(prefix: "user_"))
        }
        return migrator
    }
}
