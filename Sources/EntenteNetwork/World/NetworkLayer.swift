public import EntenteCore

/// The layers of a year's defence-diplomacy network (see ``WorldLayers``); raw values are the
/// names used on the command line, in JSON and in exported files.
public enum NetworkLayer: String, Hashable, Sendable, CaseIterable, Codable {
    /// ATOP obligations, directed.
    case alliance
    case allianceDefense = "alliance.defense"
    case allianceOffense = "alliance.offense"
    case allianceNeutrality = "alliance.neutrality"
    case allianceNonaggression = "alliance.nonaggression"
    case allianceConsultation = "alliance.consultation"
    /// Joint exercises.
    case exercise
    /// Security-organisation co-membership.
    case organisation
    /// Curated agreements and dialogues.
    case agreement
    /// The weighted combination of the four base layers.
    case combined
    /// The combined layer as blocs see it: alliance ties weighted by the obligations that align
    /// states (``WorldLayers/Options/blocObligationWeights``), the other layers as in `combined`.
    case alignment
    /// Hostility: strategic rivalries and militarised disputes, the negative ties of the signed
    /// network that blocs are found on (weights are magnitudes; see ``WorldLayers``).
    case hostility

    /// The layers that enter the combined layer, in its order.
    public static let combinable: [NetworkLayer] = [.alliance, .exercise, .organisation, .agreement]

    /// The per-obligation-type alliance sub-layer.
    public static func alliance(_ type: ObligationType) -> NetworkLayer {
        switch type {
        case .defense: .allianceDefense
        case .offense: .allianceOffense
        case .neutrality: .allianceNeutrality
        case .nonaggression: .allianceNonaggression
        case .consultation: .allianceConsultation
        }
    }

    /// The obligation type of an alliance sub-layer.
    public var obligationType: ObligationType? {
        ObligationType.allCases.first { Self.alliance($0) == self }
    }

    /// Whether the layer's ties are directed (the alliance layer and its sub-layers).
    public var isDirected: Bool { self == .alliance || obligationType != nil }

    /// "alliance, alliance.defense, …" for messages that list the choices.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
