public import EntenteSim

/// A sensitivity analysis: one-at-a-time or Morris, written flat with a `method` field.
public enum SensitivityReport: Codable, Sendable, Hashable {
    case oneAtATime(OneAtATimeReport)
    case morris(MorrisReport)

    private enum CodingKeys: String, CodingKey { case method }

    public init(from decoder: any Decoder) throws {
        let method = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .method)
        switch method {
        case SensitivityMethod.oneAtATime.rawValue: self = .oneAtATime(try OneAtATimeReport(from: decoder))
        case SensitivityMethod.morris.rawValue: self = .morris(try MorrisReport(from: decoder))
        default:
            throw DecodingError.dataCorrupted(
                .init(codingPath: [CodingKeys.method], debugDescription: "expected 'oat' or 'morris'"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .oneAtATime(let report): try report.encode(to: encoder)
        case .morris(let report): try report.encode(to: encoder)
        }
    }
}

/// The sensitivity methods.
public enum SensitivityMethod: String, Sendable, Hashable, Codable, CaseIterable {
    case oneAtATime = "oat"
    case morris
}

/// Each parameter moved across its range with the others at their scenario values.
public struct OneAtATimeReport: Codable, Sendable, Hashable {
    /// Always "oat".
    public var method: String
    public var parameters: [String]
    public var metrics: [String]
    /// Ensemble means at the scenario's own values, per metric.
    public var baseline: [Double?]
    /// `levels[p]`: the values parameter `p` takes.
    public var levels: [[Double]]
    /// `means[p][level][metric]`: ensemble mean with parameter `p` at that level.
    public var means: [[[Double?]]]
    /// `effects[p][metric]`: largest minus smallest ensemble mean over parameter `p`'s levels.
    public var effects: [[Double?]]

    public init(_ r: SensitivityAnalysis.OneAtATime) {
        method = SensitivityMethod.oneAtATime.rawValue
        parameters = r.parameterNames
        metrics = r.metricNames
        baseline = r.baseline.map(\.finite)
        levels = r.levels
        means = r.means.map { $0.map { $0.map(\.finite) } }
        effects = r.effects.map { $0.map(\.finite) }
    }
}

/// Morris elementary effects: μ, μ* and σ per parameter and metric.
public struct MorrisReport: Codable, Sendable, Hashable {
    /// Always "morris".
    public var method: String
    public var trajectories: Int
    public var levels: Int
    public var parameters: [String]
    public var metrics: [String]
    /// `mu[p][m]`: mean elementary effect of parameter `p` on metric `m`.
    public var mu: [[Double?]]
    /// `muStar[p][m]`: mean absolute elementary effect, the importance ranking.
    public var muStar: [[Double?]]
    /// `sigma[p][m]`: standard deviation of the elementary effects.
    public var sigma: [[Double?]]

    public init(_ r: SensitivityAnalysis.Morris) {
        method = SensitivityMethod.morris.rawValue
        trajectories = r.trajectories
        levels = r.levels
        parameters = r.parameterNames
        metrics = r.metricNames
        mu = r.mu.map { $0.map(\.finite) }
        muStar = r.muStar.map { $0.map(\.finite) }
        sigma = r.sigma.map { $0.map(\.finite) }
    }
}
