/// One act of a situation with several acts, as reported: its label, its outcome and the whole
/// report of its assessment.
public struct ActReport: Codable, Sendable, Equatable {
    public var label: String
    public var outcome: String
    /// The one-sentence reason for the act's outcome.
    public var reasoning: String
    /// Whether this act's outcome is the whole situation's.
    public var deciding: Bool
    /// The act's full report (conditions, facts, would_change).
    public var report: AssessmentReport
}

/// The acts of a situation with several acts and the rule that combined their answers.
public struct SeveralActsReport: Codable, Sendable, Equatable {
    /// The rule's name (`every`, `any`).
    public var rule: String
    /// The rule in one sentence.
    public var statement: String
    /// Each act, in the situation's order.
    public var acts: [ActReport]
}

extension SeveralActsReport {
    init(_ several: SeveralActs, knowledge: (any LawKnowledge)?) {
        let ranking = several.acts.first?.assessment.ruleSet.ruleSet.ranking ?? []
        self.init(
            rule: several.rule.rawValue, statement: several.rule.statement(ranking: ranking),
            acts: several.acts.enumerated().map { i, act in
                let report = AssessmentReport(act.assessment, knowledge: knowledge)
                return ActReport(
                    label: act.label, outcome: report.outcome, reasoning: report.reasoning,
                    deciding: i == several.deciding, report: report)
            })
    }
}
