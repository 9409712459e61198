extension CustomAssessment {
    /// Judges the elements the aggregate statement covers and the per-State records do not: per-State
    /// evidence, when present, always wins for its element.
    mutating func apply(_ aggregate: AggregateEvidence, rule: CustomRule, perStatePractice: Bool, perStateOpinio: Bool)
    {
        let burden =
            aggregate.partyRelyingOnRule.map { "\($0), which relies on the rule," } ?? "the party relying on the rule"
        let source = aggregate.source.map { " (\($0))" } ?? ""
        func status(_ value: Bool?) -> ConditionStatus { value.map { $0 ? .met : .notMet } ?? .unknown }
        func said(_ value: Bool?, _ yes: String, _ no: String) -> String { value.map { $0 ? yes : no } ?? "not stated" }
        var used = [
            CustomFact("aggregate.practice", said(aggregate.practiceWidespread, "widespread", "not_widespread")),
            CustomFact("aggregate.acceptance", said(aggregate.acceptanceShown, "shown", "not_shown")),
        ]
        if let since = aggregate.since { used.append(CustomFact("aggregate.since", String(since))) }
        if let party = aggregate.partyRelyingOnRule {
            used.append(CustomFact("aggregate.party_relying_on_rule", party))
        }
        if let source = aggregate.source { used.append(CustomFact("aggregate.source", source)) }
        func replace(_ code: String, _ value: ConditionStatus, _ detail: String) {
            if let i = conditions.firstIndex(where: { $0.code == code }) {
                conditions[i] = CustomCondition(code: code, status: value, detail: detail, facts: used)
            }
        }
        let general = rule.scope == .general
        let practiceCode = general ? "GENERAL_PRACTICE" : "PARTICULAR_PRACTICE_AMONG_STATES_CONCERNED"
        var practice = self.status(practiceCode) ?? .unknown
        var acceptance = self.status("OPINIO_JURIS") ?? .unknown
        if !perStatePractice {
            practice = status(aggregate.practiceWidespread)
            let said: String =
                switch aggregate.practiceWidespread {
                case true?: "practice stated to be widespread and representative"
                case false?: "practice stated not to be widespread"
                case nil: "no evidence of practice; \(burden) bears the burden of showing it"
                }
            replace(practiceCode, practice, "aggregate evidence: \(said)\(source) (ILC Conclusion 8)")
        }
        if !perStateOpinio {
            acceptance = status(aggregate.acceptanceShown)
            let said: String =
                switch aggregate.acceptanceShown {
                case true?: "acceptance as law stated to be shown"
                case false?: "acceptance as law stated not to be shown"
                case nil: "no evidence of acceptance as law; \(burden) bears the burden of showing it"
                }
            replace("OPINIO_JURIS", acceptance, "aggregate evidence: \(said)\(source) (ILC Conclusion 9)")
        }
        guard !perStatePractice || !perStateOpinio else { return }
        let established = practice == .met && acceptance == .met
        let objection = rule.stateConcerned.flatMap { s in Judge.objection(of: s, in: rule.objections) }
        let exempt =
            !rule.peremptory
            && (objection.map { o in o.maintained && aggregate.since.map { o.since < $0 } == true } ?? false)
        if general {
            outcome = established ? (exempt ? "established_not_opposable" : "established") : "not_established"
        } else {
            outcome = established ? "particular_custom_established" : "particular_custom_not_established"
        }
        crystallisation = established ? aggregate.since : nil
        var lines = [
            "Outcome \(outcome) as of \(rule.asOf) on aggregate evidence\(source): \(practiceCode) \(practice.label), "
                + "OPINIO_JURIS \(acceptance.label) (ILC Conclusion 2: both elements are required)."
        ]
        if !established && (practice == .unknown || acceptance == .unknown) {
            lines.append("An element is not shown and is not presumed: \(burden) bears the burden of showing it.")
            wouldChange.append("evidence that the missing element is shown → it is judged from that evidence")
        }
        explanation = lines + explanation.filter { !$0.hasPrefix("Outcome ") }
    }
}
