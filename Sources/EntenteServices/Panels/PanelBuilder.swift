import EntenteCore
import EntenteData
import EntenteNetwork
import EntenteStore
import Foundation

/// Builds a panel from its sources year by year: the year's states, its dense matrices
/// (``PanelYear``), then one row per state or dyad with each group's cells appended in order.
struct PanelBuilder {
    let request: PanelRequest
    let inputs: PanelInputs
    /// The states the panel is limited to (nil = all).
    let states: Set<Int32>?
    /// The years each group's source covers.
    let coverage: [PanelGroup: ClosedRange<Int>]
    let midYears: ClosedRange<Int>
    let needs: Set<PanelSources.Table>
    /// The defence-diplomacy sources, when a group asked for needs them.
    let diplomacy: PanelDiplomacyInputs?

    static func tables(for groups: [PanelGroup], politicallyRelevant: Bool) -> Set<PanelSources.Table> {
        var needs: Set<PanelSources.Table> = [.system]
        if politicallyRelevant { needs.formUnion([.contiguity, .majors]) }
        for g in groups {
            switch g {
            case .alliances: needs.insert(.alliances)
            case .disputes, .peaceYears: needs.insert(.disputes)
            case .wars: needs.insert(.wars)
            case .contiguity: needs.insert(.contiguity)
            case .distance: needs.insert(.capitals)
            case .capabilities: needs.insert(.capabilities)
            case .majors: needs.insert(.majors)
            case .democracy: needs.insert(.democracy)
            case .rivalries: needs.insert(.rivalries)
            case .igos: needs.insert(.igos)
            case .exercises: needs.insert(.exercises)
            case .agreements: needs.insert(.agreements)
            case .affinity: needs.insert(.votes)
            case .rivalExercises: needs.insert(.rivalries)
            case .obligations: needs.insert(.alliances)
            case .securityOrgs, .regimes, .treatyDays: break
            }
        }
        return needs
    }

    /// The key columns, then each group's.
    var specs: [(group: PanelGroup?, spec: PanelColumnSpec)] {
        let year = PanelColumnSpec("year", "calendar year")
        let keys: [PanelColumnSpec]
        switch request.unit {
        case .dyadYear, .directedDyadYear:
            keys = [
                year,
                PanelColumnSpec(
                    "ccode1", "COW state number of the first state" + (request.unit == .dyadYear ? " (the lower)" : "")),
                PanelColumnSpec("ccode2", "COW state number of the second state"),
            ]
        case .stateYear: keys = [year, PanelColumnSpec("ccode", "COW state number")]
        case .stateDay:
            keys = [
                year, PanelColumnSpec("date", "the day as the integer YYYYMMDD"),
                PanelColumnSpec("ccode", "COW state number"),
            ]
        }
        let keyColumns = keys.map { (group: PanelGroup?.none, spec: $0) }
        return keyColumns
            + request.groups.flatMap { g in g.columns(for: request.unit).map { (group: PanelGroup?.some(g), spec: $0) }
            }
    }

    func build() -> PanelTable {
        if request.unit == .stateDay { return PanelDayBuilder(builder: self).build() }
        let specs = specs
        let integerCount = specs.filter { !$0.spec.isReal }.count
        let realCount = specs.count - integerCount
        let estimate =
            request.unit.isDyadic ? (request.to - request.from + 1) * 9000 : (request.to - request.from + 1) * 120
        var sink = PanelSink(
            integerColumns: integerCount, realColumns: realCount,
            capacity: min(estimate * (request.unit == .directedDyadYear ? 2 : 1), 4_000_000))
        let groupColumns = request.groups.map { $0.columns(for: request.unit) }
        var slots = StateSlots()
        var rows = 0
        for year in request.from...request.to {
            // Every state of the year keeps its slot, so a state's counts (neighbours, partners) do
            // not depend on which states the rows are limited to.
            let codes = inputs.statesByYear[year - inputs.years.lowerBound]
            let included = codes.map { states?.contains($0) ?? true }
            slots.reset(codes)
            let frame = PanelYear(year: year, slots: slots, needs: needs, inputs: inputs)
            let covered = request.groups.map { coverage[$0]?.contains(year) ?? false }
            let extra = diplomacy.map { sources in
                let groups = Set(zip(request.groups, covered).filter { $0.1 }.map(\.0))
                return PanelDiplomacyYear(year: year, groups: groups, frame: frame, inputs: sources)
            }
            let n = frame.n
            if request.unit.isDyadic {
                for a in 0..<n where included[a] {
                    for b in (request.unit == .dyadYear ? a + 1 : 0)..<n where a != b && included[b] {
                        if request.politicallyRelevant && !isRelevant(frame, a, b) { continue }
                        sink.startRow()
                        sink.int(Int32(year))
                        sink.int(codes[a])
                        sink.int(codes[b])
                        for (g, group) in request.groups.enumerated() {
                            if covered[g] {
                                appendDyad(group, frame, extra, a, b, &sink)
                            } else {
                                sink.missing(groupColumns[g])
                            }
                        }
                        rows += 1
                    }
                }
            } else {
                for a in 0..<n where included[a] {
                    sink.startRow()
                    sink.int(Int32(year))
                    sink.int(codes[a])
                    for (g, group) in request.groups.enumerated() {
                        if covered[g] {
                            appendState(group, frame, extra, a, &sink)
                        } else {
                            sink.missing(groupColumns[g])
                        }
                    }
                    rows += 1
                }
            }
        }
        return Self.table(request.unit, specs, sink, rows: rows)
    }

    /// The sink's columns named by their specs, in order.
    static func table(
        _ unit: PanelUnit, _ specs: [(group: PanelGroup?, spec: PanelColumnSpec)], _ sink: PanelSink, rows: Int
    ) -> PanelTable {
        var columns: [PanelColumn] = []
        var i = 0
        var r = 0
        for (_, spec) in specs {
            if spec.isReal {
                columns.append(PanelColumn(name: spec.name, values: .real(sink.reals[r])))
                r += 1
            } else {
                columns.append(PanelColumn(name: spec.name, values: .integer(sink.integers[i])))
                i += 1
            }
        }
        return PanelTable(unit: unit, rowCount: rows, columns: columns)
    }

    private func isRelevant(_ f: PanelYear, _ a: Int, _ b: Int) -> Bool {
        let c = Int(f.contiguity[a * f.n + b])
        return (c >= 1 && c <= request.prdContiguity) || f.major[a] || f.major[b]
    }

    private func appendDyad(
        _ group: PanelGroup, _ f: PanelYear, _ d: PanelDiplomacyYear?, _ a: Int, _ b: Int, _ sink: inout PanelSink
    ) {
        let n = f.n
        let ab = a * n + b
        let ba = b * n + a
        let directed = request.unit == .directedDyadYear
        switch group {
        case .alliances:
            let bits = directed ? f.atop[ab] : f.atop[ab] | f.atop[ba]
            for k in 0..<5 { sink.flag(bits & (1 << UInt8(k)) != 0) }
        case .disputes:
            let bits = directed ? f.mid[ab] : f.mid[ab] | f.mid[ba]
            sink.flag(bits & 1 != 0)
            sink.flag(bits & 2 != 0)
            sink.int(Int32(directed ? f.hostility[ab] : max(f.hostility[ab], f.hostility[ba])))
        case .wars:
            let bits = directed ? f.war[ab] : f.war[ab] | f.war[ba]
            sink.flag(bits & 1 != 0)
            sink.flag(bits & 2 != 0)
        case .contiguity: sink.int(Int32(f.contiguity[ab]))
        case .distance: sink.real(Self.distance(f.latitude[a], f.longitude[a], f.latitude[b], f.longitude[b]))
        case .capabilities:
            let x = f.capability["cinc"]?[a] ?? .nan
            let y = f.capability["cinc"]?[b] ?? .nan
            sink.real(x)
            sink.real(y)
            let weaker = min(x, y)
            sink.real(x.isNaN || y.isNaN || weaker <= 0 ? .nan : max(x, y) / weaker)
        case .majors:
            sink.flag(f.major[a])
            sink.flag(f.major[b])
        case .democracy:
            let p = f.democracy["v2x_polyarchy"] ?? []
            let e = f.democracy["euds"] ?? []
            sink.real(p.isEmpty ? .nan : p[a])
            sink.real(p.isEmpty ? .nan : p[b])
            sink.real(e.isEmpty ? .nan : e[a])
            sink.real(e.isEmpty ? .nan : e[b])
        case .rivalries: sink.flag(f.rivalry[ab] != 0)
        case .igos: sink.int(f.sharedIGOs[ab])
        case .exercises:
            sink.int(f.exercises[ab])
            // Optional chaining reads the year's matrices in place (a bound copy would retain each per row).
            if d == nil { sink.missing(PanelGroup.exerciseDetailColumns(dyadic: true)) }
            d?.appendExerciseDetail(pair: ab, &sink)
        case .agreements: sink.int(f.agreements[ab])
        case .obligations: PanelDiplomacyYear.appendObligations(f, a, b, directed: directed, &sink)
        case .rivalExercises, .securityOrgs, .regimes, .treatyDays:
            if d == nil { sink.missing(group.columns(for: request.unit)) }
            d?.appendDyad(group, a, b, &sink)
        case .affinity:
            let scores = try? Affinity.compute(f.votes[a], f.votes[b])
            sink.int(Int32(scores?.commonVotes ?? 0))
            sink.real(scores?.s ?? .nan)
            sink.real(scores?.cohensKappa ?? .nan)
            sink.real(scores?.scottsPi ?? .nan)
        case .peaceYears:
            let x = f.slots.codes[a]
            let y = f.slots.codes[b]
            let start = max(
                Int32(midYears.lowerBound), inputs.firstSystemYear[x] ?? Int32(f.year),
                inputs.firstSystemYear[y] ?? Int32(f.year))
            appendSpell(
                PanelInputs.peaceYears(
                    inputs.pairOnsets[min(x, y) * 1000 + max(x, y)], year: Int32(f.year), start: start), &sink)
        }
    }

    private func appendState(
        _ group: PanelGroup, _ f: PanelYear, _ d: PanelDiplomacyYear?, _ a: Int, _ sink: inout PanelSink
    ) {
        let n = f.n
        switch group {
        case .alliances:
            var counts = [Int32](repeating: 0, count: 5)
            for b in 0..<n where b != a {
                let bits = f.atop[a * n + b]
                for k in 0..<5 where bits & (1 << UInt8(k)) != 0 { counts[k] += 1 }
            }
            for c in counts { sink.int(c) }
        case .disputes:
            sink.int(f.midOnsets[a])
            sink.int(f.midOngoing[a])
        case .wars:
            sink.int(f.warOnsets[a])
            sink.int(f.warOngoing[a])
        case .contiguity:
            var land: Int32 = 0
            var any: Int32 = 0
            for b in 0..<n where b != a {
                let c = f.contiguity[a * n + b]
                if c == 1 { land += 1 }
                if c >= 1 { any += 1 }
            }
            sink.int(land)
            sink.int(any)
        case .capabilities:
            for name in ["cinc", "milex", "milper", "irst", "pec", "tpop", "upop"] {
                sink.real(f.capability[name]?[a] ?? .nan)
            }
        case .majors: sink.flag(f.major[a])
        case .democracy:
            for name in ["v2x_polyarchy", "euds", "aeuds"] { sink.real(f.democracy[name]?[a] ?? .nan) }
        case .rivalries:
            var count: Int32 = 0
            for b in 0..<n where b != a && f.rivalry[a * n + b] != 0 { count += 1 }
            sink.int(count)
        case .igos: sink.int(f.igoCount[a])
        case .exercises:
            sink.int(f.exerciseCount[a])
            if d == nil { sink.missing(PanelGroup.exerciseDetailColumns(dyadic: false)) }
            d?.appendExerciseDetail(state: a, &sink)
        case .agreements: sink.int(f.agreementCount[a])
        case .peaceYears:
            let x = f.slots.codes[a]
            let start = max(Int32(midYears.lowerBound), inputs.firstSystemYear[x] ?? Int32(f.year))
            appendSpell(PanelInputs.peaceYears(inputs.stateOnsets[x], year: Int32(f.year), start: start), &sink)
        case .obligations: PanelDiplomacyYear.appendObligations(f, state: a, &sink)
        case .securityOrgs, .regimes, .treatyDays:
            if d == nil { sink.missing(group.columns(for: request.unit)) }
            d?.appendState(group, a, &sink)
        case .distance, .affinity, .rivalExercises: break
        }
    }

    private func appendSpell(_ t: Int32, _ sink: inout PanelSink) {
        sink.int(t)
        sink.int(t * t)
        sink.int(t * t * t)
    }

    /// Haversine distance in km on a sphere of the mean Earth radius (IUGG 6371.0088 km).
    static func distance(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        if lat1.isNaN || lat2.isNaN { return .nan }
        let r = Double.pi / 180
        let dLat = (lat2 - lat1) * r
        let dLon = (lon2 - lon1) * r
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * r) * cos(lat2 * r) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371.0088 * asin(min(1, sqrt(h)))
    }
}
