import EntenteCore
import EntenteNetwork
import EntenteStore

/// One year of a panel as dense matrices over the year's states (slot order = COW order): every
/// dyad's cell is read by position, never looked up in a dictionary.
struct PanelYear {
    let year: Int
    let n: Int
    let slots: StateSlots
    /// Directed `a → b` obligation bits: 1 defense, 2 offense, 4 neutrality, 8 non-aggression, 16 consultation.
    var atop: [UInt8] = []
    /// Directed MID bits: 1 onset, 2 ongoing.
    var mid: [UInt8] = []
    var hostility: [UInt8] = []
    /// Directed war bits: 1 onset, 2 ongoing.
    var war: [UInt8] = []
    /// Closest contiguity type (0 = none), symmetric.
    var contiguity: [UInt8] = []
    var rivalry: [UInt8] = []
    var sharedIGOs: [Int32] = []
    var exercises: [Int32] = []
    var agreements: [Int32] = []
    var major: [Bool] = []
    /// Per-state real columns by source column name.
    var capability: [String: [Double]] = [:]
    var democracy: [String: [Double]] = [:]
    var latitude: [Double] = []
    var longitude: [Double] = []
    var votes: [VoteBits] = []
    // Per-state counts for state-year panels.
    var midOnsets: [Int32] = []
    var midOngoing: [Int32] = []
    var warOnsets: [Int32] = []
    var warOngoing: [Int32] = []
    var igoCount: [Int32] = []
    var exerciseCount: [Int32] = []
    var agreementCount: [Int32] = []

    init(year: Int, slots: StateSlots, needs: Set<PanelSources.Table>, inputs p: PanelInputs) {
        self.year = year
        self.slots = slots
        n = slots.codes.count
        let s = p.sources
        let cells = n * n
        if needs.contains(.alliances) {
            atop = [UInt8](repeating: 0, count: cells)
            let v = s.alliances.values
            let columns = ["atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"].map {
                v[$0] ?? []
            }
            for k in p.alliances[year] {
                let r = Int(k)
                guard let a = slots(s.alliances.ccode1[r]), let b = slots(s.alliances.ccode2[r]) else { continue }
                var bits: UInt8 = 0
                for (bit, column) in columns.enumerated() where column[r] == 1 { bits |= 1 << UInt8(bit) }
                atop[a * n + b] |= bits
            }
        }
        if needs.contains(.disputes) {
            mid = [UInt8](repeating: 0, count: cells)
            hostility = [UInt8](repeating: 0, count: cells)
            midOnsets = [Int32](repeating: 0, count: n)
            midOngoing = [Int32](repeating: 0, count: n)
            let d = s.disputes
            let onset = d.values["disponset"] ?? []
            let number = d.values["dispnum"] ?? []
            let h1 = d.values["hostlev1"] ?? []
            let h2 = d.values["hostlev2"] ?? []
            var seen = Set<Int64>()
            var seenOnset = Set<Int64>()
            for k in p.disputes[year] {
                let r = Int(k)
                guard let a = slots(d.ccode1[r]), let b = slots(d.ccode2[r]) else { continue }
                let isOnset = onset[r] == 1
                mid[a * n + b] |= isOnset ? 3 : 2
                hostility[a * n + b] = max(hostility[a * n + b], UInt8(clamping: max(h1[r], h2[r], 0)))
                let key = Int64(a) << 32 | Int64(number[r])
                if seen.insert(key).inserted { midOngoing[a] += 1 }
                if isOnset, seenOnset.insert(key).inserted { midOnsets[a] += 1 }
            }
        }
        if needs.contains(.wars) {
            war = [UInt8](repeating: 0, count: cells)
            warOnsets = [Int32](repeating: 0, count: n)
            warOngoing = [Int32](repeating: 0, count: n)
            let w = s.wars
            let onset = w.values["cowinteronset"] ?? []
            let number = w.values["warnum"] ?? []
            var seen = Set<Int64>()
            var seenOnset = Set<Int64>()
            for k in p.wars[year] {
                let r = Int(k)
                guard let a = slots(w.ccode1[r]), let b = slots(w.ccode2[r]) else { continue }
                let isOnset = onset[r] == 1
                war[a * n + b] |= isOnset ? 3 : 2
                let key = Int64(a) << 32 | Int64(number[r])
                if seen.insert(key).inserted { warOngoing[a] += 1 }
                if isOnset, seenOnset.insert(key).inserted { warOnsets[a] += 1 }
            }
        }
        if needs.contains(.contiguity) {
            contiguity = [UInt8](repeating: 0, count: cells)
            Self.fillPairs(&contiguity, s.contiguity, p.contiguity[year], slots, n) { old, code in
                old == 0 ? UInt8(clamping: code) : min(old, UInt8(clamping: code))
            }
        }
        if needs.contains(.rivalries) {
            rivalry = [UInt8](repeating: 0, count: cells)
            Self.fillPairs(&rivalry, s.rivalries, p.rivalries[year], slots, n) { _, _ in 1 }
        }
        if needs.contains(.igos) {
            sharedIGOs = [Int32](repeating: 0, count: cells)
            igoCount = [Int32](repeating: 0, count: n)
            // Spells arrive grouped by organisation; count each organisation's member pairs once.
            var members: [Int] = []
            var current: Int32 = -1
            let flush = { (members: [Int], shared: inout [Int32], count: inout [Int32], n: Int) in
                let unique = Array(Set(members))
                for a in unique {
                    count[a] += 1
                    for b in unique where b != a { shared[a * n + b] += 1 }
                }
            }
            for k in p.igos[year] {
                let r = Int(k)
                if s.igos.organisation[r] != current {
                    flush(members, &sharedIGOs, &igoCount, n)
                    members.removeAll(keepingCapacity: true)
                    current = s.igos.organisation[r]
                }
                if let a = slots(s.igos.ccode[r]) { members.append(a) }
            }
            flush(members, &sharedIGOs, &igoCount, n)
        }
        if needs.contains(.exercises) {
            (exercises, exerciseCount) = Self.events(s.exercises, p.exercises[year], slots, n)
        }
        if needs.contains(.agreements) {
            (agreements, agreementCount) = Self.events(s.agreements, p.agreements[year], slots, n)
        }
        if needs.contains(.majors) {
            major = [Bool](repeating: false, count: n)
            let index = year - p.years.lowerBound
            for c in p.majorsByYear[index] { if let a = slots(c) { major[a] = true } }
        }
        if needs.contains(.capabilities) {
            capability = Self.stateValues(s.capabilities, p.capabilities[year], slots, n)
        }
        if needs.contains(.democracy) { democracy = Self.stateValues(s.democracy, p.democracy[year], slots, n) }
        if needs.contains(.capitals) { locateCapitals(s.capitals) }
        if needs.contains(.votes) { collectVotes(s.votes, p.votes[year]) }
    }

    private static func fillPairs(
        _ matrix: inout [UInt8], _ spells: PanelSources.PairSpells, _ rows: [Int32], _ slots: StateSlots, _ n: Int,
        _ merge: (UInt8, Int32) -> UInt8
    ) {
        for k in rows {
            let r = Int(k)
            guard let a = slots(spells.low[r]), let b = slots(spells.high[r]) else { continue }
            matrix[a * n + b] = merge(matrix[a * n + b], spells.code[r])
            matrix[b * n + a] = matrix[a * n + b]
        }
    }

    private static func events(_ events: PanelSources.Events, _ rows: [Int32], _ slots: StateSlots, _ n: Int)
        -> ([Int32], [Int32])
    {
        var pairs = [Int32](repeating: 0, count: n * n)
        var count = [Int32](repeating: 0, count: n)
        var members: [Int] = []
        for k in rows {
            let r = Int(k)
            members.removeAll(keepingCapacity: true)
            for i in Int(events.offsets[r])..<Int(events.offsets[r + 1]) {
                if let a = slots(events.participants[i]) { members.append(a) }
            }
            for a in members {
                count[a] += 1
                for b in members where b != a { pairs[a * n + b] += 1 }
            }
        }
        return (pairs, count)
    }

    private static func stateValues(_ table: PanelSources.StateYears, _ rows: [Int32], _ slots: StateSlots, _ n: Int)
        -> [String: [Double]]
    {
        var out: [String: [Double]] = [:]
        for (name, values) in table.values {
            var column = [Double](repeating: .nan, count: n)
            for k in rows {
                if let a = slots(table.ccode[Int(k)]) { column[a] = values[Int(k)] }
            }
            out[name] = column
        }
        return out
    }

    /// The capital in force on 1 July, else the last one that started by the year's end.
    private mutating func locateCapitals(_ capitals: PanelSources.Capitals) {
        latitude = [Double](repeating: .nan, count: n)
        longitude = [Double](repeating: .nan, count: n)
        let midYear = Day(year: year, month: 7, day: 1)
        let yearEnd = Day(year: year, month: 12, day: 31)
        let yearStart = Day(year: year, month: 1, day: 1)
        var exact = [Bool](repeating: false, count: n)
        for k in capitals.ccode.indices {
            guard let a = slots(capitals.ccode[k]), let midYear, let yearEnd, let yearStart else { continue }
            let start = capitals.start[k]
            let end = capitals.end[k]
            if start <= midYear && midYear <= end {
                exact[a] = true
            } else if exact[a] || start > yearEnd || end < yearStart {
                continue
            }
            latitude[a] = capitals.latitude[k]
            longitude[a] = capitals.longitude[k]
        }
    }

    private mutating func collectVotes(_ v: PanelSources.Votes, _ rows: [Int32]) {
        var local: [Int32: Int] = [:]
        for k in rows where local[v.rollCall[Int(k)]] == nil { local[v.rollCall[Int(k)]] = local.count }
        var vectors = [[Vote?]](repeating: [Vote?](repeating: nil, count: local.count), count: n)
        for k in rows {
            let r = Int(k)
            guard let a = slots(v.ccode[r]), let i = local[v.rollCall[r]] else { continue }
            vectors[a][i] = Vote(rawValue: Int(v.choice[r]))
        }
        votes = vectors.map(VoteBits.init)
    }
}
