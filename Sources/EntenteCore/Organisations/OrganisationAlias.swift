/// Another name people use for an organisation or treaty: an acronym, the full title in another
/// spelling, a former name (CSCE for the OSCE, OAU for the AU) or the name in another language
/// (Perserikatan Bangsa-Bangsa for the UN).
public struct OrganisationAlias: Hashable, Sendable, Codable {
    public var alias: String
    /// The organisation key the alias names.
    public var organisation: String
    /// `en`, `id` (Bahasa Indonesia), `fr` or `other`.
    public var language: String?
    public var note: String?

    public init(alias: String, organisation: String, language: String?, note: String?) {
        self.alias = alias
        self.organisation = organisation
        self.language = language
        self.note = note
    }

    /// The form names are compared in: lower case, letters and digits only, accents folded, so
    /// "Shanghai Co-operation Organisation" and "shanghai cooperation organisation" meet.
    public static func matchKey(_ text: String) -> String {
        StateDirectory.normalise(text)
    }
}
