/// A state's votes over a fixed list of roll calls, packed one bit per roll call and choice, so
/// two states' agreement is counted 64 roll calls at a time (``Affinity/compute(_:_:)-(VoteBits,VoteBits)``).
public struct VoteBits: Sendable, Hashable {
    /// Roll calls covered (voted or not).
    public let count: Int
    /// Per 64 roll calls, three words: yes, abstain, no.
    private var words: [UInt64]

    public init(_ votes: [Vote?]) {
        count = votes.count
        words = Array(repeating: 0, count: 3 * ((votes.count + 63) / 64))
        for (i, vote) in votes.enumerated() {
            guard let vote else { continue }
            words[3 * (i / 64) + vote.rawValue - 1] |= 1 << UInt64(i % 64)
        }
    }

    /// The counts ``Affinity`` scores, over the roll calls both voted in.
    static func tally(_ a: VoteBits, _ b: VoteBits) -> VoteTally {
        var t = VoteTally(common: 0, same: 0, distance: 0, first: (0, 0, 0), second: (0, 0, 0))
        a.words.withUnsafeBufferPointer { x in
            b.words.withUnsafeBufferPointer { y in
                for w in stride(from: 0, to: min(x.count, y.count), by: 3) {
                    let (ay, aa, an) = (x[w], x[w + 1], x[w + 2])
                    let (by, ba, bn) = (y[w], y[w + 1], y[w + 2])
                    let both = (ay | aa | an) & (by | ba | bn)
                    t.common += both.nonzeroBitCount
                    t.same += (ay & by).nonzeroBitCount + (aa & ba).nonzeroBitCount + (an & bn).nonzeroBitCount
                    // Ordinal distance: one step between neighbouring choices, two between yes and no.
                    t.distance +=
                        (ay & ba).nonzeroBitCount + (aa & by).nonzeroBitCount + (aa & bn).nonzeroBitCount
                        + (an & ba).nonzeroBitCount + 2 * ((ay & bn).nonzeroBitCount + (an & by).nonzeroBitCount)
                    t.first.0 += (ay & both).nonzeroBitCount
                    t.first.1 += (aa & both).nonzeroBitCount
                    t.first.2 += (an & both).nonzeroBitCount
                    t.second.0 += (by & both).nonzeroBitCount
                    t.second.1 += (ba & both).nonzeroBitCount
                    t.second.2 += (bn & both).nonzeroBitCount
                }
            }
        }
        return t
    }
}
