import EntenteCore
import EntenteLaw
import Testing

/// One catalogue of questions, and law files read by the question they declare.
struct LawDocumentTests {
    @Test func theCatalogueHoldsEverySituationQuestionAndCustomaryLaw() {
        let names = QuestionKind.names
        #expect(names.contains("customary_law"))
        #expect(Question.allCases.allSatisfy { names.contains($0.name) })
        #expect(Set(names).count == names.count)
        for kind in QuestionKind.allCases { #expect(QuestionKind(name: kind.name) == kind) }
        #expect(QuestionKind(name: "customary-law") == nil)
    }

    @Test func aRuleFileIsReadAsCustomaryLawWithOrWithoutADeclaredQuestion() throws {
        let rule = "rule: r\nas_of: 2000\nstates: [A, B]\n"
        for text in [rule, "question: customary_law\n" + rule] {
            guard case .customaryRule(let parsed) = try LawDocument.parse(text, file: "r.yaml", knowledge: knowledge)
            else {
                Issue.record("not read as a rule")
                continue
            }
            #expect(parsed.id == "r" && parsed.asOf == 2000)
        }
    }

    @Test func aSituationIsReadAsItsQuestion() throws {
        // A fact named `rule` inside a situation does not make it a rule file: the declared question decides.
        let text = "question: self_defence\nas_of: 2000-01-01\nfacts:\n  necessity: true\n"
        let document = try LawDocument.parse(text, file: "s.yaml", knowledge: knowledge)
        #expect(document.kind == .situation(.selfDefence))
    }

    @Test func aSituationParserRefusesCustomaryLawWithAClearMessage() {
        let error = situationError("question: customary_law\nas_of: 2000-01-01\n")
        #expect(error?.message.contains("customary_law is judged from a candidate rule") == true)
    }

    @Test func unknownQuestionsListTheWholeCatalogue() {
        let error = situationError("question: customary_lw\nas_of: 2000-01-01\n")
        #expect(error?.message.contains("customary_law") == true)
        #expect(error?.message.contains("Did you mean customary_law?") == true)
    }

    @Test func theCustomaryLawTemplateParsesAsARuleWithoutEvidence() throws {
        let text = CustomRule.template()
        guard case .customaryRule(let rule) = try LawDocument.parse(text, file: "t.yaml", knowledge: knowledge) else {
            Issue.record("template is not read as a rule")
            return
        }
        #expect(rule.practice.isEmpty && rule.opinio.isEmpty)
        for field in CustomRule.fields { #expect(text.contains(field.name), "\(field.name) is described") }
    }
}
