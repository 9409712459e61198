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
    /// - Complexity: O(conditions + facts read), from a skeleton laid out when the rule set was
    ///   compiled; allocates the node arrays, no strings.
    public func explanation() -> ExplanationNode {
        let layout = ruleSet.explanationLayout
        let factsUsed = ruleSet.factsUsed
        let statuses = self.statuses
        func node(_ i: Int) -> ExplanationNode {
            let facts = factsUsed[i]
            let nested = layout.nested[i]
            var children: [ExplanationNode] = []
            children.reserveCapacity(facts.count + nested.count)
            for fact in facts { children.append(ExplanationNode(kind: .fact(fact), status: nil, children: [])) }
            for j in nested { children.append(node(j)) }
            return ExplanationNode(kind: .condition(i), status: statuses[i], children: children)
        }
        var top: [ExplanationNode] = []
        top.reserveCapacity(layout.top.count)
        for i in layout.top { top.append(node(i)) }
        return ExplanationNode(kind: .outcome(rule: outcomeRule), status: nil, children: top)
    }
}

/// Where each condition sits in the explanation tree, computed once per compiled rule set.
struct ExplanationLayout: Sendable {
    /// Conditions at the top level, in order.
    var top: [Int]
    /// For each condition, the exceptions nested under it.
    var nested: [[Int]]

    init(_ conditions: [ConditionRule]) {
        var top: [Int] = []
        var nested = [[Int]](repeating: [], count: conditions.count)
        for (i, rule) in conditions.enumerated() {
            if rule.role == .exception, let target = rule.exceptionTo,
                let j = conditions.firstIndex(where: { $0.code == target })
            {
                nested[j].append(i)
            } else {
                top.append(i)
            }
        }
        self.top = top
        self.nested = nested
    }
}
