/// The panel's columns while rows are appended: integer and real columns in the order their
/// groups write them, so a row is a run of appends with no lookup by name.
struct PanelSink {
    var integers: [[Int32]]
    var reals: [[Double]]
    private var nextInteger = 0
    private var nextReal = 0

    init(integerColumns: Int, realColumns: Int, capacity: Int) {
        integers = Array(repeating: [], count: integerColumns)
        reals = Array(repeating: [], count: realColumns)
        for k in integers.indices { integers[k].reserveCapacity(capacity) }
        for k in reals.indices { reals[k].reserveCapacity(capacity) }
    }

    mutating func startRow() {
        nextInteger = 0
        nextReal = 0
    }

    @inline(__always) mutating func int(_ value: Int32) {
        integers[nextInteger].append(value)
        nextInteger += 1
    }

    @inline(__always) mutating func flag(_ value: Bool) { int(value ? 1 : 0) }

    @inline(__always) mutating func real(_ value: Double) {
        reals[nextReal].append(value)
        nextReal += 1
    }

    /// Missing cells for every column of a group (its source does not cover the year).
    mutating func missing(_ columns: [PanelColumnSpec]) {
        for c in columns {
            if c.isReal { real(.nan) } else { int(PanelColumn.missingInteger) }
        }
    }
}
