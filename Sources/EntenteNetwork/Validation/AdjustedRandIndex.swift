public import EntenteCore

/// Agreement between two partitions of the same items, corrected for chance: the adjusted Rand
/// index of Hubert and Arabie (1985, *Journal of Classification* 2, 193–218).
///
/// With n_ij the number of items in class i of the first partition and class j of the second,
/// a_i and b_j the class sizes and C(x) = x(x − 1)/2:
///
///     ARI = (Σ C(n_ij) − Σ C(a_i) Σ C(b_j) / C(n)) / (½ (Σ C(a_i) + Σ C(b_j)) − Σ C(a_i) Σ C(b_j) / C(n))
///
/// 1 for identical partitions (up to relabelling), about 0 for independent ones, negative when
/// they agree less than chance. Equal to scikit-learn's `adjusted_rand_score`.
public enum AdjustedRandIndex {
    /// The index of two labelings.
    ///
    /// - Parameters:
    ///   - a: a class label per item (any integers).
    ///   - b: a class label per item, in the same order.
    /// - Returns: the index; 1 when both partitions put every item in one class, or every item
    ///   alone (the degenerate case scikit-learn also scores 1).
    /// - Throws: ``EntenteError`` `.invalidInput` when the labelings differ in length or are empty.
    public static func compute(_ a: [Int], _ b: [Int]) throws(EntenteError) -> Double {
        guard a.count == b.count else {
            throw EntenteError(.invalidInput, "The partitions label \(a.count) and \(b.count) items; pair them first.")
        }
        guard !a.isEmpty else { throw EntenteError(.invalidInput, "The partitions are empty.") }
        func pairs(_ x: Int) -> Double { Double(x) * Double(x - 1) / 2 }
        var joint: [Int: [Int: Int]] = [:]
        var rows: [Int: Int] = [:]
        var columns: [Int: Int] = [:]
        for (x, y) in zip(a, b) {
            joint[x, default: [:]][y, default: 0] += 1
            rows[x, default: 0] += 1
            columns[y, default: 0] += 1
        }
        var index = 0.0
        for x in joint.keys.sorted() {
            for y in joint[x]!.keys.sorted() { index += pairs(joint[x]![y]!) }
        }
        var sumA = 0.0
        for x in rows.keys.sorted() { sumA += pairs(rows[x]!) }
        var sumB = 0.0
        for y in columns.keys.sorted() { sumB += pairs(columns[y]!) }
        let expected = sumA * sumB / pairs(a.count)
        let maximum = (sumA + sumB) / 2
        guard maximum != expected else { return 1 }
        return (index - expected) / (maximum - expected)
    }
}
