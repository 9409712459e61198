/// One comparison of `network validate`; the command runs all of them unless told otherwise.
public enum NetworkValidationPart: String, Codable, Sendable, CaseIterable {
    /// Blocs against NATO / Warsaw Pact / other, by year (adjusted Rand index).
    case blocs
    /// The composite index against the Lowy Institute "defence networks" ranks (Spearman's ρ).
    case index
    /// The hedging index against expert classifications (confusion table).
    case hedging
    /// UN-vote affinity against published values.
    case affinity

    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
