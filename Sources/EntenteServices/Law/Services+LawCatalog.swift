public import EntenteLaw

extension Services {
    /// The rules of one question, or an overview of every question when `question` is nil.
    public static func lawRules(question: QuestionKind?) -> LawRulesReport {
        let questions = question.map { [$0] } ?? QuestionKind.allCases
        return LawRulesReport(overview: question == nil, questions: questions.map(rules))
    }

    private static func rules(_ question: QuestionKind) -> LawRulesReport.QuestionRules {
        switch question {
        case .situation(let q):
            return .init(
                question: q.name, ruleSets: LawEngine.shared.ruleBooks(for: q).map(RuleListing.init),
                customaryLaw: nil)
        case .customaryLaw:
            let t = CustomThresholds()
            return .init(
                question: question.name, ruleSets: [],
                customaryLaw: .init(
                    conditions: CustomaryLaw.conditionCodes, outcomes: CustomaryLaw.outcomes,
                    generality: t.generality, speciallyAffected: t.speciallyAffected, consistency: t.consistency,
                    opinioJuris: t.opinioJuris, durationYears: t.durationYears))
        }
    }

    /// The inputs a question accepts, with their kinds and meanings.
    public static func lawFacts(question: QuestionKind) -> LawFactsReport {
        switch question {
        case .situation(let q):
            let facts = LawEngine.shared.schema(for: q).facts.map {
                LawFactsReport.Fact(
                    name: $0.name, kind: $0.kind.label, summary: $0.summary, derivedFrom: $0.derivedFrom)
            }
            return LawFactsReport(question: q.name, facts: facts)
        case .customaryLaw:
            let fields = CustomRule.fields.map {
                LawFactsReport.Fact(name: $0.name, kind: $0.kind, summary: $0.summary)
            }
            return LawFactsReport(question: question.name, facts: fields)
        }
    }

    /// A skeleton file for a question: a situation with every fact null, or a customary-law rule.
    public static func lawTemplate(question: QuestionKind) -> LawTemplate {
        switch question {
        case .situation(let q): LawTemplate(question: q.name, text: SituationTemplate.yaml(for: q))
        case .customaryLaw: LawTemplate(question: question.name, text: CustomRule.template())
        }
    }
}
