/// Counts of predicted against expected classes, for comparing a computed classification with an
/// expert one.
public struct ConfusionTable: Sendable, Hashable {
    /// The class names, in row and column order.
    public let classes: [String]
    /// `counts[expected][predicted]`.
    public let counts: [[Int]]

    /// Tallies pairs of (expected, predicted) class names; classes are listed in `classes` order.
    ///
    /// Pairs naming a class outside `classes` are not counted.
    public init(classes: [String], pairs: [(expected: String, predicted: String)]) {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: classes.count), count: classes.count)
        for pair in pairs {
            guard let e = classes.firstIndex(of: pair.expected), let p = classes.firstIndex(of: pair.predicted) else {
                continue
            }
            counts[e][p] += 1
        }
        self.classes = classes
        self.counts = counts
    }

    /// Pairs counted.
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }

    /// Share of pairs on the diagonal; nil when nothing was counted.
    public var accuracy: Double? {
        let t = total
        guard t > 0 else { return nil }
        var hits = 0
        for k in classes.indices { hits += counts[k][k] }
        return Double(hits) / Double(t)
    }
}
