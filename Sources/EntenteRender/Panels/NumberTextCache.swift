/// The text of recently written numbers, by bit pattern, so a value repeated on many rows is
/// formatted once: a state's capabilities or democracy score appears in every dyad it is part of
/// (about 150 rows a year), and formatting a `Double` costs far more than copying its bytes.
///
/// Direct-mapped: one slot per hash, a new value simply replaces the old one, so the cache never
/// grows and never changes what is written (the bytes are always ``CSVText/number(_:)``'s).
struct NumberTextCache {
    private static let slotCount = 1 << 14
    private static let slotWidth = 32
    private var keys: [UInt64]
    private var lengths: [UInt8]
    private var bytes: [UInt8]

    init() {
        // A NaN pattern no finite value has marks an empty slot (only finite values are cached).
        keys = Array(repeating: UInt64.max, count: Self.slotCount)
        lengths = Array(repeating: 0, count: Self.slotCount)
        bytes = Array(repeating: 0, count: Self.slotCount * Self.slotWidth)
    }

    /// Appends the text of a finite `value` to `buffer`.
    @inline(__always) mutating func append(_ value: Double, to buffer: inout [UInt8]) {
        let bits = value.bitPattern
        let slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 50)
        let start = slot * Self.slotWidth
        if keys[slot] == bits {
            let count = Int(lengths[slot])
            bytes.withUnsafeBufferPointer { buffer.append(contentsOf: $0[start..<start + count]) }
            return
        }
        var text = CSVText.number(value)
        text.withUTF8 { utf8 in
            buffer.append(contentsOf: utf8)
            guard utf8.count <= Self.slotWidth else { return }
            keys[slot] = bits
            lengths[slot] = UInt8(utf8.count)
            bytes.withUnsafeMutableBufferPointer { slotBytes in
                for i in 0..<utf8.count { slotBytes[start + i] = utf8[i] }
            }
        }
    }
}
