import EntenteCore

/// How a name becomes an organisation, apart from the SQL that finds candidates; shared by every backend.
enum OrganisationLookup {
    /// The record for a resolved key: a known organisation, or a treaty known only from imported
    /// treaty-status rows, named by its key.
    static func record(for key: String, in known: [Organisation]) -> Organisation {
        known.first { $0.id == key }
            ?? Organisation(
                id: key, name: key, kind: .treaty, founded: nil, source: "treaty_status", observedUntil: nil)
    }

    /// The refusal of an unknown name, with close ids first ("NAT0" → NATO), then ids whose names
    /// are close ("Shanghai Cooperation").
    static func unknown(_ text: String, known: [Organisation]) -> EntenteError {
        let key = Organisation.key(text)
        var close = Suggestions.closest(to: key, in: known.map(\.id))
        if close.isEmpty {
            let byName = Dictionary(known.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
            close = Suggestions.closest(to: text, in: known.map(\.name)).compactMap { byName[$0] }
        }
        var message = "Unknown organisation '\(text)'."
        if !close.isEmpty { message += " Did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?" }
        return EntenteError(.unknownOrganisation, message + " `entente data organisations` lists them.")
    }

    /// The id whose recorded name or id matches `match` (an ``OrganisationAlias/matchKey(_:)``),
    /// among `(id, name)` pairs in id order.
    static func byName(_ match: String, among organisations: [(id: String, name: String)]) -> String? {
        organisations.first {
            OrganisationAlias.matchKey($0.name) == match || OrganisationAlias.matchKey($0.id) == match
        }?.id
    }
}
