/// How `network blocs` finds blocs.
public enum NetworkBlocMethod: String, Sendable, Hashable, CaseIterable, Codable {
    /// Signed modularity (Gómez, Jensen and Arenas 2009) on the layer minus the hostility layer:
    /// rivalries, disputes and wars push states apart. The default.
    case signed
    /// Newman–Girvan modularity (Louvain) on the layer alone, as before signed ties existed.
    case louvain

    /// "signed, louvain" for messages that list the choices.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
