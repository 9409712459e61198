/// Threshold-independent measures of a candidate rule, year by year: computed once, then every
/// threshold setting (the answer, its sensitivity ranges and its grid) is judged against them.
struct CustomMeasures: Sendable {
    struct Point: Sendable {
        var year: Int
        /// Region-weighted share of states whose practice conforms (mean over regions of each region's share).
        var generality: Double
        /// Unweighted share.
        var rawGenerality: Double
        /// Share of the specially affected states whose practice conforms (NaN when none are listed).
        var speciallyAffected: Double
        /// Conforming acts over conforming plus contrary acts not treated as breaches (NaN with no acts).
        var consistency: Double
        /// Form-weighted share of states whose acceptance as law is evidenced.
        var acceptance: Double
        /// Count of states that practise, and that accept (weight > 0).
        var practising: Int
        var accepting: Int
    }

    struct Row: Sendable {
        var state: String
        var region: String
        var conforming = 0
        var contrary = 0
        var contraryTreatedAsBreach = 0
        var forms: Set<OpinioForm> = []
        var denies = false
        /// Silence on a conforming practice counted as acquiescence (ILC 2018 Conclusion 10(3)).
        var acquiesced = false
        var votedYes = false
        var votedNo = false
        var treatyParty: Int?
        var firstPractice: Int?
        var practises: Bool { conforming > 0 && conforming > contrary - contraryTreatedAsBreach }
    }

    var universe: [(state: String, region: String)]
    var points: [Point]
    /// For each point, the index of the first point of the run of consecutive years whose measures
    /// are all the same as its own (years without new evidence). ``Judge/crystallisation()`` skips
    /// such a run in one step; a rule judged in 9999 with evidence from year 1 has nearly 10 000
    /// points, walked once for each of the sensitivity scan's ~1 600 judgements (issue 14, found
    /// by fuzzing).
    var runStarts: [Int]
    var rows: [Row]
    var firstPracticeYear: Int?
    var hasPractice: Bool
    var hasOpinio: Bool
    var partyShare: Double?
    var resolutionYesShare: Double?

    init(_ rule: CustomRule) {
        // The universe: the states concerned for a particular custom; otherwise the listed states, or every state in the evidence.
        var universe: [(state: String, region: String)] = []
        var index: [String: Int] = [:]
        let regionOf = Dictionary(rule.states.map { ($0.state, $0.region) }, uniquingKeysWith: { a, _ in a })
        func add(_ s: String) {
            if index[s] == nil {
                index[s] = universe.count
                universe.append((s, regionOf[s] ?? CustomRule.unassignedRegion))
            }
        }
        if rule.scope == .particular {
            rule.statesConcerned.forEach(add)
        } else if !rule.states.isEmpty {
            rule.states.forEach { add($0.state) }
        } else {
            rule.practice.forEach { add($0.state) }
            rule.opinio.forEach { add($0.state) }
            rule.objections.forEach { add($0.state) }
            rule.reactions.forEach { add($0.state) }
        }
        self.universe = universe
        var rows = universe.map { Row(state: $0.state, region: $0.region) }
        let n = universe.count
        // Regions.
        var regionIndex: [String: Int] = [:]
        var regionOfRow = [Int](repeating: 0, count: n)
        var regionSize: [Int] = []
        for (i, u) in universe.enumerated() {
            let r: Int
            if let existing = regionIndex[u.region] {
                r = existing
            } else {
                r = regionSize.count; regionIndex[u.region] = r; regionSize.append(0)
            }
            regionOfRow[i] = r
            regionSize[r] += 1
        }
        let special = Set(rule.speciallyAffected.compactMap { index[$0] })

        // Events by year.
        enum Event {
            case practice(Int, PracticeRecord), opinio(Int, OpinioRecord), yes(Int), no(Int), party(Int), objection(Int)
            case reaction(Int, ReactionRecord)
        }
        var events: [(year: Int, event: Event)] = []
        events.reserveCapacity(rule.practice.count + rule.opinio.count + 64)
        for p in rule.practice where p.year <= rule.asOf {
            if let i = index[p.state] { events.append((p.year, .practice(i, p))) }
        }
        for o in rule.opinio where o.year <= rule.asOf {
            if let i = index[o.state] { events.append((o.year, .opinio(i, o))) }
        }
        // A reaction is evidence only when it protests or its silence meets Conclusion 10(3).
        for r in rule.reactions where r.year <= rule.asOf && r.acceptsRule != nil {
            if let i = index[r.state] { events.append((r.year, .reaction(i, r))) }
        }
        var yesVotes = 0, castVotes = 0
        for r in rule.resolutions where r.year <= rule.asOf {
            for s in r.yes { if let i = index[s] { events.append((r.year, .yes(i))) } }
            for s in r.no { if let i = index[s] { events.append((r.year, .no(i))) } }
            yesVotes += r.yesVotes
            castVotes += r.castVotes
        }
        for o in rule.objections where o.since <= rule.asOf {
            if let i = index[o.state] { events.append((o.since, .objection(i))) }
        }
        var parties = 0
        if let t = rule.treaty {
            for p in t.parties where p.year <= rule.asOf {
                if let i = index[p.state] { events.append((p.year, .party(i))); parties += 1 }
            }
            partyShare = n == 0 ? 0 : Double(parties) / Double(n)
        } else {
            partyShare = nil
        }
        resolutionYesShare = castVotes == 0 ? nil : Double(yesVotes) / Double(castVotes)
        events.sort { $0.year < $1.year }
        hasPractice = events.contains { if case .practice = $0.event { true } else { false } }
        hasOpinio = events.contains {
            switch $0.event {
            case .opinio, .yes, .no, .party, .reaction: true;
            default: false
            }
        }

        // Sweep year by year.
        var points: [Point] = []
        var conforming = 0, counted = 0
        var first: Int?
        var e = 0
        let startYear = events.first?.year ?? rule.asOf
        let rw = rule.thresholds.resolutionWeight, tw = rule.thresholds.treatyWeight
        var year = startYear
        while year <= rule.asOf {
            while e < events.count, events[e].year == year {
                switch events[e].event {
                case .practice(let i, let p):
                    if p.conforming {
                        rows[i].conforming += 1; conforming += 1; counted += 1
                        if first == nil { first = p.year }
                        if rows[i].firstPractice == nil { rows[i].firstPractice = p.year }
                    } else {
                        rows[i].contrary += 1
                        if p.treatedAsBreach { rows[i].contraryTreatedAsBreach += 1 } else { counted += 1 }
                    }
                case .opinio(let i, let o):
                    if o.accepts { rows[i].forms.insert(o.form) } else { rows[i].denies = true }
                case .yes(let i): rows[i].votedYes = true
                case .no(let i): rows[i].votedNo = true
                case .party(let i): rows[i].treatyParty = rows[i].treatyParty ?? year
                case .objection(let i): rows[i].denies = true
                case .reaction(let i, let r):
                    // A protest against a contrary practice asserts the rule (Conclusion 10(2),
                    // diplomatic correspondence); acquiescence in a conforming practice accepts it;
                    // a protest against a conforming practice, or acquiescence in a contrary one,
                    // tells against it (Conclusion 10(3)).
                    switch (r.acceptsRule, r.protested) {
                    case (true?, true): rows[i].forms.insert(.diplomaticCorrespondence)
                    case (true?, false): rows[i].acquiesced = true
                    default: rows[i].denies = true
                    }
                }
                e += 1
            }
            // Measures at the end of this year.
            var regionPractising = [Int](repeating: 0, count: regionSize.count)
            var practising = 0, accepting = 0, specialPractising = 0
            var acceptance = 0.0
            for i in 0..<n {
                if rows[i].practises {
                    practising += 1
                    regionPractising[regionOfRow[i]] += 1
                    if special.contains(i) { specialPractising += 1 }
                }
                let w = Self.weight(rows[i], resolutionWeight: rw, treatyWeight: tw)
                if w > 0 { accepting += 1 }
                acceptance += w
            }
            var weighted = 0.0
            for r in 0..<regionSize.count { weighted += Double(regionPractising[r]) / Double(regionSize[r]) }
            points.append(
                Point(
                    year: year,
                    generality: regionSize.isEmpty ? 0 : weighted / Double(regionSize.count),
                    rawGenerality: n == 0 ? 0 : Double(practising) / Double(n),
                    speciallyAffected: special.isEmpty ? .nan : Double(specialPractising) / Double(special.count),
                    consistency: counted == 0 ? .nan : Double(conforming) / Double(counted),
                    acceptance: n == 0 ? 0 : acceptance / Double(n),
                    practising: practising, accepting: accepting))
            year += 1
        }
        self.points = points
        runStarts = Self.runStarts(points)
        self.rows = rows
        self.firstPracticeYear = first
    }

    /// A state's acceptance as law, 0…1: 1 for acceptance in any form other than a vote or a treaty;
    /// otherwise the weight of a favourable resolution vote or of being bound by a treaty; 0 when the
    /// state denies the rule (a contrary statement, a vote against, an objection) without other acceptance.
    static func weight(_ row: Row, resolutionWeight: Double, treatyWeight: Double) -> Double {
        let strong = row.acquiesced || row.forms.contains { $0 != .resolutionVote && $0 != .treatyProvision }
        if strong { return 1 }
        if row.denies || row.votedNo { return 0 }
        var w = 0.0
        if row.votedYes || row.forms.contains(.resolutionVote) { w = max(w, resolutionWeight) }
        if row.treatyParty != nil || row.forms.contains(.treatyProvision) { w = max(w, treatyWeight) }
        return w
    }

    var last: Point? { points.last }

    /// ``runStarts`` of `points`: measures compared bit for bit, so NaN equals NaN.
    static func runStarts(_ points: [Point]) -> [Int] {
        func same(_ a: Point, _ b: Point) -> Bool {
            a.generality.bitPattern == b.generality.bitPattern
                && a.rawGenerality.bitPattern == b.rawGenerality.bitPattern
                && a.speciallyAffected.bitPattern == b.speciallyAffected.bitPattern
                && a.consistency.bitPattern == b.consistency.bitPattern
                && a.acceptance.bitPattern == b.acceptance.bitPattern
                && a.practising == b.practising && a.accepting == b.accepting
        }
        var starts = [Int](repeating: 0, count: points.count)
        for i in points.indices.dropFirst() {
            starts[i] = same(points[i], points[i - 1]) ? starts[i - 1] : i
        }
        return starts
    }
}
