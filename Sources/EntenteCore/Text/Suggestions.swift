/// The one "did you mean" helper: names close to what a person typed, by edit distance.
public enum Suggestions {
    /// Levenshtein distance over UTF-8 bytes (names and keys here are ASCII after normalising).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = Swift.min(
                    previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Up to `limit` candidates close to `typed`, case-insensitively, best first: within an edit
    /// distance of max(2, length / 3), or starting with what was typed (three characters or more).
    /// Ties keep the candidates' order.
    public static func closest(to typed: String, in candidates: [String], limit: Int = 3) -> [String] {
        let key = typed.lowercased()
        guard !key.isEmpty else { return [] }
        var scored: [(distance: Int, index: Int)] = []
        for (index, candidate) in candidates.enumerated() {
            let name = candidate.lowercased()
            let distance = editDistance(key, name)
            let isPrefix = key.count >= 3 && name.hasPrefix(key)
            if distance <= max(2, name.count / 3) || isPrefix {
                scored.append((isPrefix ? 0 : distance, index))
            }
        }
        var seen = Set<String>()
        return scored.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }
            .map { candidates[$0.index] }
            .filter { seen.insert($0).inserted }
            .prefix(limit).map { $0 }
    }

    /// `"; did you mean 'x'?"`, or empty when nothing is close.
    public static func phrase(for typed: String, in candidates: [String]) -> String {
        guard let best = closest(to: typed, in: candidates, limit: 1).first else { return "" }
        return "; did you mean '\(best)'?"
    }
}
