import EntenteCore
import EntenteStore

/// One year of the defence-diplomacy groups as dense matrices over the year's states, built only
/// for the groups asked for whose sources cover the year (like ``PanelYear``).
struct PanelDiplomacyYear {
    /// Per-pair exercise counts, ``detailWidth`` per pair: the six MME domains, multi-domain,
    /// multilateral.
    static let detailWidth = 8
    /// Domain flags that make an exercise multi-domain: land, sea, air, amphibious, cyber (not
    /// `cpx`, a command-post format rather than a domain).
    static let physicalDomains: UInt8 = 0b1_1111

    let n: Int
    /// `(a * n + b) * detailWidth + k`: joint exercises of a and b with detail k.
    var exerciseDetail: [Int32] = []
    /// Joint exercises of a and b (the denominator of the multilateral share).
    var exerciseTotal: [Int32] = []
    var stateExerciseDetail: [Int32] = []
    var stateExerciseTotal: [Int32] = []
    /// Directed `a → b`: exercises a held with a strategic rival of b.
    var rivalExercises: [Int32] = []
    var sharedOrganisations: [Int32] = []
    var sharedDefenceOrganisations: [Int32] = []
    var organisationCount: [Int32] = []
    var defenceOrganisationCount: [Int32] = []
    /// `a * 3 + t`: the code of state a under treaty t of ``PanelDiplomacySources/regimeTreaties``.
    var regimes: [Int32] = []
    var treatyDays: PanelTreatyDays?

    /// - Parameters:
    ///   - groups: the groups asked for that the year is covered for.
    ///   - frame: the year's bulk matrices (its rivalry matrix serves `rival-exercises`).
    init(year: Int, groups: Set<PanelGroup>, frame: PanelYear, inputs p: PanelDiplomacyInputs) {
        n = frame.n
        let s = p.sources
        let slots = frame.slots
        if groups.contains(.exercises) || groups.contains(.rivalExercises) {
            let participants = Self.participants(s.exercises, p.exercises[year], slots)
            if groups.contains(.exercises) { countExercises(participants, p.exercises[year], s) }
            if groups.contains(.rivalExercises) { countRivalExercises(participants, frame) }
        }
        if groups.contains(.securityOrgs) { countOrganisations(year, p.spells[year], s, slots) }
        if groups.contains(.regimes) {
            let day = Day.endOfYear(year)
            regimes = [Int32](repeating: 0, count: n * s.regimes.count)
            for a in 0..<n {
                for (t, roster) in s.regimes.enumerated() {
                    regimes[a * s.regimes.count + t] = PanelRegimeStatus.code(roster[slots.codes[a]], on: day)
                }
            }
        }
        if groups.contains(.treatyDays) {
            treatyDays = PanelTreatyDays(year: year, rows: p.pacts[year], sources: s, slots: slots)
        }
    }

    /// Each exercise's participants in the year's slots (states outside the system left out).
    private static func participants(_ events: PanelSources.Events, _ rows: [Int32], _ slots: StateSlots) -> [[Int]] {
        rows.map { k in
            let r = Int(k)
            return (Int(events.offsets[r])..<Int(events.offsets[r + 1])).compactMap { slots(events.participants[$0]) }
        }
    }

    private mutating func countExercises(_ participants: [[Int]], _ rows: [Int32], _ s: PanelDiplomacySources) {
        let w = Self.detailWidth
        exerciseDetail = [Int32](repeating: 0, count: n * n * w)
        exerciseTotal = [Int32](repeating: 0, count: n * n)
        stateExerciseDetail = [Int32](repeating: 0, count: n * w)
        stateExerciseTotal = [Int32](repeating: 0, count: n)
        for (members, k) in zip(participants, rows) {
            let r = Int(k)
            let bits = s.exerciseDomains[r]
            // Multilateral: three or more participating states as recorded, whether or not all are
            // in the system in the year.
            let states = Int(s.exercises.offsets[r + 1] - s.exercises.offsets[r])
            var details: [Int] = (0..<PanelDiplomacySources.domainNames.count).filter { bits & (1 << UInt8($0)) != 0 }
            if (bits & Self.physicalDomains).nonzeroBitCount >= 2 { details.append(6) }
            if states >= 3 { details.append(7) }
            for a in members {
                stateExerciseTotal[a] += 1
                for d in details { stateExerciseDetail[a * w + d] += 1 }
                for b in members where b != a {
                    exerciseTotal[a * n + b] += 1
                    for d in details { exerciseDetail[(a * n + b) * w + d] += 1 }
                }
            }
        }
    }

    private mutating func countRivalExercises(_ participants: [[Int]], _ frame: PanelYear) {
        rivalExercises = [Int32](repeating: 0, count: n * n)
        var rivals = [[Int]](repeating: [], count: n)
        for x in 0..<n {
            for b in 0..<n where b != x && frame.rivalry[x * n + b] != 0 { rivals[x].append(b) }
        }
        // The last exercise counted for a → b, so an exercise with two of b's rivals counts once.
        var counted = [Int32](repeating: -1, count: n * n)
        for (e, members) in participants.enumerated() {
            for a in members {
                for x in members where x != a {
                    for b in rivals[x] where b != a && counted[a * n + b] != Int32(e) {
                        counted[a * n + b] = Int32(e)
                        rivalExercises[a * n + b] += 1
                    }
                }
            }
        }
    }

    /// Members and partners on 31 December of the year, the network layer's snapshot day.
    private mutating func countOrganisations(
        _ year: Int, _ rows: [Int32], _ s: PanelDiplomacySources, _ slots: StateSlots
    ) {
        sharedOrganisations = [Int32](repeating: 0, count: n * n)
        sharedDefenceOrganisations = [Int32](repeating: 0, count: n * n)
        organisationCount = [Int32](repeating: 0, count: n)
        defenceOrganisationCount = [Int32](repeating: 0, count: n)
        let day = Day.endOfYear(year).ordinal
        var members = [[Int]](repeating: [], count: s.organisations.count)
        for k in rows {
            let r = Int(k)
            guard s.spellStart[r] <= day && day <= s.spellEnd[r], let a = slots(s.spellState[r]) else { continue }
            members[Int(s.spellOrganisation[r])].append(a)
        }
        for (o, list) in members.enumerated() {
            let unique = Array(Set(list))
            let defence = s.isDefenceOrganisation[o]
            for a in unique {
                organisationCount[a] += 1
                if defence { defenceOrganisationCount[a] += 1 }
                for b in unique where b != a {
                    sharedOrganisations[a * n + b] += 1
                    if defence { sharedDefenceOrganisations[a * n + b] += 1 }
                }
            }
        }
    }
}
