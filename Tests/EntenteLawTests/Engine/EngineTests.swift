import EntenteCore
import EntenteLaw
import EntenteTestSupport
import Foundation
import Testing

/// The engine's mechanics: Kleene evaluation, would_change, the explanation tree and renderings.
struct EngineTests {
    static let lawful = LawFixtures.lawfulSelfDefenceFacts

    @Test func wouldChangeListsSingleFlipsWithTheirOutcome() throws {
        let a = try assess(.selfDefence, Self.lawful)
        let report = AssessmentReport(a)
        let sets = report.wouldChange
        #expect(sets.allSatisfy { $0.changes.count == 1 })
        #expect(
            sets.contains {
                $0.changes[0].fact == "necessity" && $0.changes[0].to == "false" && $0.outcome == "unlawful"
            })
        // A Council authorisation beside lawful self-defence leaves the force lawful (on two bases).
        #expect(!sets.contains { $0.changes[0].fact == "sc_authorisation" })
        // Evidence alone never changes the outcome.
        #expect(!sets.contains { $0.changes[0].fact == "reported_to_sc" })
        // Every reported change really flips the outcome when applied.
        for set in a.wouldChange {
            var facts = a.facts
            facts.setRaw(set.first.fact, set.first.to)
            let again = try LawEngine.shared.assess(
                .selfDefence, facts: facts, asOf: a.governingDay, knowledge: knowledge)
            #expect(again.outcome == set.outcome)
        }
    }

    @Test func wouldChangeFindsPairsWhenNoSingleChangeSuffices() throws {
        // Art. 4 fails twice over: not a Party and no request. No single change triggers it.
        let a = try assess(
            .collectiveDefence, "treaty: NATO\narticle: 4\nparty_member_on_date: false\nconsultation_requested: false")
        #expect(a.outcomeLabel == "not_triggered")
        #expect(!a.wouldChange.isEmpty)
        #expect(a.wouldChange.allSatisfy { $0.second != nil }, "only pairs flip this outcome")
        let names = AssessmentReport(a).wouldChange.map { Set($0.changes.map { "\($0.fact)=\($0.to)" }) }
        #expect(names.contains(["party_member_on_date=true", "consultation_requested=true"]))
    }

    @Test func numericThresholdsAreSearchedAtTheirEdges() throws {
        let a = try assess(
            .viennaDocument,
            """
            activity_type: exercise
            in_zone_of_application: true
            start_date: 2020-06-01
            organised_div_or_two_brigades: true
            single_operational_command: true
            troops: 8000
            battle_tanks: 0
            acvs: 0
            artillery_100mm_plus: 0
            """)
        #expect(a.outcomeLabel == "no_obligation")
        let report = AssessmentReport(a)
        #expect(report.wouldChange.contains { $0.changes[0].fact == "troops" && $0.changes[0].to == "9000" })
        #expect(report.wouldChange.contains { $0.changes[0].fact == "battle_tanks" && $0.changes[0].to == "250" })
    }

    @Test func explanationTreeNestsExceptionsUnderTheirRule() throws {
        let a = try assess(.selfDefence, Self.lawful)
        let tree = a.explanation()
        guard case .outcome = tree.kind else { Issue.record("root is not the outcome"); return }
        let codes = a.ruleSet.conditions.map(\.code)
        let armed = try #require(
            tree.children.first { if case .condition(let i) = $0.kind { codes[i] == "ARMED_ATTACK" } else { false } })
        let nested = armed.children.compactMap { node -> String? in
            if case .condition(let i) = node.kind { return codes[i] } else { return nil }
        }
        #expect(nested == ["SC_MEASURES_TERMINATE_RIGHT"])
        #expect(armed.status == .met)
        #expect(armed.children.contains { $0.kind == .fact(SelfDefenceFacts.armedAttackOccurred.id) })
        // Exceptions do not appear at the top level.
        #expect(
            !tree.children.contains {
                if case .condition(let i) = $0.kind { codes[i] == "SC_MEASURES_TERMINATE_RIGHT" } else { false }
            })
    }

    @Test func unknownReasoningNamesTheDecidingFacts() throws {
        let a = try assess(.selfDefence, Self.lawful.replacing("necessity: true", with: ""))
        let necessity = try #require(AssessmentReport(a).conditions.first { $0.code == "NECESSITY" })
        #expect(necessity.status == .unknown)
        #expect(necessity.reasoning == "Whether the force is necessary is not established; it depends on necessity.")
    }

    @Test func reportCarriesConditionsFactsAndTheExplanationTree() throws {
        let a = try assess(.selfDefence, Self.lawful + "\nbeneficiary_states: [KWT]\nnecessity_note: \"a < b\"")
        let report = AssessmentReport(a, knowledge: knowledge)
        #expect(report.outcome == a.outcomeLabel)
        #expect(report.conditions.count == a.ruleSet.conditions.count)
        let necessity = try #require(report.fact(named: "necessity"))
        #expect(necessity.value == .bool(true) && necessity.source == .situation && necessity.note == "a < b")
        #expect(report.fact(named: "beneficiary_states")?.value == .list(["Kuwait"]))
        #expect(report.explanation.kind == .outcome)
        let top = try #require(report.explanation.children)
        #expect(top.count == a.explanation().children.count)
        #expect(top.contains { $0.code == "ARMED_ATTACK" && $0.children?.contains { $0.kind == .exception } == true })
        #expect(report.unknownFacts.allSatisfy { report.fact(named: $0)?.source == .unknown })
    }

    @Test func ruleListingShowsProvisionsVersionsAndPresumptions() throws {
        let nato = RuleListing(try #require(LawEngine.shared.ruleBooks(for: .collectiveDefence).first))
        #expect(
            nato.conditions.contains { $0.code == "TREATY_AREA" && $0.inForce == "in force 1952-02-18 to 1962-07-02" })
        #expect(
            nato.conditions.contains { $0.provision.contains("Protocol on the Accession of Greece and Turkey (1951)") })
        #expect(nato.versions.count > 1)
        let sd = RuleListing(LawEngine.shared.ruleBooks(for: .selfDefence)[0])
        #expect(sd.conditions.contains { $0.code == "SC_MEASURES_TERMINATE_RIGHT" && $0.exceptionTo == "ARMED_ATTACK" })
        #expect(sd.conditions.contains { $0.usesPresumption })
        #expect(sd.outcomes.last?.when == nil, "the decision list ends with otherwise")
    }

    @Test func everyRuleSetCompilesWithinTheStatusVector() {
        for question in Question.allCases {
            for book in LawEngine.shared.ruleBooks(for: question) {
                for variant in book.variants {
                    #expect(variant.conditions.count <= StatusVector.capacity)
                    #expect(Set(variant.conditions.map(\.code)).count == variant.conditions.count)
                }
            }
        }
    }

    @Test func statusVectorRoundTrips() {
        var v = StatusVector()
        for i in 0..<StatusVector.capacity { v[i] = ConditionStatus.allCases[i % 5] }
        for i in 0..<StatusVector.capacity { #expect(v[i] == ConditionStatus.allCases[i % 5]) }
    }

    @Test func factsBuiltInCodeGiveTheSameAnswerAsAFile() throws {
        var facts = LawEngine.shared.newFacts(for: .selfDefence)
        facts[truth: SelfDefenceFacts.armedAttackOccurred] = .yes
        facts[choice: SelfDefenceFacts.attackGravity] = "armed_attack"
        facts[choice: SelfDefenceFacts.selfDefenceType] = "individual"
        facts[truth: SelfDefenceFacts.attackerIsState] = .yes
        facts[truth: SelfDefenceFacts.burdenOfProofMet] = .yes
        facts[truth: SelfDefenceFacts.necessity] = .yes
        facts[truth: SelfDefenceFacts.proportionality] = .yes
        let coded = try LawEngine.shared.assess(
            .selfDefence, facts: facts, asOf: Day(iso: "2020-01-01")!, knowledge: knowledge)
        let parsed = try assess(.selfDefence, Self.lawful)
        #expect(coded.outcomeLabel == parsed.outcomeLabel)
        #expect(coded.statuses == parsed.statuses)
    }
}
