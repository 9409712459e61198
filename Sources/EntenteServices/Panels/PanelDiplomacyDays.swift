import EntenteCore

/// One year of the day-precise groups as state × day arrays (`a * days + d`, d = 0 on 1 January),
/// for the `state-day` unit; built only for the groups asked for that the year is covered for.
struct PanelDiplomacyDays {
    let days: Int
    var organisations: [Int32] = []
    var defenceOrganisations: [Int32] = []
    /// `(a * days + d) * 3 + t` for treaty t of ``PanelDiplomacySources/regimeTreaties``.
    var regimes: [Int32] = []
    var alliances: [Int32] = []

    init(year: Int, groups: Set<PanelGroup>, slots: StateSlots, inputs p: PanelDiplomacyInputs) {
        let start = Day.startOfYear(year).ordinal
        days = Int(Day.endOfYear(year).ordinal - start) + 1
        let n = slots.codes.count
        let s = p.sources
        if groups.contains(.securityOrgs) {
            organisations = [Int32](repeating: 0, count: n * days)
            defenceOrganisations = [Int32](repeating: 0, count: n * days)
            let rows = p.spells[year].map {
                (
                    state: s.spellState[Int($0)], first: s.spellStart[Int($0)], last: s.spellEnd[Int($0)],
                    group: s.spellOrganisation[Int($0)]
                )
            }
            forEachNewGroupDay(rows, slots: slots, start: start, states: n) { i, organisation in
                organisations[i] += 1
                if s.isDefenceOrganisation[Int(organisation)] { defenceOrganisations[i] += 1 }
            }
        }
        if groups.contains(.regimes) {
            let t = s.regimes.count
            regimes = [Int32](repeating: 0, count: n * days * t)
            for a in 0..<n {
                for (k, roster) in s.regimes.enumerated() {
                    let record = roster[slots.codes[a]]
                    // The status changes only on the record's days; evaluate it once per stretch.
                    var cuts = [0]
                    for day in [record?.signed, record?.joined, record?.withdrawn].compactMap({ $0 }) {
                        let d = Int(day.ordinal - start)
                        if d > 0 && d < days { cuts.append(d) }
                    }
                    cuts.sort()
                    for (i, cut) in cuts.enumerated() {
                        let end = i + 1 < cuts.count ? cuts[i + 1] : days
                        let code = PanelRegimeStatus.code(record, on: Day(ordinal: start + Int32(cut)))
                        for d in cut..<end { regimes[(a * days + d) * t + k] = code }
                    }
                }
            }
        }
        if groups.contains(.treatyDays) {
            alliances = [Int32](repeating: 0, count: n * days)
            let rows = p.pacts[year].map {
                (
                    state: s.pactState[Int($0)], first: s.pactStart[Int($0)], last: s.pactEnd[Int($0)],
                    group: s.pactID[Int($0)]
                )
            }
            forEachNewGroupDay(rows, slots: slots, start: start, states: n) { i, _ in alliances[i] += 1 }
        }
    }

    /// Calls `count` once per state-day cell and group (an organisation, an alliance) whose spells
    /// cover it. Rows arrive grouped by group, so remembering the last group counted in a cell is
    /// enough to count each group once however many spells or phases it has.
    private func forEachNewGroupDay(
        _ rows: [(state: Int32, first: Int32, last: Int32, group: Int32)], slots: StateSlots, start: Int32,
        states: Int, _ count: (_ cell: Int, _ group: Int32) -> Void
    ) {
        var counted = [Int32](repeating: -1, count: states * days)
        for row in rows {
            guard let a = slots(row.state), let span = clip(row.first, row.last, start) else { continue }
            for d in span where counted[a * days + d] != row.group {
                counted[a * days + d] = row.group
                count(a * days + d, row.group)
            }
        }
    }

    /// A span of days as positions in the year, nil when it misses the year.
    private func clip(_ first: Int32, _ last: Int32, _ start: Int32) -> ClosedRange<Int>? {
        let lo = max(Int(first) - Int(start), 0)
        let hi = min(Int(last) - Int(start), days - 1)
        return lo <= hi ? lo...hi : nil
    }

    /// The group's cells for state a on day d, in ``PanelGroup/dayColumns`` order.
    func append(_ group: PanelGroup, _ a: Int, _ d: Int, _ sink: inout PanelSink) {
        let i = a * days + d
        switch group {
        case .securityOrgs:
            sink.int(organisations[i])
            sink.int(defenceOrganisations[i])
        case .regimes:
            let t = PanelDiplomacySources.regimeTreaties.count
            for k in 0..<t { sink.int(regimes[i * t + k]) }
        case .treatyDays: sink.int(alliances[i])
        default: break
        }
    }
}
