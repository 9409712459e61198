import EntenteCore
import EntenteLaw
import Testing

/// Rule-level tests of the `customary_law` question: condition statuses, persistent objection,
/// particular custom and sensitivity, on small hand-built rules.
struct CustomRuleTests {
    /// Ten states in two regions; states 0..<k practise from `year` and all accept from `year`.
    static func rule(practising k: Int, accepting a: Int = 10, year: Int = 1970, asOf: Int = 2000) -> CustomRule {
        let states = (0..<10).map { ("S\($0)", $0 < 5 ? "north" : "south") }
        var r = CustomRule(id: "test", asOf: asOf, states: states)
        let order = [0, 5, 1, 6, 2, 7, 3, 8, 4, 9]  // alternate regions
        for i in order.prefix(k) { r.practice.append(PracticeRecord(state: "S\(i)", year: year, conforming: true)) }
        for i in order.prefix(a) { r.opinio.append(OpinioRecord(state: "S\(i)", year: year, form: .statement)) }
        return r
    }

    @Test func generalPracticeAndOpinioJurisEstablishTheRule() {
        let a = CustomaryLaw.assess(Self.rule(practising: 8))
        #expect(a.outcome == "established")
        #expect(a.status("GENERAL_PRACTICE") == .met)
        #expect(a.status("OPINIO_JURIS") == .met)
        #expect(a.status("CONSISTENCY") == .met)
        #expect(a.status("PARTICULAR_PRACTICE_AMONG_STATES_CONCERNED") == .notApplicable)
        #expect(a.crystallisation == 1970)
    }

    @Test func practiceWithoutAcceptanceIsNotLaw() {
        let a = CustomaryLaw.assess(Self.rule(practising: 10, accepting: 2))
        #expect(a.status("OPINIO_JURIS") == .notMet)
        #expect(a.outcome == "emerging", "practice past the one-third tipping point")
        let b = CustomaryLaw.assess(Self.rule(practising: 3, accepting: 0))
        #expect(b.outcome == "not_established")
    }

    @Test func generalityIsWeightedByRegion() {
        // Six states all in the north region: unweighted 0.6, region-weighted (1.0 + 0.2) / 2 = 0.6.
        var r = Self.rule(practising: 0)
        for i in [0, 1, 2, 3, 4, 5] { r.practice.append(PracticeRecord(state: "S\(i)", year: 1970, conforming: true)) }
        let a = CustomaryLaw.assess(r)
        #expect(a.status("GENERAL_PRACTICE") == .met)
        // Six states but only from one region of a three-region world: weighted share drops below 0.6.
        var skewed = r
        skewed.states = (0..<10).map { ("S\($0)", $0 < 6 ? "north" : ($0 < 8 ? "south" : "east")) }
        let b = CustomaryLaw.assess(skewed)
        #expect(b.status("GENERAL_PRACTICE") == .notMet, "one region alone is not representative")
    }

    @Test func contraryActsTreatedAsBreachesDoNotBreakConsistency() {
        var r = Self.rule(practising: 10)
        for i in 0..<5 {
            r.practice.append(PracticeRecord(state: "S\(i)", year: 1980, conforming: false, treatedAsBreach: true))
        }
        #expect(CustomaryLaw.assess(r).status("CONSISTENCY") == .met)
        var s = Self.rule(practising: 10)
        for i in 0..<5 { s.practice.append(PracticeRecord(state: "S\(i)", year: 1980, conforming: false)) }
        let b = CustomaryLaw.assess(s)
        #expect(b.status("CONSISTENCY") == .notMet)
        #expect(b.outcome != "established")
    }

    @Test func specialllyAffectedStatesMustTakePart() {
        var r = Self.rule(practising: 8)
        r.speciallyAffected = ["S4", "S9"]  // the two states that do not practise
        let a = CustomaryLaw.assess(r)
        #expect(a.status("GENERAL_PRACTICE") == .met)
        #expect(a.status("SPECIALLY_AFFECTED_STATES") == .notMet)
        #expect(a.outcome == "emerging")
    }

    @Test(arguments: [(1965, true), (1969, true), (1970, false), (1985, false)])
    func persistentObjectorIsExemptOnlyIfItsObjectionPredatesCrystallisation(since: Int, exempt: Bool) {
        var r = Self.rule(practising: 8)  // crystallises in 1970
        r.stateConcerned = "S4"
        r.objections = [Objection(state: "S4", since: since)]
        r.opinio.removeAll { $0.state == "S4" }
        let a = CustomaryLaw.assess(r)
        #expect(a.crystallisation == 1970)
        #expect(a.outcome == (exempt ? "established_not_opposable" : "established"))
        #expect(a.status("PERSISTENT_OBJECTOR") == (exempt ? .met : .notMet))
        #expect(a.binds.contains("S4") == !exempt)
        #expect(a.table.first { $0.state == "S4" }?.exempt == exempt)
    }

    @Test func noPersistentObjectorToAPeremptoryRule() {
        var r = Self.rule(practising: 8)
        r.stateConcerned = "S4"
        r.objections = [Objection(state: "S4", since: 1960)]
        r.opinio.removeAll { $0.state == "S4" }
        #expect(CustomaryLaw.assess(r).outcome == "established_not_opposable")
        r.peremptory = true
        let a = CustomaryLaw.assess(r)
        #expect(a.outcome == "established")
        #expect(a.status("PERSISTENT_OBJECTOR") == .notMet)
        #expect(a.binds.contains("S4"))
    }

    @Test func anObjectionNotMaintainedExemptsNobody() {
        var r = Self.rule(practising: 8)
        r.stateConcerned = "S4"
        r.objections = [Objection(state: "S4", since: 1960, maintained: false)]
        let a = CustomaryLaw.assess(r)
        #expect(a.outcome == "established")
        #expect(a.status("PERSISTENT_OBJECTOR") == .notMet)
    }

    @Test func silenceWhereAReactionWasCalledForIsAcquiescence() {
        var r = Self.rule(practising: 8, accepting: 8)
        r.stateConcerned = "S4"  // neither practises nor accepts nor objects
        #expect(CustomaryLaw.assess(r).status("ACQUIESCENCE") == .met)
        r.objections = [Objection(state: "S4", since: 1990)]
        #expect(CustomaryLaw.assess(r).status("ACQUIESCENCE") == .notMet)
    }

    @Test func particularCustomBindsOnlyTheStatesConcerned() {
        var r = Self.rule(practising: 10)
        r.scope = .particular
        r.statesConcerned = ["S0", "S1", "S2"]
        r.stateConcerned = "S7"
        let outsider = CustomaryLaw.assess(r)
        #expect(outsider.outcome == "particular_custom_established")
        #expect(outsider.status("ACCEPTANCE_BY_STATE_BOUND") == .notMet)
        #expect(outsider.status("GENERAL_PRACTICE") == .notApplicable)
        #expect(Set(outsider.binds) == ["S0", "S1", "S2"])
        r.stateConcerned = "S1"
        #expect(CustomaryLaw.assess(r).status("ACCEPTANCE_BY_STATE_BOUND") == .met)
        // One state concerned that does not accept defeats a particular custom (Conclusion 16(2)).
        r.opinio.removeAll { $0.state == "S2" }
        let missing = CustomaryLaw.assess(r)
        #expect(missing.outcome == "particular_custom_not_established")
        #expect(missing.status("PARTICULAR_PRACTICE_AMONG_STATES_CONCERNED") == .notMet)
    }

    @Test func resolutionsAloneDoNotMakeCustom() {
        var r = CustomRule(id: "res", asOf: 2000, states: (0..<10).map { ("S\($0)", "r") })
        r.resolutions = [ResolutionRecord(symbol: "A/RES/1", year: 1990, yes: (0..<10).map { "S\($0)" })]
        let a = CustomaryLaw.assess(r)
        #expect(a.status("RESOLUTION_EVIDENCE") == .met)
        #expect(a.status("OPINIO_JURIS") == .notMet, "unanimous votes weigh 0.5 < 0.6")
        #expect(a.status("GENERAL_PRACTICE") == .unknown)
        #expect(a.outcome == "emerging")
    }

    @Test func sensitivityReportsTheRangeOverWhichTheOutcomeHolds() {
        // Region-weighted generality is exactly 0.6 (3 of 5 in each region); acceptance 1.0.
        let a = CustomaryLaw.assess(Self.rule(practising: 6))
        #expect(a.outcome == "established")
        let g = a.sensitivity.first { $0.name == "generality" }
        #expect(g?.low == 0 && g?.high == 0.6, "established up to the measured 0.6, emerging above")
        let o = a.sensitivity.first { $0.name == "opinio_juris" }
        #expect(o?.low == 0 && o?.high == 1)
        #expect(!a.sensitivity.contains { $0.name == "particular_share" }, "not a threshold of general custom")
        #expect(a.wouldChange.contains("generality above 0.6 → emerging"))
        // The grid: rows are generality thresholds.
        let row06 = a.gridValues.firstIndex(of: 0.6)!, row07 = a.gridValues.firstIndex(of: 0.7)!
        #expect(a.grid[row06].allSatisfy { $0 == "established" })
        #expect(a.grid[row07].allSatisfy { $0 == "emerging" })
        // Raising the threshold moves the answer exactly where the range said.
        var r = Self.rule(practising: 6)
        r.thresholds.generality = 0.61
        #expect(CustomaryLaw.assess(r).outcome == "emerging")
        let e = CustomaryLaw.assess(r).sensitivity.first { $0.name == "generality" }
        #expect(e?.low == 0.61 && e?.high == 1)
    }

    @Test func durationIsAThresholdToo() {
        var r = Self.rule(practising: 8, year: 1990, asOf: 2000)
        r.thresholds.durationYears = 5
        let a = CustomaryLaw.assess(r)
        #expect(a.crystallisation == 1995)
        let d = a.sensitivity.first { $0.name == "duration_years" }
        #expect(d?.low == 0 && d?.high == 10)
    }

    @Test func noEvidenceIsUnknown() {
        let a = CustomaryLaw.assess(CustomRule(id: "empty", asOf: 2000, states: [("A", "r")]))
        #expect(a.outcome == "unknown")
        #expect(a.conditions.allSatisfy { $0.status == .unknown })
    }

    @Test func reportCarriesTheTableSensitivityAndTimeline() {
        var r = Self.rule(practising: 8)
        r.objections = [Objection(state: "S4", since: 1960)]
        let a = CustomaryLaw.assess(r)
        let report = CustomLawReport(a)
        #expect(report.question == QuestionKind.customaryLaw.name)
        #expect(report.outcome == "established")
        #expect(report.sensitivity.map(\.threshold) == a.sensitivity.map(\.name))
        #expect(report.evidence.first { $0.state == "S4" }?.persistentObjector == true)
        #expect(report.timeline.count == a.timeline.count)
        #expect(report.grid.outcomes == a.grid)
    }

    @Test func errorsNameFileLineAndField() {
        let bad = "rule: x\nas_of: 2000\npractice:\n  - {state: A, year: 1990, conforming: maybe}\n"
        #expect(throws: EntenteError.self) { try CustomRule.parse(bad, file: "bad.yaml") }
        do {
            _ = try CustomRule.parse(bad, file: "bad.yaml")
        } catch {
            #expect(error.message.hasPrefix("bad.yaml:4: practice[0].conforming:"))
        }
        do {
            _ = try CustomRule.parse("rule: x\nas_of: 2000\nthresholds: {generality: 1.5}\n", file: "t.yaml")
        } catch {
            #expect(error.message.contains("t.yaml:3: thresholds.generality: out of range"))
        }
        do {
            _ = try CustomRule.parse(
                "rule: x\nas_of: 2000\nopinio_juris:\n  - {state: A, year: 1990, form: tweet}\n", file: "o.yaml")
        } catch {
            #expect(error.message.contains("o.yaml:4: opinio_juris[0].form: unknown form \"tweet\""))
        }
    }
}
