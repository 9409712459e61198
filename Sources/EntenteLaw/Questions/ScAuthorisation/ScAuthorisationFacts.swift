/// The facts of the `sc_authorisation` question (Security Council decisions).
public enum ScAuthorisationFacts {
    /// The schema, in the order of `legal-facts.md`, then Entente's extensions.
    public static let schema = FactSchema(
        .scAuthorisation,
        [
            FactEntry(name: "resolution", kind: .text, summary: "The resolution (e.g. S/RES/678 (1990))."),
            FactEntry(
                name: "date", kind: .date, summary: "The day of the vote; the Charter text in force on it applies."),
            FactEntry(
                name: "council_size", kind: .number(integer: true),
                summary: "Members of the Council; derived from Art. 23 as in force on the day.",
                derivedFrom: "Art. 23 in force on date"),
            FactEntry(
                name: "votes.for", kind: .number(integer: true), summary: "Affirmative votes.", polarity: .favours),
            FactEntry(name: "votes.against", kind: .number(integer: true), summary: "Negative votes."),
            FactEntry(name: "votes.abstain", kind: .number(integer: true), summary: "Abstentions."),
            FactEntry(name: "votes.absent", kind: .number(integer: true), summary: "Members absent or not voting."),
            FactEntry(
                name: "permanent_members_voting_against", kind: .states,
                summary: "Permanent members that voted against (write [] for none)."),
            FactEntry(
                name: "permanent_members_abstaining", kind: .states, summary: "Permanent members that abstained."),
            FactEntry(
                name: "permanent_member_absent", kind: .truth, summary: "A permanent member was absent from the vote."),
            FactEntry(
                name: "permanent_negative_votes", kind: .number(integer: true),
                summary: "How many permanent members voted against; derived from the list when absent.",
                polarity: .opposes, derivedFrom: "permanent_members_voting_against"),
            FactEntry(
                name: "determination_art39",
                kind: .choice(["threat_to_peace", "breach_of_peace", "act_of_aggression", "none"]),
                summary: "What the Council determined under Art. 39 (none: no determination)."),
            FactEntry(
                name: "chapter_vii_invoked_expressly", kind: .truth,
                summary: "The resolution says it acts under Chapter VII.", polarity: .favours),
            FactEntry(
                name: "operative_language", kind: .text,
                summary: "The operative words (e.g. \"all necessary means\")."),
            FactEntry(
                name: "authorising_language", kind: .truth,
                summary: "The operative words authorise force; derived from operative_language when absent.",
                polarity: .favours, derivedFrom: "operative_language"),
            FactEntry(name: "scope_limits", kind: .text, summary: "Limits and conditions set by the resolution."),
            FactEntry(
                name: "conditions_satisfied", kind: .truth,
                summary: "The resolution's own conditions (deadline, purpose) are satisfied.", polarity: .favours),
            FactEntry(
                name: "has_conditions", kind: .truth,
                summary: "The resolution sets conditions; derived from scope_limits and conditions_satisfied.",
                derivedFrom: "scope_limits"),
            FactEntry(
                name: "procedural_matter", kind: .truth,
                summary: "The decision is on a procedural matter (Art. 27(2)), where no veto applies."),
        ])

    public static let date = schema.required("date")
    public static let councilSize = schema.required("council_size")
    public static let votesFor = schema.required("votes.for")
    public static let votesAgainst = schema.required("votes.against")
    public static let votesAbstain = schema.required("votes.abstain")
    public static let votesAbsent = schema.required("votes.absent")
    public static let permanentAgainst = schema.required("permanent_members_voting_against")
    public static let permanentAbstaining = schema.required("permanent_members_abstaining")
    public static let permanentAbsent = schema.required("permanent_member_absent")
    public static let permanentNegativeVotes = schema.required("permanent_negative_votes")
    public static let determination = schema.required("determination_art39")
    public static let chapterVII = schema.required("chapter_vii_invoked_expressly")
    public static let operativeLanguage = schema.required("operative_language")
    public static let authorisingLanguage = schema.required("authorising_language")
    public static let scopeLimits = schema.required("scope_limits")
    public static let conditionsSatisfied = schema.required("conditions_satisfied")
    public static let hasConditions = schema.required("has_conditions")
    public static let proceduralMatter = schema.required("procedural_matter")
}
