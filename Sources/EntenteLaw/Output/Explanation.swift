/// A node of an assessment's explanation tree.
///
/// The tree is structural — indices into the rule set and the fact table — so building it costs no
/// string work; ``AssessmentReport`` turns it into text, JSON or HTML.
public struct ExplanationNode: Sendable {
    /// What a node stands for.
    public enum Kind: Sendable, Equatable {
        /// The answer: the outcome rule that decided.
        case outcome(rule: Int)
        /// A condition (requirement, threshold, alternative basis, evidence) or an exception.
        case condition(Int)
        /// A fact a condition read.
        case fact(FactID)
    }

    public var kind: Kind
    /// The condition's status (for condition nodes).
    public var status: ConditionStatus?
    public var children: [ExplanationNode]
}

extension Assessment {
    /// The explanation tree: the outcome, then each condition with the facts it read, with each
    /// exception under the condition it is an exception to.
    ///
    /// - Complexity: O(conditions + facts read); allocates the node arrays, no strings.
    public func explanation() -> ExplanationNode {
        let conditions = ruleSet.conditions
        func node(_ i: Int) -> ExplanationNode {
            var children = ruleSet.factsUsed[i].map { ExplanationNode(kind: .fact($0), status: nil, children: []) }
            for (j, rule) in conditions.enumerated() where rule.role == .exception && rule.exceptionTo == conditions[i].code {
                children.append(node(j))
            }
            return ExplanationNode(kind: .condition(i), status: statuses[i], children: children)
        }
        var top: [ExplanationNode] = []
        top.reserveCapacity(conditions.count)
        for (i, rule) in conditions.enumerated() {
            if rule.role == .exception, let target = rule.exceptionTo,
                conditions.contains(where: { $0.code == target && $0.role != .exception || $0.code == target })
            {
                continue
            }
            top.append(node(i))
        }
        return ExplanationNode(kind: .outcome(rule: outcomeRule), status: nil, children: top)
    }
}
