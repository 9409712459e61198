import EntenteCore

/// A fact as shown in a report.
public struct FactReport: Sendable, Equatable {
    /// The fact's name.
    public let name: String
    /// The value as a situation file would write it (`null` when unknown).
    public let value: String
    /// The value as JSON (`true`, `"armed_attack"`, `null`).
    public let json: String
    /// `situation` when given, `derived` when the engine filled it, `unknown` otherwise.
    public let source: String
    /// The `<name>_note` text, if any.
    public let note: String?
}

/// One examined condition as shown in a report.
public struct ConditionReport: Sendable {
    public let code: String
    public let status: ConditionStatus
    public let provision: String
    public let role: ConditionRole
    public let exceptionTo: String?
    /// The facts the condition read.
    public let facts: [FactReport]
    /// One sentence of reasoning; for an unknown status it names the unknown facts that would decide it.
    public let reasoning: String
}

/// The rendered form of an ``Assessment``: conditions with reasoning, the explanation tree, and
/// text, JSON and HTML renderings.
///
/// Building a report does the string work the engine itself avoids; build one only to show it.
public struct AssessmentReport: Sendable {
    public let assessment: Assessment
    private let names: [Int: String]

    /// - Parameters:
    ///   - assessment: the engine's answer.
    ///   - knowledge: used only for State display names.
    public init(_ assessment: Assessment, knowledge: (any LawKnowledge)? = nil) {
        self.assessment = assessment
        var names: [Int: String] = [:]
        if let knowledge {
            let schema = assessment.facts.schema
            for definition in schema.facts {
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

    private var ruleSet: CompiledRuleSet { assessment.ruleSet }
    private var schema: FactSchema { assessment.facts.schema }

    /// The outcome label.
    public var outcome: String { assessment.outcomeLabel }

    /// The one-sentence reason for the outcome.
    public var reasoning: String { ruleSet.ruleSet.outcomeRules[assessment.outcomeRule].because }

    /// A fact as shown.
    public func fact(_ id: FactID) -> FactReport {
        let facts = assessment.facts
        let value = facts.display(id, stateName: { names[$0.rawValue] })
        let json: String
        switch schema[id].kind {
        case .truth, .number: json = value
        case .choice, .date, .text, .state: json = value == "null" ? "null" : JSONWriter.quote(value.trimmingQuotes)
        case .states:
            json =
                facts[states: id].map {
                    "["
                        + $0.map { JSONWriter.quote(names[$0.rawValue] ?? "COW \($0.rawValue)") }
                        .joined(separator: ", ") + "]"
                } ?? "null"
        }
        let source: String
        if facts.wasGiven(id) {
            source = "situation"
        } else if facts.isKnown(id) || facts[states: id] != nil {
            source = "derived"
        } else {
            source = "unknown"
        }
        return FactReport(name: schema[id].name, value: value, json: json, source: source, note: facts[note: id])
    }

    /// Every examined condition, in evaluation order.
    public var conditions: [ConditionReport] {
        ruleSet.conditions.indices.map(condition)
    }

    /// One condition.
    public func condition(_ i: Int) -> ConditionReport {
        let rule = ruleSet.conditions[i]
        let status = assessment.statuses[i]
        let facts = ruleSet.factsUsed[i].map(fact)
        var reasoning = rule.reasons[status] ?? defaultReason(status)
        if status == .unknown {
            let missing = facts.filter { $0.value == "null" }.map(\.name)
            if !missing.isEmpty {
                reasoning =
                    String(reasoning.dropLast(reasoning.hasSuffix(".") ? 1 : 0))
                    + "; it depends on " + missing.joined(separator: ", ") + "."
            }
        }
        return ConditionReport(
            code: rule.code, status: status, provision: rule.provision, role: rule.role, exceptionTo: rule.exceptionTo,
            facts: facts, reasoning: reasoning)
    }

    private func defaultReason(_ status: ConditionStatus) -> String {
        switch status {
        case .met: "The condition is met."
        case .notMet: "The condition is not met."
        case .unknown: "The condition depends on an unknown fact."
        case .notApplicable: "The condition does not arise on these facts."
        case .contested: "The law on this point is disputed."
        }
    }

    /// The `would_change` sets, each as (fact name, from, to) changes and the outcome they give.
    public var wouldChange: [(changes: [(fact: String, from: String, to: String)], outcome: String)] {
        assessment.wouldChange.map { set in
            (
                set.changes.map { change in
                    let kind = schema[change.fact].kind
                    return (
                        schema[change.fact].name, FactTable.display(raw: change.from, kind: kind),
                        FactTable.display(raw: change.to, kind: kind)
                    )
                }, ruleSet.outcomeLabel(set.outcome)
            )
        }
    }

    /// A title for an explanation node.
    public func title(of node: ExplanationNode) -> String {
        switch node.kind {
        case .outcome:
            return "\(assessment.question.name): \(outcome) — \(reasoning)"
        case .condition(let i):
            let rule = ruleSet.conditions[i]
            let role = rule.role == .exception ? "exception" : rule.role.rawValue.replacing("_", with: " ")
            return "\(rule.code) [\(assessment.statuses[i].label)] (\(role); \(rule.provision))"
        case .fact(let id):
            let f = fact(id)
            let origin = f.source == "derived" ? " (derived)" : ""
            return "\(f.name) = \(f.value)\(origin)" + (f.note.map { " — \($0)" } ?? "")
        }
    }

    // MARK: Text

    /// A plain-text report: outcome, reasoning, the explanation tree with reasons, and `would_change`.
    public func text() -> String {
        var out = "Question: \(assessment.question.name) (\(ruleSet.ruleSet.title))\n"
        out +=
            "Law applied as of: \(assessment.governingDay.iso)" + (ruleSet.period.label.map { " — text \($0)" } ?? "")
            + "\n"
        out += "Outcome: \(outcome)\n"
        out += "Reasoning: \(reasoning)\n\nExplanation:\n"
        func walk(_ node: ExplanationNode, _ depth: Int) {
            let pad = String(repeating: "  ", count: depth)
            out += pad + (depth == 0 ? "" : "- ") + title(of: node) + "\n"
            if case .condition(let i) = node.kind {
                out += pad + "  " + condition(i).reasoning + "\n"
            }
            for child in node.children { walk(child, depth + 1) }
        }
        walk(assessment.explanation(), 0)
        out += "\nWould change the outcome:\n"
        let sets = wouldChange
        if sets.isEmpty { out += "  (no change of one or two facts changes the outcome)\n" }
        for set in sets {
            out +=
                "  - " + set.changes.map { "\($0.fact): \($0.from) → \($0.to)" }.joined(separator: " and ")
                + "  ⇒ \(set.outcome)\n"
        }
        if assessment.wouldChangeTruncated { out += "  (search stopped at its budget; more sets may exist)\n" }
        return out
    }

    // MARK: JSON

    /// The JSON report with the fields of `legal-facts.md`: `outcome`, `conditions`, `explanation`, `would_change`.
    public func json() -> String {
        var w = JSONWriter()
        w.open("{")
        w.string(assessment.question.name, key: "question")
        w.string(assessment.governingDay.iso, key: "law_as_of")
        w.string(ruleSet.ruleSet.key, key: "rule_set")
        w.string(outcome, key: "outcome")
        w.string(reasoning, key: "reasoning")
        w.open("[", key: "conditions")
        for c in conditions {
            w.open("{")
            w.string(c.code, key: "code")
            w.string(c.status.label, key: "status")
            w.string(c.provision, key: "provision")
            w.string(c.role.rawValue, key: "role")
            if let target = c.exceptionTo { w.string(target, key: "exception_to") }
            w.open("[", key: "facts_used")
            for f in c.facts {
                w.open("{")
                w.string(f.name, key: "fact")
                w.raw(f.json, key: "value")
                w.string(f.source, key: "source")
                if let note = f.note { w.string(note, key: "note") }
                w.close("}")
            }
            w.close("]")
            w.string(c.reasoning, key: "reasoning")
            w.close("}")
        }
        w.close("]")
        writeNode(assessment.explanation(), into: &w, key: "explanation")
        w.open("[", key: "would_change")
        for set in wouldChange {
            w.open("{")
            w.open("[", key: "changes")
            for change in set.changes {
                w.open("{")
                w.string(change.fact, key: "fact")
                w.string(change.from, key: "from")
                w.string(change.to, key: "to")
                w.close("}")
            }
            w.close("]")
            w.string(set.outcome, key: "outcome")
            w.close("}")
        }
        w.close("]")
        w.raw(assessment.wouldChangeTruncated ? "true" : "false", key: "would_change_truncated")
        w.close("}")
        return w.text + "\n"
    }

    private func writeNode(_ node: ExplanationNode, into w: inout JSONWriter, key: String? = nil) {
        w.open("{", key: key)
        switch node.kind {
        case .outcome:
            w.string("outcome", key: "kind")
            w.string(outcome, key: "label")
            w.string(reasoning, key: "text")
        case .condition(let i):
            let c = condition(i)
            w.string(c.role == .exception ? "exception" : "condition", key: "kind")
            w.string(c.code, key: "code")
            w.string(c.status.label, key: "status")
            w.string(c.provision, key: "provision")
            w.string(c.reasoning, key: "text")
        case .fact(let id):
            let f = fact(id)
            w.string("fact", key: "kind")
            w.string(f.name, key: "fact")
            w.raw(f.json, key: "value")
            w.string(f.source, key: "source")
        }
        if !node.children.isEmpty {
            w.open("[", key: "children")
            for child in node.children { writeNode(child, into: &w) }
            w.close("]")
        }
        w.close("}")
    }

    // MARK: HTML

    /// A self-contained HTML page with the outcome, the condition table, the explanation tree and `would_change`.
    public func html() -> String {
        func esc(_ s: String) -> String {
            var out = ""
            for ch in s {
                switch ch {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out.append(ch)
                }
            }
            return out
        }
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(esc(assessment.question.name)): \(esc(outcome))</title>
            <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}
            table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem;vertical-align:top}
            .met{color:#176117}.not_met{color:#a11}.unknown{color:#8a6d00}.contested{color:#7a3fb0}.not_applicable{color:#666}
            li{margin:.2rem 0}</style></head><body>

            """
        out += "<h1>\(esc(assessment.question.name)): <span>\(esc(outcome))</span></h1>\n"
        out +=
            "<p>\(esc(reasoning))</p>\n<p>Law applied as of \(assessment.governingDay.iso): \(esc(ruleSet.ruleSet.title))</p>\n"
        out +=
            "<h2>Conditions</h2>\n<table><tr><th>Condition</th><th>Status</th><th>Provision</th><th>Facts used</th><th>Reasoning</th></tr>\n"
        for c in conditions {
            let facts = c.facts.map { "\(esc($0.name)) = \(esc($0.value))" }.joined(separator: "<br>")
            out +=
                "<tr><td>\(esc(c.code))</td><td class=\"\(c.status.label)\">\(c.status.label)</td><td>\(esc(c.provision))</td>"
                + "<td>\(facts)</td><td>\(esc(c.reasoning))</td></tr>\n"
        }
        out += "</table>\n<h2>Explanation</h2>\n"
        func walk(_ node: ExplanationNode) -> String {
            var s = "<li>"
            if let status = node.status {
                s += "<span class=\"\(status.label)\">" + esc(title(of: node)) + "</span>"
            } else {
                s += esc(title(of: node))
            }
            if !node.children.isEmpty { s += "<ul>" + node.children.map(walk).joined() + "</ul>" }
            return s + "</li>"
        }
        out += "<ul>" + walk(assessment.explanation()) + "</ul>\n<h2>Would change the outcome</h2>\n<ul>\n"
        for set in wouldChange {
            out +=
                "<li>" + esc(set.changes.map { "\($0.fact): \($0.from) → \($0.to)" }.joined(separator: " and "))
                + " ⇒ " + esc(set.outcome) + "</li>\n"
        }
        out += "</ul>\n</body></html>\n"
        return out
    }
}

extension String {
    fileprivate var trimmingQuotes: String {
        hasPrefix("\"") && hasSuffix("\"") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
