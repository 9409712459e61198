/// An ATOP obligation type, with the one spelling used everywhere: alliance sub-layer names
/// (`alliance.nonaggression`), command-line values, JSON and the knowledge base's alliance reports.
public enum ObligationType: String, Hashable, Sendable, CaseIterable, Codable {
    case defense, offense, neutrality, nonaggression, consultation

    /// The flag in ``Obligations``.
    public var flag: Obligations {
        switch self {
        case .defense: .defense
        case .offense: .offense
        case .neutrality: .neutrality
        case .nonaggression: .nonAggression
        case .consultation: .consultation
        }
    }
}
