/// The facts of the `sc_authorisation` question (Security Council decisions).
public enum ScAuthorisationFacts: FactDeclarations {
    /// The schema, in the order of `legal-facts.md`, then Entente's extensions.
    public static let schema = FactSchema(
        .scAuthorisation,
        [
            resolution, date, councilSize, votesFor, votesAgainst, votesAbstain, votesAbsent, permanentAgainst,
            permanentAbstaining, permanentAbsent, permanentNegativeVotes, determination, chapterVII, operativeLanguage,
            authorisingLanguage, scopeLimits, conditionsSatisfied, hasConditions, proceduralMatter, recommendation,
            earlierDetermination, resolutionsRecalled, conditionsPrecedent, deadline, actionDate, targetComplied,
            actionWithinLimits, hasLimits, adopted,
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
        derivedFrom:
            "operative_language matched against the catalogue of the Council's formulas (council-language.json)")
    public static let scopeLimits = fact(
        "scope_limits", .text,
        "Limits on what is authorised (an area, a purpose, a task): they restrict the authorisation, they are not "
            + "preconditions.")
    public static let conditionsSatisfied = fact(
        "conditions_satisfied", .truth,
        "The resolution's conditions precedent (a deadline, a prior step) are satisfied; derived from deadline, "
            + "action_date and target_complied_by_deadline.", .favours,
        derivedFrom: "action_date after deadline and target_complied_by_deadline not true")
    public static let hasConditions = fact(
        "has_conditions", .truth,
        "The resolution sets conditions precedent; derived from conditions_precedent, deadline and conditions_satisfied.",
        derivedFrom: "conditions_precedent, deadline or conditions_satisfied given")
    public static let proceduralMatter = fact(
        "procedural_matter", .truth, "The decision is on a procedural matter (Art. 27(2)), where no veto applies.")

    // Entente's extensions for issue 10: the form of the decision, earlier determinations,
    // conditions precedent as against limits.
    public static let recommendation = fact(
        "recommendation", .truth,
        "The operative words recommend (Art. 39) rather than decide or authorise; derived from operative_language.",
        derivedFrom:
            "operative_language matched against the catalogue of the Council's formulas (council-language.json)")
    public static let earlierDetermination = fact(
        "determination_in_earlier_resolution",
        .choice(["threat_to_peace", "breach_of_peace", "act_of_aggression", "none"]),
        "An Art. 39 determination made in an earlier resolution this one recalls; derived from resolutions_recalled.",
        derivedFrom: "resolutions_recalled matched against the catalogue's determinations (council-language.json)")
    static let resolutionsRecalled = fact(
        "resolutions_recalled", .text, "Earlier resolutions this one recalls or acts upon (e.g. [S/RES/660 (1990)]).")
    static let conditionsPrecedent = fact(
        "conditions_precedent", .text,
        "Conditions that must be fulfilled before the authorisation operates (e.g. a deadline for compliance).")
    public static let deadline = fact(
        "deadline", .date, "The last day the resolution leaves for compliance before force is authorised.")
    public static let actionDate = fact("action_date", .date, "The day the action assessed began.")
    public static let targetComplied = fact(
        "target_complied_by_deadline", .truth, "The State addressed complied by the deadline.", .opposes)
    public static let actionWithinLimits = fact(
        "action_within_limits", .truth, "The action stays within the limits the resolution sets (area, purpose, task).",
        .favours)
    public static let hasLimits = fact(
        "has_limits", .truth, "The resolution limits what it authorises; derived from scope_limits.",
        derivedFrom: "scope_limits given")
    public static let adopted = fact(
        "adopted", .truth,
        "The resolution was adopted; derived from a symbol S/RES/… (only adopted resolutions are numbered). The "
            + "vote counts, when given, decide instead.", .favours,
        derivedFrom: "resolution written as S/RES/<number> (<year>)")
}
