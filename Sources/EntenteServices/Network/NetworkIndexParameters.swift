public import EntenteCore
import EntenteNetwork

/// The weight presets of the composite defence-network index.
public enum NetworkIndexPreset: String, Sendable, Hashable, CaseIterable, Codable {
    case defenceNetworks = "defence-networks"
    case allianceHeavy = "alliance-heavy"
    case practiceHeavy = "practice-heavy"
    case equal

    var weights: CompositeIndex.WeightPreset {
        switch self {
        case .defenceNetworks: .defenceNetworks
        case .allianceHeavy: .allianceHeavy
        case .practiceHeavy: .practiceHeavy
        case .equal:
            .equal([
                CompositeIndex.Indicators.alliances, CompositeIndex.Indicators.exercises,
                CompositeIndex.Indicators.organisations, CompositeIndex.Indicators.centrality,
            ])
        }
    }
}

/// Which states the index ranks, how it weighs the indicators, and how the rank interval is drawn.
public struct NetworkIndexParameters: Sendable, Hashable {
    /// Rank this region's states; nil ranks every state.
    public var region: Region?
    public var preset: NetworkIndexPreset
    /// Dirichlet draws of the weights for the rank interval.
    public var samples: Int
    /// Dirichlet concentration (higher: weights vary less).
    public var concentration: Double
    public var seed: UInt64
    /// Show only the N best-ranked states.
    public var top: Int?

    public init(
        region: Region? = nil, preset: NetworkIndexPreset = .defenceNetworks, samples: Int = 1_000,
        concentration: Double = 50, seed: UInt64 = 1, top: Int? = nil
    ) {
        self.region = region
        self.preset = preset
        self.samples = samples
        self.concentration = concentration
        self.seed = seed
        self.top = top
    }

    func validate() throws(EntenteError) {
        guard samples >= 1 else { throw EntenteError(.invalidInput, "Draw at least 1 sample; got \(samples).") }
        guard concentration.isFinite, concentration > 0 else {
            throw EntenteError(.invalidInput, "The concentration must be greater than 0; got \(concentration).")
        }
        if let top, top < 1 { throw EntenteError(.invalidInput, "Show at least 1 state; got \(top).") }
    }
}
