import EntenteCore
import EntenteLaw
import EntenteRender
import EntenteServices
import Testing

/// `law rules`, `law facts` and `law template` know every question of the catalogue, customary law included.
struct LawCatalogTests {
    @Test func theOverviewListsEveryQuestionOfTheCatalogue() {
        let report = Services.lawRules(question: nil)
        #expect(report.overview)
        #expect(report.questions.map(\.question) == QuestionKind.names)
        #expect(report.questions.contains { $0.question == "customary_law" && $0.customaryLaw != nil })
        let text = report.text()
        for name in QuestionKind.names { #expect(text.contains("\n\(name)")) }
        #expect(text.contains("collective_defence/NATO/5: "))
    }

    @Test func customaryLawRulesNameItsConditionsAndThresholds() {
        let report = Services.lawRules(question: .customaryLaw)
        let rules = report.questions.first?.customaryLaw
        #expect(rules?.conditions == CustomaryLaw.conditionCodes)
        #expect(rules?.generality == CustomThresholds().generality)
        #expect(report.text().contains("GENERAL_PRACTICE"))
    }

    @Test func oneQuestionsRulesAreItsRuleBooks() {
        let report = Services.lawRules(question: .situation(.collectiveDefence))
        #expect(!report.overview)
        #expect(report.questions.first?.ruleSets.count == LawEngine.shared.ruleBooks(for: .collectiveDefence).count)
    }

    @Test(arguments: QuestionKind.allCases)
    func everyQuestionHasFactsAndATemplate(_ question: QuestionKind) throws {
        let facts = Services.lawFacts(question: question)
        #expect(facts.question == question.name)
        #expect(!facts.facts.isEmpty)
        #expect(facts.text().contains(facts.facts[0].name))
        let template = Services.lawTemplate(question: question)
        let document = try LawDocument.parse(template.text, file: "template.yaml", knowledge: NoLawKnowledge())
        #expect(document.kind == question, "the template is read back as its question")
    }

    @Test func situationFactsKeepTheirDerivations() {
        let facts = Services.lawFacts(question: .situation(.selfDefence))
        #expect(facts.facts.contains { $0.name == "beneficiary_is_state" && $0.derivedFrom == "beneficiary_states" })
        #expect(facts.text().hasPrefix("Facts of self_defence (true/false/null"))
    }
}

/// Knowledge that resolves no State: templates name none.
private struct NoLawKnowledge: LawKnowledge {
    func resolveState(_ reference: String) throws(EntenteError) -> CowCode {
        throw EntenteError(.unknownState, "no state \(reference)")
    }

    func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth { .unknown }
}
