import EntenteCore
import EntenteStore

/// Builds a `state-day` panel: one row per state in the system on each day of the range (its
/// entry and exit days included), with the day-precise groups computed a year at a time.
struct PanelDayBuilder {
    let builder: PanelBuilder

    func build() -> PanelTable {
        let request = builder.request
        let inputs = builder.inputs
        let specs = builder.specs
        let integerCount = specs.filter { !$0.spec.isReal }.count
        let years = request.to - request.from + 1
        var sink = PanelSink(
            integerColumns: integerCount, realColumns: specs.count - integerCount,
            capacity: min(years * 366 * 160, 4_000_000))
        let system = inputs.sources.system
        var spellsByState: [Int32: [Int]] = [:]
        for k in system.ccode.indices { spellsByState[system.ccode[k], default: []].append(k) }
        let groupColumns = request.groups.map { $0.columns(for: .stateDay) }
        var slots = StateSlots()
        var rows = 0
        for year in request.from...request.to {
            let codes = inputs.statesByYear[year - inputs.years.lowerBound]
            slots.reset(codes)
            let n = codes.count
            let start = Day.startOfYear(year).ordinal
            let days = Int(Day.endOfYear(year).ordinal - start) + 1
            // Which of the year's days each (listed) state is in the system.
            var inSystem = [Bool](repeating: false, count: n * days)
            for a in 0..<n where builder.states?.contains(codes[a]) ?? true {
                for k in spellsByState[codes[a]] ?? [] {
                    let first = max(Int(system.firstDay[k] - start), 0)
                    let last = min(Int(system.lastDay[k] - start), days - 1)
                    if first <= last { for d in first...last { inSystem[a * days + d] = true } }
                }
            }
            let covered = request.groups.map { builder.coverage[$0]?.contains(year) ?? false }
            let values = builder.diplomacy.map { sources in
                let groups = Set(zip(request.groups, covered).filter { $0.1 }.map(\.0))
                return PanelDiplomacyDays(year: year, groups: groups, slots: slots, inputs: sources)
            }
            for d in 0..<days {
                let (y, m, day) = Day(ordinal: start + Int32(d)).components
                let date = Int32(y * 10_000 + m * 100 + day)
                for a in 0..<n where inSystem[a * days + d] {
                    sink.startRow()
                    sink.int(Int32(year))
                    sink.int(date)
                    sink.int(codes[a])
                    for (g, group) in request.groups.enumerated() {
                        if covered[g] && values != nil {
                            values?.append(group, a, d, &sink)
                        } else {
                            sink.missing(groupColumns[g])
                        }
                    }
                    rows += 1
                }
            }
        }
        return PanelBuilder.table(.stateDay, specs, sink, rows: rows)
    }
}
