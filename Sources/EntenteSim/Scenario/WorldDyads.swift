/// Dyadic data about a World that its snapshot does not carry, attached beside it by the services:
/// UN General Assembly vote affinity and the distance between capitals. Matrices are `n × n`,
/// row-major over the World's dense ids; `.nan` marks an unknown value (a state without votes in the
/// window, or without a capital on the day).
public struct WorldDyads: Sendable, Hashable {
    /// Signorino–Ritter S of the two states' votes (−1…1), symmetric, `.nan` when unknown.
    public var affinity: [Double]
    /// Great-circle distance between the capitals in kilometres, symmetric, `.nan` when unknown.
    public var capitalDistanceKm: [Double]
    /// The calendar years whose roll calls the affinity was computed from.
    public var affinityYears: ClosedRange<Int>

    public init(affinity: [Double], capitalDistanceKm: [Double], affinityYears: ClosedRange<Int>) {
        precondition(affinity.count == capitalDistanceKm.count)
        self.affinity = affinity
        self.capitalDistanceKm = capitalDistanceKm
        self.affinityYears = affinityYears
    }
}

extension WorldDyads {
    /// A 64-bit FNV-1a hash of the years and every value's bit pattern, for the scenario's fingerprint.
    var digest: String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ value: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) {
                h ^= (value >> UInt64(shift)) & 0xff
                h = h &* 0x100_0000_01b3
            }
        }
        mix(UInt64(bitPattern: Int64(affinityYears.lowerBound)))
        mix(UInt64(bitPattern: Int64(affinityYears.upperBound)))
        for v in affinity { mix(v.bitPattern) }
        for v in capitalDistanceKm { mix(v.bitPattern) }
        return String(h, radix: 16)
    }
}
