import Foundation
import GRDB

/// A store as Entente wrote it before user data lived apart: an imported activity in the
/// reference tables and an older data version, so that the next open must carry it over.
enum LegacyStoreFixture {
    static func writeImport(into path: String, file: String, activity id: String, name: String, day: String)
        async throws
    {
        let old = try DatabaseQueue(path: path)
        try await old.write { db in
            try db.execute(
                sql: """
                    UPDATE store_meta SET value = 'older' WHERE key = 'data_version';
                    INSERT INTO source (id, name, version, coverage, terms, citation, files)
                    VALUES (?, ?, 'import', 'as recorded', 'supplied by the user', ?, ?);
                    INSERT INTO activity (id, kind, name, start_day, date_precision, domains, other_participants, source,
                                          confidence)
                    VALUES (?, 'exercise', ?, ?, 'day', '', '', ?, 'high');
                    INSERT INTO activity_participant (activity, ccode, role) VALUES (?, 850, 'participant');
                    """,
                arguments: [
                    "import:" + file, "Imported file " + file, "User import of " + file, file, id, name, day,
                    "import:" + file, id,
                ])
        }
        try old.close()
    }
}
