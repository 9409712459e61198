import EntenteCore

/// Days of one year under a common ATOP alliance, per pair of states and per state.
///
/// A day counts for a pair when some ATOP 4.01 alliance has both as members on it (each member's
/// own entry and exit days, phases included); days under several alliances count once. ATOP
/// dates with an unknown day (or month) start on the first and end on the last day of the month
/// (or year), as the knowledge snapshot reads them; an exit day is the last day in force.
struct PanelTreatyDays {
    /// Days both states of a pair were in a common alliance, `a * n + b` (symmetric).
    private(set) var pairs: [Int32]
    /// Days a state was a member of at least one alliance.
    private(set) var states: [Int32]

    private struct Span {
        var key: Int32
        var first: Int32
        var last: Int32
    }

    init(year: Int, rows: [Int32], sources s: PanelDiplomacySources, slots: StateSlots) {
        let n = slots.codes.count
        var pairDays = [Int32](repeating: 0, count: n * n)
        var stateDays = [Int32](repeating: 0, count: n)
        let yearStart = Day.startOfYear(year).ordinal
        let yearEnd = Day.endOfYear(year).ordinal
        var pairSpans: [Span] = []
        var stateSpans: [Span] = []
        // Members of the current alliance: slot and clipped days (0 = 1 January).
        var members: [Span] = []
        var current: Int32 = -1
        func flush() {
            for i in members.indices {
                for j in (i + 1)..<members.count where members[i].key != members[j].key {
                    let first = max(members[i].first, members[j].first)
                    let last = min(members[i].last, members[j].last)
                    guard first <= last else { continue }
                    let a = min(members[i].key, members[j].key)
                    let b = max(members[i].key, members[j].key)
                    pairSpans.append(Span(key: a * Int32(n) + b, first: first, last: last))
                }
            }
            members.removeAll(keepingCapacity: true)
        }
        for k in rows {
            let r = Int(k)
            if s.pactID[r] != current {
                flush()
                current = s.pactID[r]
            }
            guard let a = slots(s.pactState[r]) else { continue }
            let first = max(s.pactStart[r], yearStart) - yearStart
            let last = min(s.pactEnd[r], yearEnd) - yearStart
            guard first <= last else { continue }
            members.append(Span(key: Int32(a), first: first, last: last))
            stateSpans.append(Span(key: Int32(a), first: first, last: last))
        }
        flush()
        Self.union(&pairSpans) { key, days in
            let a = Int(key) / n
            let b = Int(key) % n
            pairDays[a * n + b] = days
            pairDays[b * n + a] = days
        }
        Self.union(&stateSpans) { key, days in stateDays[Int(key)] = days }
        pairs = pairDays
        states = stateDays
    }

    /// The number of distinct days each key's spans cover.
    private static func union(_ spans: inout [Span], _ emit: (Int32, Int32) -> Void) {
        spans.sort { ($0.key, $0.first) < ($1.key, $1.first) }
        var i = 0
        while i < spans.count {
            let key = spans[i].key
            var days: Int32 = 0
            var first = spans[i].first
            var last = spans[i].last
            i += 1
            while i < spans.count && spans[i].key == key {
                if spans[i].first > last + 1 {
                    days += last - first + 1
                    first = spans[i].first
                    last = spans[i].last
                } else {
                    last = max(last, spans[i].last)
                }
                i += 1
            }
            emit(key, days + last - first + 1)
        }
    }
}
