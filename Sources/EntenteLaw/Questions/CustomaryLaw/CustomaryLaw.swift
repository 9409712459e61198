/// The `customary_law` question: has a practice become a rule of customary international law?
/// Each element of the ILC 2018 Draft Conclusions is judged on its own; the thresholds are the
/// analyst's and the answer reports the range of each over which it holds.
public enum CustomaryLaw {
    /// The condition codes, in report order.
    public static let conditionCodes = [
        "GENERAL_PRACTICE", "SPECIALLY_AFFECTED_STATES", "CONSISTENCY", "DURATION", "OPINIO_JURIS",
        "RESOLUTION_EVIDENCE", "TREATY_TO_CUSTOM_ROUTE", "PERSISTENT_OBJECTOR", "ACQUIESCENCE",
        "PARTICULAR_PRACTICE_AMONG_STATES_CONCERNED", "ACCEPTANCE_BY_STATE_BOUND",
    ]

    /// The outcome labels.
    public static let outcomes = [
        "established", "not_established", "emerging", "established_not_opposable",
        "particular_custom_established", "particular_custom_not_established", "unknown",
    ]

    /// Finnemore and Sikkink's tipping point: norm cascade once about one-third of states adopt the norm.
    public static let tippingPoint = 1.0 / 3.0

    /// Judges a rule.
    public static func assess(_ rule: CustomRule) -> CustomAssessment {
        let measures = CustomMeasures(rule)
        return CustomAssessment(rule: rule, measures: measures)
    }
}

/// One condition's status with the figures behind it.
public struct CustomCondition: Sendable {
    public var code: String
    public var status: ConditionStatus
    public var detail: String
    /// The facts the condition used: shares, thresholds, the States and records counted.
    public var facts: [CustomFact] = []
}

/// The range of one threshold over which the outcome stays the same, others held fixed.
public struct ThresholdRange: Sendable {
    public var name: String
    public var value: Double
    public var low: Double
    public var high: Double
}

/// One state's evidence.
public struct CustomEvidenceRow: Sendable {
    public var state: String
    public var region: String
    public var conforming: Int
    public var contrary: Int
    public var contraryTreatedAsBreach: Int
    public var practises: Bool
    public var acceptance: Double
    public var forms: [String]
    public var objectionSince: Int?
    public var objectionMaintained: Bool?
    /// Whether the rule is not opposable to the state as a persistent objector.
    public var exempt: Bool
}

/// The answer to a `customary_law` question.
public struct CustomAssessment: Sendable {
    public var rule: String
    public var title: String
    public var scope: CustomScope
    public var asOf: Int
    public var stateConcerned: String?
    public var outcome: String
    public var conditions: [CustomCondition]
    public var crystallisation: Int?
    public var tippingYear: Int?
    public var timeline: [(year: Int, practice: Double, acceptance: Double)]
    public var table: [CustomEvidenceRow]
    public var thresholds: CustomThresholds
    public var sensitivity: [ThresholdRange]
    /// Outcome over a grid of generality (rows) × opinio juris (columns) thresholds.
    public var gridValues: [Double]
    public var grid: [[String]]
    public var wouldChange: [String]
    public var explanation: [String]
    /// The states the rule binds (for particular custom, the accepting states concerned; for general
    /// custom, all states of the universe except persistent objectors). Empty when not established.
    public var binds: [String]
    public var expected: SituationValue.Located?
    public var file: String

    public func status(_ code: String) -> ConditionStatus? { conditions.first { $0.code == code }?.status }

    init(rule: CustomRule, measures m: CustomMeasures) {
        self.rule = rule.id
        title = rule.title
        scope = rule.scope
        asOf = rule.asOf
        stateConcerned = rule.stateConcerned
        thresholds = rule.thresholds
        expected = rule.expected
        file = rule.file
        let judged = Judge(rule: rule, m: m, t: rule.thresholds).run(full: true)
        outcome = judged.outcome
        conditions = judged.conditions
        crystallisation = judged.crystallisation
        explanation = judged.explanation
        tippingYear = m.points.first { $0.acceptance >= CustomaryLaw.tippingPoint }?.year
        timeline = m.points.map { ($0.year, $0.generality, $0.acceptance) }
        table = m.rows.map { row in
            let o = Judge.objection(of: row.state, in: rule.objections)
            return CustomEvidenceRow(
                state: row.state, region: row.region, conforming: row.conforming, contrary: row.contrary,
                contraryTreatedAsBreach: row.contraryTreatedAsBreach, practises: row.practises,
                acceptance: CustomMeasures.weight(
                    row, resolutionWeight: rule.thresholds.resolutionWeight, treatyWeight: rule.thresholds.treatyWeight),
                forms: row.forms.map(\.rawValue).sorted() + (row.acquiesced ? ["acquiescence"] : [])
                    + (row.votedYes ? ["vote_yes"] : [])
                    + (row.votedNo ? ["vote_no"] : []) + (row.treatyParty.map { ["party_since_\($0)"] } ?? []),
                objectionSince: o?.since, objectionMaintained: o?.maintained,
                exempt: !rule.peremptory
                    && (o.map { Judge.exempt($0, crystallisation: judged.crystallisation) } ?? false))
        }
        if judged.outcome == "established" || judged.outcome == "established_not_opposable" {
            binds = table.filter { !$0.exempt }.map(\.state)
        } else if judged.outcome == "particular_custom_established" {
            binds = table.filter { $0.acceptance > 0 }.map(\.state)
        } else {
            binds = []
        }

        // Sensitivity: each threshold scanned alone, others fixed.
        var ranges: [ThresholdRange] = []
        let applicable = CustomThresholds.names.filter { name in
            switch name {
            case "particular_share": rule.scope == .particular
            case "generality", "opinio_juris": rule.scope == .general
            case "specially_affected": rule.scope == .general && !rule.speciallyAffected.isEmpty
            default: true
            }
        }
        for name in applicable {
            let value = rule.thresholds[name]
            let isYears = CustomThresholds.countsYears(name)
            let step = isYears ? 1.0 : 0.01
            let top = isYears ? 100.0 : 1.0
            func holds(_ v: Double) -> Bool {
                var t = rule.thresholds
                t[name] = v
                return Judge(rule: rule, m: m, t: t).run(full: false).outcome == judged.outcome
            }
            var low = value, high = value
            while low - step >= -1e-9, holds(max(0, low - step)) { low = max(0, low - step) }
            while high + step <= top + 1e-9, holds(high + step) { high += step }
            ranges.append(
                ThresholdRange(
                    name: name, value: value, low: (low * 100).rounded() / 100, high: (high * 100).rounded() / 100))
        }
        sensitivity = ranges
        let values = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
        gridValues = values
        grid = values.map { g in
            values.map { o in
                var t = rule.thresholds
                t.generality = g
                t.opinioJuris = o
                if rule.scope == .particular { t.particularShare = max(g, o) }
                return Judge(rule: rule, m: m, t: t).run(full: false).outcome
            }
        }
        var changes: [String] = []
        for r in ranges {
            let years = CustomThresholds.countsYears(r.name)
            let shown = { (v: Double) in years ? String(Int(v)) : Self.fmt(v) }
            if years ? r.high < 100 : r.high < 1 {
                var t = rule.thresholds
                t[r.name] = r.high + (years ? 1 : 0.01)
                let o = Judge(rule: rule, m: m, t: t).run(full: false).outcome
                changes.append("\(r.name) above \(shown(r.high)) → \(o)")
            }
            if r.low > 0 {
                var t = rule.thresholds
                t[r.name] = r.low - (years ? 1 : 0.01)
                let o = Judge(rule: rule, m: m, t: t).run(full: false).outcome
                changes.append("\(r.name) below \(shown(r.low)) → \(o)")
            }
        }
        changes.append(contentsOf: judged.evidenceChanges)
        wouldChange = changes
        if let aggregate = rule.aggregate {
            apply(aggregate, rule: rule, perStatePractice: m.hasPractice, perStateOpinio: m.hasOpinio)
        }
        explanation += rule.evidenceNotes
    }

    static func fmt(_ v: Double) -> String {
        if v.isNaN { return "n/a" }
        let r = (v * 100).rounded() / 100
        return String(r)
    }
}

/// Judges the conditions and the outcome for one setting of the thresholds.
struct Judge {
    let rule: CustomRule
    let m: CustomMeasures
    let t: CustomThresholds

    struct Result {
        var outcome: String
        var conditions: [CustomCondition] = []
        var crystallisation: Int?
        var explanation: [String] = []
        var evidenceChanges: [String] = []
    }

    /// Whether an objection exempts its State: only from a rule that crystallised, only when the
    /// objection began before that year and was maintained (ILC Conclusion 15). The one definition
    /// the condition, the evidence table and the outcome all use.
    static func exempt(_ o: Objection, crystallisation: Int?) -> Bool {
        guard o.maintained, let c = crystallisation else { return false }
        return o.since < c
    }

    /// A State's objection as the judgement reads it when the files record several: the earliest
    /// maintained one, else the earliest (so an abandoned early objection never hides a later one).
    static func objection(of state: String, in objections: [Objection]) -> Objection? {
        let mine = objections.filter { $0.state == state }.sorted { $0.since < $1.since }
        return mine.first { $0.maintained } ?? mine.first
    }

    private func practiceMet(_ p: CustomMeasures.Point) -> Bool {
        if rule.scope == .particular {
            return p.rawGenerality >= t.particularShare - 1e-12
        }
        return p.generality >= t.generality - 1e-12
            && (p.speciallyAffected.isNaN || p.speciallyAffected >= t.speciallyAffected - 1e-12)
    }

    private func opinioMet(_ p: CustomMeasures.Point) -> Bool {
        if rule.scope == .particular {
            return p.acceptance >= t.particularShare - 1e-12
        }
        return p.acceptance >= t.opinioJuris - 1e-12
    }

    private func consistent(_ p: CustomMeasures.Point) -> Bool {
        !p.consistency.isNaN && p.consistency >= t.consistency - 1e-12
    }

    private func durationMet(_ year: Int) -> Bool {
        guard let f = m.firstPracticeYear else { return false }
        return Double(year - f) >= t.durationYears - 1e-12
    }

    /// The first year of the unbroken run of years, ending in the as-of year, in which every element
    /// held; nil when they do not all hold in the as-of year (a rule that once held and no longer does
    /// is not established on this evidence).
    ///
    /// Walks back a run of years with the same measures in one step: the practice, acceptance and
    /// consistency tests give the same answer for every year of the run, and the duration test,
    /// which only grows with the year, is searched for where it starts to hold. The result is the
    /// year-by-year walk's (`CustomaryCrystallisationTests`).
    func crystallisation() -> Int? {
        var start: Int?
        var i = m.points.count - 1
        while i >= 0 {
            let p = m.points[i]
            guard practiceMet(p) && opinioMet(p) && consistent(p) && durationMet(p.year) else { break }
            // The earliest point of the run from which the duration holds up to point i.
            var low = m.runStarts[i], high = i
            while low < high {
                let mid = (low + high) / 2
                if durationMet(m.points[mid].year) { high = mid } else { low = mid + 1 }
            }
            start = m.points[low].year
            guard low == m.runStarts[i] else { break }
            i = low - 1
        }
        return start
    }

    /// ``crystallisation()`` walked year by year, as it was written first; the tests compare the two.
    func crystallisationYearByYear() -> Int? {
        var start: Int?
        for p in m.points.reversed() {
            guard practiceMet(p) && opinioMet(p) && consistent(p) && durationMet(p.year) else { break }
            start = p.year
        }
        return start
    }

    func run(full: Bool) -> Result {
        guard let now = m.last, m.hasPractice || m.hasOpinio else {
            var r = Result(outcome: "unknown")
            if full {
                r.conditions = CustomaryLaw.conditionCodes.map {
                    CustomCondition(code: $0, status: .unknown, detail: "no evidence within the universe of states")
                }
                r.explanation = [
                    "No practice or acceptance by any state of the universe is recorded up to \(rule.asOf)."
                ]
                r.evidenceChanges = ["evidence of practice and acceptance as law by the states concerned"]
            }
            return r
        }
        let c = crystallisation()
        let general = rule.scope == .general
        let gp = m.hasPractice ? (general ? now.generality >= t.generality - 1e-12 : practiceMet(now)) : false
        let cons = consistent(now)
        let op = opinioMet(now)
        let established = c != nil
        let objection = rule.stateConcerned.flatMap { s in Self.objection(of: s, in: rule.objections) }
        let objectorExempt = !rule.peremptory && (objection.map { Self.exempt($0, crystallisation: c) } ?? false)

        var outcome: String
        if general {
            if established {
                outcome = objectorExempt ? "established_not_opposable" : "established"
            } else if now.generality >= CustomaryLaw.tippingPoint || now.acceptance >= CustomaryLaw.tippingPoint {
                outcome = "emerging"
            } else {
                outcome = "not_established"
            }
        } else {
            outcome = established ? "particular_custom_established" : "particular_custom_not_established"
        }
        var result = Result(outcome: outcome, crystallisation: c)
        guard full else { return result }

        let f = CustomAssessment.fmt
        var cs: [CustomCondition] = []
        func add(_ code: String, _ s: ConditionStatus, _ d: String, _ facts: [CustomFact] = []) {
            cs.append(CustomCondition(code: code, status: s, detail: d, facts: facts))
        }
        let n = m.universe.count
        let facts = Facts(rule: rule, m: m, t: t, now: now, crystallisation: c)
        if general {
            add(
                "GENERAL_PRACTICE", m.hasPractice ? (gp ? .met : .notMet) : .unknown,
                "region-weighted share \(f(now.generality)) (unweighted \(f(now.rawGenerality)), \(now.practising) of \(n) states) against \(f(t.generality))"
            )
            if now.speciallyAffected.isNaN {
                add("SPECIALLY_AFFECTED_STATES", .notApplicable, "no specially affected states named")
            } else {
                add(
                    "SPECIALLY_AFFECTED_STATES", now.speciallyAffected >= t.speciallyAffected - 1e-12 ? .met : .notMet,
                    "\(f(now.speciallyAffected)) of the specially affected states practise, against \(f(t.speciallyAffected))"
                )
            }
        } else {
            add(
                "GENERAL_PRACTICE", .notApplicable,
                "particular custom: the practice of the states concerned is judged instead")
            add("SPECIALLY_AFFECTED_STATES", .notApplicable, "particular custom")
        }
        add(
            "CONSISTENCY", now.consistency.isNaN ? .unknown : (cons ? .met : .notMet),
            "conforming share \(f(now.consistency)) of acts not treated as breaches, against \(f(t.consistency))")
        if let first = m.firstPracticeYear {
            add(
                "DURATION", durationMet(rule.asOf) ? .met : .notMet,
                "\(rule.asOf - first) years since first conforming practice (\(first)), against \(Int(t.durationYears))"
            )
        } else {
            add("DURATION", .unknown, "no conforming practice")
        }
        if general {
            add(
                "OPINIO_JURIS", m.hasOpinio ? (op ? .met : .notMet) : .unknown,
                "form-weighted acceptance \(f(now.acceptance)) (\(now.accepting) of \(n) states), against \(f(t.opinioJuris)); votes weigh \(f(t.resolutionWeight)), treaty participation \(f(t.treatyWeight))"
            )
        } else {
            add(
                "OPINIO_JURIS", m.hasOpinio ? (op ? .met : .notMet) : .unknown,
                "acceptance among the states concerned \(f(now.acceptance)), against \(f(t.particularShare))")
        }
        if let yes = m.resolutionYesShare {
            add(
                "RESOLUTION_EVIDENCE", yes >= t.generality - 1e-12 ? .met : .notMet,
                "\(rule.resolutions.count) resolution(s), \(f(yes)) of votes cast in favour; evidence of acceptance only, never by itself a rule (ILC Conclusion 12)"
            )
        } else {
            add("RESOLUTION_EVIDENCE", .notApplicable, "no resolutions")
        }
        if let t0 = rule.treaty, let share = m.partyShare {
            let met = share >= t.generality - 1e-12 && gp && op && cons
            add(
                "TREATY_TO_CUSTOM_ROUTE", met ? .met : .notMet,
                "\(t0.treaty) (\(t0.adopted)): \(f(share)) of states parties; the route needs a general practice accepted as law beyond participation (ILC Conclusion 11)"
            )
        } else {
            add("TREATY_TO_CUSTOM_ROUTE", .notApplicable, "no treaty basis")
        }
        // Persistent objection.
        if let s = rule.stateConcerned {
            if let o = objection {
                if rule.peremptory {
                    add(
                        "PERSISTENT_OBJECTOR", .notMet,
                        "\(s) objects since \(o.since), but the rule is peremptory: persistent objection does not apply (ILC Conclusion 15(3))"
                    )
                } else if c == nil {
                    add(
                        "PERSISTENT_OBJECTOR", .notApplicable,
                        "\(s) objects since \(o.since), but no rule has crystallised to be opposed")
                } else {
                    let ok = Self.exempt(o, crystallisation: c)
                    add(
                        "PERSISTENT_OBJECTOR", ok ? .met : .notMet,
                        "\(s) objected from \(o.since)\(o.maintained ? " and maintained it" : " but did not maintain it"); the rule crystallised in \(c!): "
                            + (ok
                                ? "objection before crystallisation"
                                : (o.maintained ? "objection came too late" : "objection abandoned")))
                }
            } else {
                add("PERSISTENT_OBJECTOR", .notMet, "\(s) has not objected")
            }
        } else if rule.objections.isEmpty {
            add("PERSISTENT_OBJECTOR", .notApplicable, "no objections")
        } else if c == nil {
            add(
                "PERSISTENT_OBJECTOR", .notApplicable, "objections recorded, but no rule has crystallised to be opposed"
            )
        } else {
            let exempt =
                rule.peremptory
                ? []
                : Set(rule.objections.map(\.state)).sorted().filter { state in
                    Self.objection(of: state, in: rule.objections).map { Self.exempt($0, crystallisation: c) } ?? false
                }
            add(
                "PERSISTENT_OBJECTOR", exempt.isEmpty ? .notMet : .met,
                exempt.isEmpty
                    ? "no objection predates crystallisation and was maintained"
                    : "persistent objectors: \(exempt.joined(separator: ", "))")
        }
        // Acquiescence (ILC Conclusion 10(3)): the State concerned's own reactions when the files
        // record them; otherwise its silence, as the evidence table shows it.
        let silent = m.rows.filter { r in
            r.forms.isEmpty && !r.acquiesced && !r.denies && !r.votedYes && !r.votedNo && r.treatyParty == nil
        }
        let reactions = rule.reactions.filter { $0.year <= rule.asOf }
        if let s = rule.stateConcerned {
            let own = reactions.filter { $0.state == s }
            let others = reactions.filter { $0.to == s && $0.state != s }
            let aboutOthers =
                others.isEmpty
                ? "" : "; on \(s)'s own practice: " + others.map(\.summary).joined(separator: "; ")
            if !own.isEmpty {
                let said = own.map(\.summary).joined(separator: "; ")
                if own.contains(where: { $0.acceptsRule == false }) {
                    add("ACQUIESCENCE", .notMet, said + aboutOthers)
                } else if own.contains(where: { $0.acceptsRule == true && !$0.protested }) {
                    add("ACQUIESCENCE", .met, said + aboutOthers)
                } else if own.contains(where: { $0.acceptsRule == true }) {
                    add("ACQUIESCENCE", .notApplicable, said + ": it asserted the rule expressly" + aboutOthers)
                } else {
                    add("ACQUIESCENCE", .unknown, said + aboutOthers)
                }
            } else if let row = m.rows.first(where: { $0.state == s }) {
                if row.denies || row.votedNo {
                    add("ACQUIESCENCE", .notMet, "\(s) reacted against the practice" + aboutOthers)
                } else if !row.forms.isEmpty || row.votedYes || row.treatyParty != nil {
                    add("ACQUIESCENCE", .notApplicable, "\(s) accepted the rule expressly" + aboutOthers)
                } else {
                    add(
                        "ACQUIESCENCE", gp || (!general && now.rawGenerality > 0) ? .met : .unknown,
                        "\(s) stayed silent where the practice called for a reaction" + aboutOthers)
                }
            } else {
                add("ACQUIESCENCE", .notApplicable, "\(s) is not among the states judged" + aboutOthers)
            }
        } else {
            let counted = reactions.filter { $0.countsAsAcquiescence }.count
            add(
                "ACQUIESCENCE", .notApplicable,
                "\(silent.count) state(s) of \(n) silent; \(counted) acquiescence(s) counted from \(reactions.count) "
                    + "reaction record(s); no state concerned named")
        }
        if general {
            add("PARTICULAR_PRACTICE_AMONG_STATES_CONCERNED", .notApplicable, "general custom")
            add("ACCEPTANCE_BY_STATE_BOUND", .notApplicable, "general custom")
        } else {
            add(
                "PARTICULAR_PRACTICE_AMONG_STATES_CONCERNED", established ? .met : .notMet,
                "\(now.practising) of \(n) states concerned practise, \(now.accepting) accept; required share \(f(t.particularShare)) (ILC Conclusion 16)"
            )
            if let s = rule.stateConcerned {
                let inside = rule.statesConcerned.contains(s)
                let accepted =
                    m.rows.first { $0.state == s }.map {
                        CustomMeasures.weight($0, resolutionWeight: t.resolutionWeight, treatyWeight: t.treatyWeight)
                            > 0
                    } ?? false
                add(
                    "ACCEPTANCE_BY_STATE_BOUND", inside && accepted ? .met : .notMet,
                    inside
                        ? (accepted
                            ? "\(s) is among the states concerned and accepted the rule"
                            : "\(s) is among the states concerned but its acceptance is not shown")
                        : "\(s) is not among the states concerned: a particular custom binds only them")
            } else {
                add("ACCEPTANCE_BY_STATE_BOUND", .notApplicable, "no state concerned named")
            }
        }
        for i in cs.indices { cs[i].facts = facts.used(by: cs[i].code) }
        result.conditions = cs

        var ex: [String] = []
        ex.append("Outcome \(outcome) as of \(rule.asOf) (\(rule.scope.rawValue) custom, \(n) states).")
        if let c {
            ex.append(
                "Every element first held in \(c): that is the crystallisation year used for persistent objection.")
        } else {
            ex.append(
                "No year up to \(rule.asOf) in which a general (or concerned states') practice, consistent and accepted as law, held together."
            )
        }
        for x in cs where x.status != .notApplicable { ex.append("\(x.code): \(x.status.label) — \(x.detail)") }
        result.explanation = ex

        var changes: [String] = []
        if general && !gp && m.hasPractice {
            let need = Int((t.generality * Double(n)).rounded(.up)) - now.practising
            if need > 0 {
                changes.append("about \(need) more states practising (spread across regions) → GENERAL_PRACTICE met")
            }
        }
        if !op {
            let need = Int(((general ? t.opinioJuris : t.particularShare) * Double(n) - now.acceptance).rounded(.up))
            if need > 0 {
                changes.append(
                    "acceptance as law (statements, legal opinions, court decisions…) by about \(need) more states → OPINIO_JURIS met"
                )
            }
        }
        if let s = rule.stateConcerned, objection == nil, general, established {
            changes.append("\(s) objecting before \(c!) and maintaining it → established_not_opposable")
        }
        result.evidenceChanges = changes
        return result
    }
}
