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
            // Rows arrive grouped by organisation, so the last organisation counted on a state's day
            // is enough to count each organisation once.
            var counted = [Int32](repeating: -1, count: n * days)
            for k in p.spells[year] {
                let r = Int(k)
                guard let a = slots(s.spellState[r]), let span = clip(s.spellStart[r], s.spellEnd[r], start)
                else { continue }
                let o = s.spellOrganisation[r]
                let defence = s.isDefenceOrganisation[Int(o)]
                for d in span where counted[a * days + d] != o {
                    counted[a * days + d] = o
                    organisations[a * days + d] += 1
                    if defence { defenceOrganisations[a * days + d] += 1 }
                }
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
            // Rows arrive grouped by alliance: phases of one alliance count once a day.
            var counted = [Int32](repeating: -1, count: n * days)
            for k in p.pacts[year] {
                let r = Int(k)
                guard let a = slots(s.pactState[r]), let span = clip(s.pactStart[r], s.pactEnd[r], start)
                else { continue }
                let id = s.pactID[r]
                for d in span where counted[a * days + d] != id {
                    counted[a * days + d] = id
                    alliances[a * days + d] += 1
                }
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
