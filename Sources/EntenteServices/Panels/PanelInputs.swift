import EntenteStore

/// The sources of a panel, indexed once by year for the year-by-year build.
struct PanelInputs: Sendable {
    let sources: PanelSources
    let years: ClosedRange<Int>
    let statesByYear: [[Int32]]
    let majorsByYear: [[Int32]]
    let firstSystemYear: [Int32: Int32]
    let alliances: YearBuckets
    let disputes: YearBuckets
    let wars: YearBuckets
    let contiguity: YearBuckets
    let rivalries: YearBuckets
    let igos: YearBuckets
    let exercises: YearBuckets
    let agreements: YearBuckets
    let capabilities: YearBuckets
    let democracy: YearBuckets
    let votes: YearBuckets
    /// MID onset years by unordered pair (`low * 1000 + high`) and by state, ascending.
    let pairOnsets: [Int32: [Int32]]
    let stateOnsets: [Int32: [Int32]]

    init(sources s: PanelSources, years: ClosedRange<Int>) {
        sources = s
        self.years = years
        statesByYear = s.system.states(in: years)
        majorsByYear = s.majors.states(in: years)
        firstSystemYear = s.system.firstYears()
        alliances = YearBuckets(years: s.alliances.year, range: years)
        disputes = YearBuckets(years: s.disputes.year, range: years)
        wars = YearBuckets(years: s.wars.year, range: years)
        contiguity = YearBuckets(firstYears: s.contiguity.firstYear, lastYears: s.contiguity.lastYear, range: years)
        rivalries = YearBuckets(firstYears: s.rivalries.firstYear, lastYears: s.rivalries.lastYear, range: years)
        igos = YearBuckets(firstYears: s.igos.firstYear, lastYears: s.igos.lastYear, range: years)
        exercises = YearBuckets(firstYears: s.exercises.firstYear, lastYears: s.exercises.lastYear, range: years)
        agreements = YearBuckets(firstYears: s.agreements.firstYear, lastYears: s.agreements.lastYear, range: years)
        capabilities = YearBuckets(years: s.capabilities.year, range: years)
        democracy = YearBuckets(years: s.democracy.year, range: years)
        votes = YearBuckets(years: s.votes.rollCall.map { s.votes.rollCallYear[$0] ?? 0 }, range: years)
        var pairs: [Int32: [Int32]] = [:]
        var states: [Int32: [Int32]] = [:]
        let onset = s.disputes.values["disponset"] ?? []
        for k in onset.indices where onset[k] == 1 {
            let a = s.disputes.ccode1[k]
            let b = s.disputes.ccode2[k]
            pairs[min(a, b) * 1000 + max(a, b), default: []].append(s.disputes.year[k])
            states[a, default: []].append(s.disputes.year[k])
        }
        pairOnsets = pairs.mapValues { Array(Set($0)).sorted() }
        stateOnsets = states.mapValues { Array(Set($0)).sorted() }
    }

    /// Years since the last onset before `year` (BTSCS counter), counting from `start` when there is none.
    static func peaceYears(_ onsets: [Int32]?, year: Int32, start: Int32) -> Int32 {
        guard let onsets, let first = onsets.first, first < year else { return year - start }
        // The last onset before `year`, by binary search.
        var lo = 0
        var hi = onsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if onsets[mid] < year { lo = mid + 1 } else { hi = mid }
        }
        return year - onsets[lo - 1] - 1
    }
}
