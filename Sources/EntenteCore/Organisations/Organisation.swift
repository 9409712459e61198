/// An international organisation, forum or treaty regime that states belong to.
public struct Organisation: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case organisation, forum, treaty, informal
    }

    /// The key, upper case (`NATO`, `ADMM-PLUS`).
    public var id: String
    public var name: String
    public var kind: Kind
    public var founded: Day?
    public var source: String
    /// The last day the membership data observe; after it, spells are carried forward.
    public var observedUntil: Day?
    /// Whether the roster is meant to be complete: `partial` when the curators know members or
    /// parties are missing (counts are then flagged); nil when the source does not say.
    public var completeness: DatasetCoverage.Completeness?

    public init(
        id: String, name: String, kind: Kind, founded: Day?, source: String, observedUntil: Day?,
        completeness: DatasetCoverage.Completeness? = nil
    ) {
        self.completeness = completeness
        self.id = id
        self.name = name
        self.kind = kind
        self.founded = founded
        self.source = source
        self.observedUntil = observedUntil
    }

    /// The canonical key for an organisation name as users write it (`ADMM-Plus` → `ADMM-PLUS`).
    public static func key(_ text: String) -> String {
        String(text.trimmingSpaces().uppercased().map { $0 == " " ? "-" : $0 })
    }
}
