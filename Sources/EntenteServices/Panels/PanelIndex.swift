import EntenteStore

/// Source rows grouped by year, so each year of a panel touches only its own rows.
struct YearBuckets: Sendable {
    let first: Int
    private var rows: [[Int32]]

    /// Buckets rows `0..<years.count` by `years[k]`, keeping those in `range`.
    init(years: [Int32], range: ClosedRange<Int>) {
        first = range.lowerBound
        rows = Array(repeating: [], count: range.count)
        for (k, y) in years.enumerated() where range.contains(Int(y)) { rows[Int(y) - first].append(Int32(k)) }
    }

    /// Buckets spans `[firstYears[k], lastYears[k]]` into every year of `range` they touch.
    init(firstYears: [Int32], lastYears: [Int32], range: ClosedRange<Int>) {
        first = range.lowerBound
        rows = Array(repeating: [], count: range.count)
        for k in firstYears.indices {
            let lo = max(Int(firstYears[k]), range.lowerBound)
            let hi = min(Int(lastYears[k]), range.upperBound)
            if lo > hi { continue }
            for y in lo...hi { rows[y - first].append(Int32(k)) }
        }
    }

    subscript(year: Int) -> [Int32] {
        let i = year - first
        return i >= 0 && i < rows.count ? rows[i] : []
    }
}

/// The dense position of each state in one year, by COW number (codes are below 1000).
struct StateSlots: Sendable {
    private(set) var slot = [Int16](repeating: -1, count: 1000)
    private(set) var codes: [Int32] = []

    mutating func reset(_ states: [Int32]) {
        for c in codes { slot[Int(c)] = -1 }
        codes = states
        for (i, c) in states.enumerated() { slot[Int(c)] = Int16(i) }
    }

    /// The slot of a state, or nil when it is not in this year's panel.
    @inline(__always) func callAsFunction(_ ccode: Int32) -> Int? {
        guard ccode >= 0 && ccode < 1000 else { return nil }
        let s = slot[Int(ccode)]
        return s < 0 ? nil : Int(s)
    }
}

extension PanelSources.Spells {
    /// States whose spells touch each year of `range`, ascending by COW number.
    func states(in range: ClosedRange<Int>) -> [[Int32]] {
        var out = [[Int32]](repeating: [], count: range.count)
        for k in ccode.indices {
            let lo = max(Int(firstYear[k]), range.lowerBound)
            let hi = min(Int(lastYear[k]), range.upperBound)
            if lo > hi { continue }
            for y in lo...hi { out[y - range.lowerBound].append(ccode[k]) }
        }
        return out.map { Array(Set($0)).sorted() }
    }

    /// Each state's first year in the data.
    func firstYears() -> [Int32: Int32] {
        var out: [Int32: Int32] = [:]
        for k in ccode.indices { out[ccode[k]] = min(out[ccode[k]] ?? Int32.max, firstYear[k]) }
        return out
    }
}
