public import EntenteCore

/// The rules-as-code engine: compiles every question's rule sets once and assesses situations.
///
/// ```swift
/// let situation = try Situation.parse(text, file: "case.yaml", knowledge: knowledge)
/// let assessment = try LawEngine.shared.assess(situation, knowledge: knowledge)
/// print(assessment.outcomeLabel)              // "lawful"
/// let report = AssessmentReport(assessment)    // the explanation, as data to render
/// ```
///
/// The engine is immutable and `Sendable`; share ``shared`` across threads. It never prints and
/// never reads files.
public final class LawEngine: Sendable {
    /// The engine with every question's rule sets compiled.
    public static let shared = LawEngine()

    let modules: [QuestionModule]

    init() {
        modules = Question.allCases.map { question in
            switch question {
            case .selfDefence: SelfDefenceModule.module
            case .collectiveDefence: CollectiveDefenceModule.module
            case .scAuthorisation: ScAuthorisationModule.module
            case .regionalEnforcement: RegionalEnforcementModule.module
            case .consent: ConsentModule.module
            case .viennaDocument: ViennaDocumentModule.module
            case .useOfForce: UseOfForceModule.module
            case .disputeSettlement: DisputeSettlementModule.module
            }
        }
    }

    func module(_ question: Question) -> QuestionModule {
        switch question {
        case .selfDefence: modules[0]
        case .collectiveDefence: modules[1]
        case .scAuthorisation: modules[2]
        case .regionalEnforcement: modules[3]
        case .consent: modules[4]
        case .viennaDocument: modules[5]
        case .useOfForce: modules[6]
        case .disputeSettlement: modules[7]
        }
    }

    /// The facts a question accepts.
    public func schema(for question: Question) -> FactSchema { module(question).schema }

    /// The rule books of a question (one per treaty for `collective_defence`).
    public func ruleBooks(for question: Question) -> [RuleBook] { module(question).books }

    /// An empty fact table for a question: every fact unknown.
    public func newFacts(for question: Question) -> FactTable { FactTable(schema: module(question).schema) }

    /// Assesses a situation read from a file.
    ///
    /// - Throws: `EntenteError` when a derivation or the date range refuses the facts.
    public func assess(
        _ situation: Situation, knowledge: any LawKnowledge, searchWouldChange: Bool = true
    ) throws(EntenteError) -> Assessment {
        guard !situation.acts.isEmpty else {
            return try assess(
                situation.question, facts: situation.facts, asOf: situation.asOf, knowledge: knowledge,
                searchWouldChange: searchWouldChange)
        }
        var acts: [ActAssessment] = []
        acts.reserveCapacity(situation.acts.count)
        for act in situation.acts {
            do {
                let a = try assess(
                    situation.question, facts: act.facts, asOf: situation.asOf, knowledge: knowledge,
                    searchWouldChange: searchWouldChange)
                acts.append(ActAssessment(label: act.label, assessment: a))
            } catch {
                throw EntenteError(
                    error.code, "\(situation.file):\(act.line): act \"\(act.label)\": \(error.message)",
                    underlying: error)
            }
        }
        let rule = situation.combine ?? .default(for: situation.question)
        let deciding = rule.decidingAct(
            acts.map(\.assessment.outcomeLabel), ranking: acts[0].assessment.ruleSet.ruleSet.ranking)
        var whole = acts[deciding].assessment
        whole.severalActs = SeveralActs(acts: acts, rule: rule, deciding: deciding)
        return whole
    }

    /// Assesses facts built in code.
    ///
    /// - Parameters:
    ///   - question: the question.
    ///   - facts: a table from ``newFacts(for:)`` with the known facts set.
    ///   - asOf: the day the situation is assessed at; a question may govern by a fact's date instead
    ///     (the attack date, the vote date).
    ///   - knowledge: answers State memberships not given as facts.
    ///   - searchWouldChange: whether to compute `would_change`.
    /// - Returns: the assessment.
    /// - Throws: `EntenteError` (`.invalidDate`) when the governing day is before the law encoded
    ///   for the question (e.g. before a treaty entered into force), naming the field.
    /// - Complexity: see ``CompiledRuleSet/assess(_:governingDay:searchWouldChange:)``; knowledge-base
    ///   look-ups happen only for facts the situation leaves out.
    public func assess(
        _ question: Question, facts: FactTable, asOf: Day, knowledge: any LawKnowledge, searchWouldChange: Bool = true
    ) throws(EntenteError) -> Assessment {
        let module = module(question)
        precondition(facts.schema === module.schema, "facts built for another question")
        var table = facts
        let day: Day
        var fromFact: FactID?
        if let g = module.governingFact, let d = table[day: g] {
            day = d
            fromFact = g
        } else {
            day = asOf
        }
        let book = try module.select(table)
        let first = module.bookFirstDay(book) ?? module.firstDay
        guard day >= first.day, day <= Situation.supportedDays.last else {
            let fieldOfDay = fromFact.map { "facts.\(module.schema[$0].name)" } ?? "as_of"
            throw EntenteError(
                .invalidDate,
                "\(fieldOfDay): \(day.iso) is out of range for \(question.name): \(first.reason) (\(first.day.iso)).")
        }
        try module.derive(&table, knowledge, day, book)
        return module.books[book].variant(on: day).assess(
            table, governingDay: day,
            searchWouldChange: searchWouldChange)
    }
}
