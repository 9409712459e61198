public import EntenteCore
import GRDB

extension SQLiteStore {
    /// The organisation or treaty people mean by `text`: its id (`ADMM-Plus`), an alias (acronym,
    /// full or former name, the Bahasa Indonesia name) or its recorded name, compared without case,
    /// spaces or punctuation. Unknown names get suggestions by id and by name.
    public func organisation(named text: String) async throws(EntenteError) -> Organisation {
        let known = try await organisations()
        if let key = try await organisationKey(for: text) { return OrganisationLookup.record(for: key, in: known) }
        throw OrganisationLookup.unknown(text, known: known)
    }

    /// The organisation key `text` names, or nil: an exact id first, then an alias, then a name.
    /// A treaty known only from treaty-status rows (a user import) is found by its key too.
    public func organisationKey(for text: String) async throws(EntenteError) -> String? {
        let key = Organisation.key(text)
        let match = OrganisationAlias.matchKey(text)
        return try await read { db in
            if try Bool.fetchOne(
                db, sql: "SELECT COUNT(*) > 0 FROM \(RecordTables.organisation) WHERE id = ?", arguments: [key]) == true
            {
                return key
            }
            if let aliased = try String.fetchOne(
                db, sql: "SELECT organisation FROM organisation_alias WHERE match_key = ? ORDER BY id LIMIT 1",
                arguments: [match])
            {
                return aliased
            }
            let named = try Row.fetchAll(db, sql: "SELECT id, name FROM \(RecordTables.organisation) ORDER BY id")
            if let found = OrganisationLookup.byName(
                match, among: named.map { (id: $0["id"] as String, name: $0["name"] as String) })
            {
                return found
            }
            if try Bool.fetchOne(
                db, sql: "SELECT COUNT(*) > 0 FROM \(RecordTables.treatyStatus) WHERE treaty = ?", arguments: [key])
                == true
            {
                return key
            }
            return nil
        }
    }

    /// Every recorded alias, for the `organisations` listing.
    public func organisationAliases() async throws(EntenteError) -> [OrganisationAlias] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT alias, organisation, language, note FROM organisation_alias ORDER BY organisation, id"
            ).map {
                OrganisationAlias(
                    alias: $0["alias"], organisation: $0["organisation"], language: $0["language"], note: $0["note"])
            }
        }
    }
}
