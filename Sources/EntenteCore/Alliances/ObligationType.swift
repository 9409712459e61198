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

extension ObligationType {
    /// The type a name gives (any case), refused with where it was given and the choices; the one
    /// reading of a type name for the command line and the API.
    ///
    /// - Parameter place: where the name was given, for the message (`--alliance-types`, `'alliance_types'`).
    /// - Throws: ``EntenteError`` `.invalidInput` naming the value, the place and the types.
    public static func named(_ name: String, in place: String) throws(EntenteError) -> ObligationType {
        guard let type = ObligationType(rawValue: name.lowercased()) else {
            throw EntenteError(
                .invalidInput,
                "Unknown obligation type '\(name)' in \(place); use "
                    + allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return type
    }
}
