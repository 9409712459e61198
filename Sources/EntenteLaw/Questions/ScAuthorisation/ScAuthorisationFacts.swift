/// The facts of the `sc_authorisation` question (Security Council decisions).
public enum ScAuthorisationFacts: FactDeclarations {
    /// The schema, in the order of `legal-facts.md`, then Entente's extensions.
    public static let schema = FactSchema(
        .scAuthorisation,
        [
            resolution, date, councilSize, votesFor, votesAgainst, votesAbstain, votesAbsent, permanentAgainst,
            permanentAbstaining, permanentAbsent, permanentNegativeVotes, determination, chapterVII, operativeLanguage,
            authorisingLanguage, scopeLimits, conditionsSatisfied, hasConditions, proceduralMatter,
        ].map(\.entry))

    static let resolution = fact("resolution", .text, "The resolution (e.g. S/RES/678 (1990)).")
    public static let date = fact("date", .date, "The day of the vote; the Charter text in force on it applies.")
    public static let councilSize = fact(
        "council_size", .number(integer: true), "Members of the Council; derived from Art. 23 as in force on the day.",
        derivedFrom: "Art. 23 in force on date")
    public static let votesFor = fact("votes.for", .number(integer: true), "Affirmative votes.", .favours)
    public static let votesAgainst = fact("votes.against", .number(integer: true), "Negative votes.")
    public static let votesAbstain = fact("votes.abstain", .number(integer: true), "Abstentions.")
    public static let votesAbsent = fact("votes.absent", .number(integer: true), "Members absent or not voting.")
    public static let permanentAgainst = fact(
        "permanent_members_voting_against", .states, "Permanent members that voted against (write [] for none).")
    public static let permanentAbstaining = fact(
        "permanent_members_abstaining", .states, "Permanent members that abstained.")
    public static let permanentAbsent = fact(
        "permanent_member_absent", .truth, "A permanent member was absent from the vote.")
    public static let permanentNegativeVotes = fact(
        "permanent_negative_votes", .number(integer: true),
        "How many permanent members voted against; derived from the list when absent.", .opposes,
        derivedFrom: "permanent_members_voting_against")
    public static let determination = fact(
        "determination_art39", .choice(["threat_to_peace", "breach_of_peace", "act_of_aggression", "none"]),
        "What the Council determined under Art. 39 (none: no determination).")
    public static let chapterVII = fact(
        "chapter_vii_invoked_expressly", .truth, "The resolution says it acts under Chapter VII.", .favours)
    public static let operativeLanguage = fact(
        "operative_language", .text, "The operative words (e.g. \"all necessary means\").")
    public static let authorisingLanguage = fact(
        "authorising_language", .truth,
        "The operative words authorise force; derived from operative_language when absent.", .favours,
        derivedFrom: "operative_language")
    public static let scopeLimits = fact("scope_limits", .text, "Limits and conditions set by the resolution.")
    public static let conditionsSatisfied = fact(
        "conditions_satisfied", .truth, "The resolution's own conditions (deadline, purpose) are satisfied.", .favours)
    public static let hasConditions = fact(
        "has_conditions", .truth, "The resolution sets conditions; derived from scope_limits and conditions_satisfied.",
        derivedFrom: "scope_limits")
    public static let proceduralMatter = fact(
        "procedural_matter", .truth, "The decision is on a procedural matter (Art. 27(2)), where no veto applies.")
}
