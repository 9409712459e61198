/// How far a record can be trusted: from a primary source, a reputable secondary one, or a single
/// secondary or inferred one. Datasets from research projects are `high`.
public enum Confidence: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case low, medium, high

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        let order: [Confidence] = [.low, .medium, .high]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
