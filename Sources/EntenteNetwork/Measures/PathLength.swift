/// How the length of a tie is read from its weight when a measure needs shortest paths.
///
/// Weights in Entente are tie *strengths* (more exercises, more obligations), so the default for
/// path measures is ``inverseWeight``: a strong tie is a short one. This matches the networkx peer
/// script's default `--betweenness-weight inverse`.
public enum PathLength: String, Sendable, Hashable, CaseIterable {
    /// Every tie has length 1 (hop count); networkx `weight=None`.
    case hops
    /// The length of a tie is its weight; networkx `weight="weight"`.
    case weight
    /// The length of a tie is 1 / weight; networkx with a `distance = 1/weight` attribute.
    case inverseWeight = "inverse"

    @inlinable
    func length(_ w: Double) -> Double {
        switch self {
        case .hops: 1
        case .weight: w
        case .inverseWeight: 1 / w
        }
    }
}
