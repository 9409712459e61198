public import EntenteCore

/// A rule set compiled once for each period in which a different text of the law was in force.
///
/// The periods come from the ``InForce`` spans of the rule set's conditions, so adding a dated
/// version of a condition is all it takes to version the law.
public final class RuleBook: Sendable {
    /// The declaration.
    public let ruleSet: RuleSet
    /// One compiled variant per period, in date order.
    public let variants: [CompiledRuleSet]
    private let starts: [Day?]

    init(_ ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        var boundaries = Set<Day>()
        for rule in ruleSet.conditions {
            if let f = rule.inForce.from { boundaries.insert(f) }
            if let u = rule.inForce.until { boundaries.insert(u) }
        }
        let sorted = boundaries.sorted()
        var variants: [CompiledRuleSet] = []
        var starts: [Day?] = []
        if sorted.isEmpty {
            variants.append(CompiledRuleSet(ruleSet, period: .always, day: nil))
            starts.append(nil)
        } else {
            variants.append(
                CompiledRuleSet(ruleSet, period: InForce(until: sorted[0]), day: sorted[0].adding(days: -1)))
            starts.append(nil)
            for (i, start) in sorted.enumerated() {
                let until = i + 1 < sorted.count ? sorted[i + 1] : nil
                variants.append(CompiledRuleSet(ruleSet, period: InForce(from: start, until: until), day: start))
                starts.append(start)
            }
        }
        self.variants = variants
        self.starts = starts
    }

    /// The variant whose period contains `day`.
    ///
    /// - Complexity: O(number of periods), a handful.
    public func variant(on day: Day) -> CompiledRuleSet {
        var chosen = 0
        for i in 1..<max(1, starts.count) where starts[i]! <= day { chosen = i }
        return variants[chosen]
    }
}
