/// One field of a customary-law rule file, as `entente law facts customary_law` lists it.
public struct CustomRuleField: Sendable, Hashable {
    /// The key as written in the file; nested keys use a dot (`from_data.treaty`).
    public let name: String
    /// What the value looks like.
    public let kind: String
    /// What the field means, in one sentence.
    public let summary: String

    init(_ name: String, _ kind: String, _ summary: String) {
        self.name = name
        self.kind = kind
        self.summary = summary
    }

    // The kinds several fields share, spelt once.
    static func text(_ name: String, _ summary: String) -> Self { .init(name, "text", summary) }
    static func states(_ name: String, _ summary: String) -> Self { .init(name, "list of states", summary) }
    static func mapping(_ name: String, _ summary: String) -> Self { .init(name, "mapping", summary) }
    static func list(_ name: String, of members: String, _ summary: String) -> Self {
        .init(name, "list of {\(members)}", summary)
    }
}

extension CustomRule {
    /// The region of a state a rule file lists without one; `--from-data` fills it from the knowledge base.
    public static let unassignedRegion = "unassigned"

    /// The fields a rule file accepts, in the order a rule is usually written. Customary law has
    /// no facts in the situation sense: its inputs are the candidate rule and the evidence.
    public static let fields: [CustomRuleField] = [
        .text("rule", "The candidate rule's identifier."),
        .text("title", "What the rule says, for reports."),
        .init("scope", "general|particular", "General custom, or particular custom among the states_concerned."),
        .init("as_of", "year", "The year the rule is judged at."),
        .states(
            "states",
            "The states whose practice counts, with their regions; from the knowledge base with --from-data."),
        .states("states_concerned", "For particular custom, the states among which it would bind."),
        .states("specially_affected_states", "States whose practice must be included (ILC Conclusion 8)."),
        .init(
            "state_concerned", "state", "The state against which the rule is invoked (persistent objection, binding)."),
        .init("peremptory", "true|false", "The rule claims jus cogens status, so no persistent objector is exempt."),
        .mapping(
            "thresholds",
            "The analyst's thresholds (\(CustomThresholds.all.joined(separator: ", "))); each answer reports its sensitivity."
        ),
        .mapping(
            "groups",
            "Groups of States by name, each a list of States (G77: [...]); a record may name a group instead of a state, and a group not declared here is read as an organisation whose members on 31 December of the record's year the knowledge base gives."
        ),
        .list(
            "practice", of: "state|group, year, act, conforming, form, treated_as_breach",
            "Acts of state practice (ILC Conclusions 5–6)."),
        .list(
            "opinio_juris", of: "state|group, year, form, accepts",
            "Evidence of acceptance as law; form one of \(OpinioForm.allCases.map(\.rawValue).joined(separator: ", ")) (ILC Conclusion 10)."
        ),
        .list(
            "reactions", of: "state|group, to, year, practice, protested, aware, could_react, reaction_called_for",
            "Reactions to another State's practice (conforming or contrary), or silence: silence counts as acquiescence only when the State knew of the practice, could react and the circumstances called for a reaction (ILC Conclusion 10(3))."
        ),
        .list(
            "objections", of: "state, since, maintained",
            "Objections to the rule while it was emerging (ILC Conclusion 15)."),
        .list(
            "resolutions", of: "symbol, year, yes, no, abstain",
            "Resolutions of international organisations with their votes (ILC Conclusion 12)."),
        .init(
            "aggregate", "{practice, acceptance, since, party_relying_on_rule, source}",
            "Evidence in aggregate: practice widespread|not_widespread, acceptance shown|not_shown; an element left out is not presumed (the party relying on the rule bears the burden)."
        ),
        .init(
            "treaty_basis", "{treaty, adopted, parties}",
            "A treaty stating the rule, with its parties (ILC Conclusion 11)."),
        .mapping(
            "from_data",
            "What --from-data draws from the knowledge base: resolutions, issues, titles, from, to, treaty, treaty_adopted, activities."
        ),
        .mapping("expected", "A worked example's expected outcome and condition statuses (ignored by the judgement)."),
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
