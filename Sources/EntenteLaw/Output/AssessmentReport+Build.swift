import EntenteCore

extension AssessmentReport {
    /// The report of an assessment.
    ///
    /// - Parameters:
    ///   - assessment: the engine's answer.
    ///   - knowledge: used only for State display names.
    public init(_ assessment: Assessment, knowledge: (any LawKnowledge)? = nil) {
        let builder = ReportBuilder(assessment, knowledge: knowledge)
        let ruleSet = assessment.ruleSet
        let conditions = ruleSet.conditions.indices.map(builder.condition)
        var unknown: [String] = []
        for condition in conditions {
            for fact in condition.factsUsed where fact.source == .unknown && !unknown.contains(fact.fact) {
                unknown.append(fact.fact)
            }
        }
        self.init(
            question: assessment.question.name, ruleSet: ruleSet.ruleSet.key, ruleSetTitle: ruleSet.ruleSet.title,
            lawAsOf: assessment.governingDay.iso, lawVersion: ruleSet.period.label, outcome: assessment.outcomeLabel,
            reasoning: builder.reasoning, conditions: conditions,
            explanation: builder.node(assessment.explanation(), conditions: conditions),
            wouldChange: builder.wouldChange, wouldChangeTruncated: assessment.wouldChangeTruncated,
            unknownFacts: unknown, facts: builder.factsShown)
        if let several = assessment.severalActs {
            let acts = SeveralActsReport(several, knowledge: knowledge)
            severalActs = acts
            let act = several.acts[several.deciding].label
            reasoning =
                "Decided by the act \"\(act)\" under the combining rule: \(acts.statement) That act: \(reasoning)"
        }
    }
}

/// Turns the engine's structural answer (indices into the rule set and the fact table) into report values.
private struct ReportBuilder {
    let assessment: Assessment
    let names: [Int: String]

    init(_ assessment: Assessment, knowledge: (any LawKnowledge)?) {
        self.assessment = assessment
        var names: [Int: String] = [:]
        if let knowledge {
            for definition in assessment.facts.schema.facts {
                switch definition.kind {
                case .state:
                    if let code = assessment.facts[state: definition.id] {
                        names[code.rawValue] = knowledge.stateName(code)
                    }
                case .states:
                    for code in assessment.facts[states: definition.id] ?? [] {
                        names[code.rawValue] = knowledge.stateName(code)
                    }
                default: break
                }
            }
        }
        self.names = names
    }

    private var schema: FactSchema { assessment.facts.schema }

    var reasoning: String { assessment.ruleSet.ruleSet.outcomeRules[assessment.outcomeRule].because }

    func fact(_ id: FactID) -> FactReport {
        let facts = assessment.facts
        let display = facts.display(id, stateName: { names[$0.rawValue] })
        let value: FactValue
        if display == "null" {
            value = .null
        } else {
            switch schema[id].kind {
            case .truth: value = .bool(facts.raw(id) != 0)
            case .number: value = .number(facts.raw(id))
            case .choice, .date, .state: value = .string(display)
            case .text: value = facts[text: id].map(FactValue.string) ?? .null
            case .states:
                value = .list((facts[states: id] ?? []).map { names[$0.rawValue] ?? "COW \($0.rawValue)" })
            }
        }
        let source: FactSource
        if facts.wasGiven(id) {
            source = .situation
        } else if facts.isKnown(id) || facts[states: id] != nil {
            source = .derived
        } else {
            source = .unknown
        }
        return FactReport(
            fact: schema[id].name, value: value, display: display, source: source, note: facts[note: id],
            derivedFrom: source == .derived ? schema[id].derivedFrom : nil)
    }

    /// The facts given, derived or read, in schema order.
    var factsShown: [FactReport] {
        let read = Set(assessment.ruleSet.factsUsed.joined())
        let facts = assessment.facts
        return schema.facts.map(\.id).filter { id in
            read.contains(id) || facts.wasGiven(id) || facts.isKnown(id) || facts[states: id] != nil
        }.map(fact)
    }

    func condition(_ i: Int) -> ConditionReport {
        let rule = assessment.ruleSet.conditions[i]
        let status = assessment.statuses[i]
        let facts = assessment.ruleSet.factsUsed[i].map(fact)
        var reasoning = rule.reasons[status] ?? Self.defaultReason(status)
        if status == .unknown {
            let missing = facts.filter { $0.value == .null }.map(\.fact)
            if !missing.isEmpty {
                reasoning =
                    String(reasoning.dropLast(reasoning.hasSuffix(".") ? 1 : 0))
                    + "; it depends on " + missing.joined(separator: ", ") + "."
            }
        }
        return ConditionReport(
            code: rule.code, status: status, provision: rule.provision, role: rule.role, exceptionTo: rule.exceptionTo,
            factsUsed: facts, reasoning: reasoning)
    }

    private static func defaultReason(_ status: ConditionStatus) -> String {
        switch status {
        case .met: "The condition is met."
        case .notMet: "The condition is not met."
        case .unknown: "The condition depends on an unknown fact."
        case .notApplicable: "The condition does not arise on these facts."
        case .contested: "The law on this point is disputed."
        }
    }

    var wouldChange: [WouldChangeReport] {
        assessment.wouldChange.map { set in
            WouldChangeReport(
                changes: set.changes.map { change in
                    let kind = schema[change.fact].kind
                    return FactChangeReport(
                        fact: schema[change.fact].name, from: FactTable.display(raw: change.from, kind: kind),
                        to: FactTable.display(raw: change.to, kind: kind))
                }, outcome: assessment.ruleSet.outcomeLabel(set.outcome))
        }
    }

    func node(_ node: ExplanationNode, conditions: [ConditionReport]) -> ExplanationReport {
        var out: ExplanationReport
        switch node.kind {
        case .outcome:
            out = ExplanationReport(kind: .outcome)
            out.label = assessment.outcomeLabel
            out.text = reasoning
        case .condition(let i):
            let c = conditions[i]
            out = ExplanationReport(kind: c.role == .exception ? .exception : .condition)
            out.code = c.code
            out.status = c.status
            out.role = c.role
            out.provision = c.provision
            out.text = c.reasoning
        case .fact(let id):
            let f = fact(id)
            out = ExplanationReport(kind: .fact)
            out.fact = f.fact
            out.value = f.value
            out.display = f.display
            out.source = f.source
            out.note = f.note
            out.derivedFrom = f.derivedFrom
        }
        if !node.children.isEmpty { out.children = node.children.map { self.node($0, conditions: conditions) } }
        return out
    }
}
