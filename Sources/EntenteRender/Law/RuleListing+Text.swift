public import EntenteLaw

extension RuleListing {
    /// The rule book as text: every condition with its provision, role, period in force, when it
    /// applies, when it is contested, its test, and the outcome decision list.
    public func text() -> String {
        var out = "\(key) — \(title)\n"
        if !versions.isEmpty { out += "Versions by date: " + versions.joined(separator: "; ") + "\n" }
        out += "\nConditions (evaluated in this order):\n"
        for rule in conditions {
            var head = "  \(rule.code)  [\(rule.role.rawValue)"
            if let target = rule.exceptionTo { head += " to \(target)" }
            head += "]"
            if let period = rule.inForce { head += " (\(period))" }
            out += head + "\n    provision: \(rule.provision)\n"
            if let applies = rule.appliesWhen { out += "    applies when: \(applies)\n" }
            if let contested = rule.contestedWhen { out += "    contested when: \(contested)\n" }
            if let test = rule.metWhen { out += "    met when: \(test)\n" }
            if rule.usesPresumption {
                out += "    note: uses a presumption (an unknown fact there takes the stated default)\n"
            }
        }
        out += "\nOutcome (first rule that holds):\n"
        for outcome in outcomes {
            out += "  \(outcome.label) \(outcome.when.map { "when " + $0 } ?? "otherwise") — \(outcome.because)\n"
        }
        return out
    }
}
