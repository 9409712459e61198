import EntenteData
import GRDB

/// The reference schema: what a build from the bundled data creates.
///
/// Tables that mirror a bundled file are created by ``StoreBuilder`` from the file's header; the
/// tables here are Entente's reshaped vocabulary: states and their names, organisations and
/// membership spells from every source, activities with participants, treaty status, UN peacekeeping
/// contributions (reference only: users do not import them), and the source of every row. Names
/// are lower snake_case so the same schema works in PostgreSQL.
///
/// Reference data is never migrated in place: it is rebuilt whenever ``dataVersion`` changes, so
/// this schema is versioned by ``derivationVersion``. User data lives apart, in ``UserSchema``,
/// with named migrations.
enum StoreSchema {
    /// Bumped when the derivations or this schema change, so an old store is rebuilt.
    static let derivationVersion = "6"

    /// What a store records to say which data built it: the derivation version and a fingerprint of
    /// the bundled files (their names and sizes), so editing a curated file rebuilds the store on the
    /// next run. Computed once per process; it costs one `stat` per bundled file.
    static let dataVersion: String = derivationVersion + "-" + BundledData.fingerprint()

    /// Creates the reference tables in an empty schema, inside the build's transaction.
    static func createReferenceTables(_ db: Database) throws {
        try db.execute(sql: RecordTables.definitions(prefix: ""))
        try db.execute(sql: RecordTables.additionsV2(prefix: ""))
        try db.execute(
            sql: """
                CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE state (
                    ccode INTEGER PRIMARY KEY, abb TEXT NOT NULL, name TEXT NOT NULL, iso3 TEXT, iso2 TEXT,
                    gwcodes TEXT NOT NULL);
                CREATE TABLE state_alias (
                    id INTEGER PRIMARY KEY, ccode INTEGER NOT NULL REFERENCES state(ccode), alias TEXT NOT NULL,
                    preferred INTEGER NOT NULL DEFAULT 0);
                CREATE INDEX state_alias_ccode ON state_alias(ccode);
                CREATE TABLE state_system (
                    id INTEGER PRIMARY KEY, ccode INTEGER NOT NULL REFERENCES state(ccode),
                    start_day TEXT NOT NULL, end_day TEXT, observed_until TEXT);
                CREATE INDEX state_system_ccode ON state_system(ccode);
                CREATE TABLE major_power (
                    id INTEGER PRIMARY KEY, ccode INTEGER NOT NULL, start_day TEXT NOT NULL, end_day TEXT, observed_until TEXT);
                CREATE TABLE organisation_alias (
                    id INTEGER PRIMARY KEY, alias TEXT NOT NULL, match_key TEXT NOT NULL, organisation TEXT NOT NULL,
                    language TEXT, note TEXT);
                CREATE INDEX organisation_alias_match ON organisation_alias(match_key);
                CREATE TABLE other_party (code TEXT PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE un_country_code (country_code TEXT PRIMARY KEY, ccode INTEGER NOT NULL);
                CREATE TABLE obligation_suspension (
                    id INTEGER PRIMARY KEY, organisation TEXT NOT NULL, ccode INTEGER NOT NULL, towards INTEGER NOT NULL,
                    start_day TEXT NOT NULL, end_day TEXT, source TEXT NOT NULL REFERENCES source(id), source_url TEXT,
                    accessed TEXT, confidence TEXT NOT NULL, note TEXT);
                CREATE TABLE peacekeeping_contribution (
                    id INTEGER PRIMARY KEY, ccode INTEGER NOT NULL, as_of TEXT NOT NULL, personnel INTEGER NOT NULL,
                    troops INTEGER, police INTEGER, experts INTEGER, mission TEXT,
                    source TEXT NOT NULL REFERENCES source(id), source_url TEXT, accessed TEXT,
                    confidence TEXT NOT NULL, note TEXT);
                CREATE INDEX peacekeeping_contribution_ccode ON peacekeeping_contribution(ccode);
                """)
    }
}
