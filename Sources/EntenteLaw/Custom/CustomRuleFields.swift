/// One field of a customary-law rule file, as `entente law facts customary_law` lists it.
public struct CustomRuleField: Sendable, Hashable {
    /// The key as written in the file; nested keys use a dot (`from_data.treaty`).
    public let name: String
    /// What the value looks like.
    public let kind: String
    public let summary: String
}

extension CustomRule {
    /// The region of a state a rule file lists without one; `--from-data` fills it from the knowledge base.
    public static let unassignedRegion = "unassigned"

    /// The fields a rule file accepts, in the order a rule is usually written. Customary law has
    /// no facts in the situation sense: its inputs are the candidate rule and the evidence.
    public static let fields: [CustomRuleField] = [
        .init(name: "rule", kind: "text", summary: "The candidate rule's identifier."),
        .init(name: "title", kind: "text", summary: "What the rule says, for reports."),
        .init(
            name: "scope", kind: "general|particular",
            summary: "General custom, or particular custom among the states_concerned."),
        .init(name: "as_of", kind: "year", summary: "The year the rule is judged at."),
        .init(
            name: "states", kind: "list of states",
            summary: "The states whose practice counts, with their regions; from the knowledge base with --from-data."),
        .init(
            name: "states_concerned", kind: "list of states",
            summary: "For particular custom, the states among which it would bind."),
        .init(
            name: "specially_affected_states", kind: "list of states",
            summary: "States whose practice must be included (ILC Conclusion 8)."),
        .init(
            name: "state_concerned", kind: "state",
            summary: "The state against which the rule is invoked (persistent objection, binding)."),
        .init(
            name: "peremptory", kind: "true|false",
            summary: "The rule claims jus cogens status, so no persistent objector is exempt."),
        .init(
            name: "thresholds", kind: "mapping",
            summary:
                "The analyst's thresholds (\(CustomThresholds.all.joined(separator: ", "))); each answer reports its sensitivity."
        ),
        .init(
            name: "practice", kind: "list of {state, year, act, conforming, form, treated_as_breach}",
            summary: "Acts of state practice (ILC Conclusions 5–6)."),
        .init(
            name: "opinio_juris", kind: "list of {state, year, form, accepts}",
            summary:
                "Evidence of acceptance as law; form one of \(OpinioForm.allCases.map(\.rawValue).joined(separator: ", ")) (ILC Conclusion 10)."
        ),
        .init(
            name: "objections", kind: "list of {state, since, maintained}",
            summary: "Objections to the rule while it was emerging (ILC Conclusion 15)."),
        .init(
            name: "resolutions", kind: "list of {symbol, year, yes, no, abstain}",
            summary: "Resolutions of international organisations with their votes (ILC Conclusion 12)."),
        .init(
            name: "treaty_basis", kind: "{treaty, adopted, parties}",
            summary: "A treaty stating the rule, with its parties (ILC Conclusion 11)."),
        .init(
            name: "from_data", kind: "mapping",
            summary:
                "What --from-data draws from the knowledge base: resolutions, issues, titles, from, to, treaty, treaty_adopted, activities."
        ),
        .init(
            name: "expected", kind: "mapping",
            summary: "A worked example's expected outcome and condition statuses (ignored by the judgement)."),
    ]

    /// A rule skeleton: every field with its meaning as a comment; it parses as a rule with no evidence.
    public static func template() -> String {
        var out = "# Candidate rule of customary international law. Fill in the evidence; remove what you do not use.\n"
        out +=
            "# Judge it with `entente law assess FILE` or `entente law custom FILE [--evidence FILE] [--from-data]`.\n"
        out += "question: customary_law\n"
        out += "rule: my_rule   # the candidate rule's identifier\n"
        out += "title: \"\"\n"
        out += "scope: general   # general | particular\n"
        out += "as_of: 2024   # the year the rule is judged at\n"
        let written: Set = ["rule", "title", "scope", "as_of"]
        for field in fields where !written.contains(field.name) {
            out += "# \(field.name): [\(field.kind)] \(field.summary)\n"
        }
        return out
    }
}
