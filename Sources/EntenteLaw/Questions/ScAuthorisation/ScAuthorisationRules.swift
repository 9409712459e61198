public import EntenteCore

/// Security Council decisions: UN Charter Arts. 23, 25, 27, 39–42, in the text in force on the day
/// of the vote (legal-sources §1.2–1.3).
public enum ScAuthorisationRules {
    typealias F = ScAuthorisationFacts

    /// The day the 1963 amendments to Arts. 23 and 27 entered into force.
    public static let amendment1965 = Day.of(1965, 8, 31)

    /// The rule set.
    public static let ruleSet = RuleSet(
        "sc_authorisation", title: "Security Council authorisation — UN Charter Arts. 23, 27, 39–42",
        schema: F.schema,
        outcomes: ["not_adopted_votes", "not_adopted_veto", "adopted_not_authorising", "unknown", "authorised"],
        ranking: [["not_adopted_votes", "not_adopted_veto", "adopted_not_authorising"], ["unknown"], ["authorised"]]
    ) {
        Requirement(
            "VOTE_THRESHOLD", "UN Charter Arts. 23, 27(2)–(3) as first written (11 members, 7 votes)",
            inForce: InForce(until: amendment1965),
            test: atLeast(F.votesFor, 7),
            met: "At least 7 of the 11 members voted for it, the majority required before 31 August 1965.",
            notMet:
                "Fewer than 7 of the 11 members voted for it, short of the majority required before 31 August 1965.",
            unknown: "The number of affirmative votes is not given.")
        Requirement(
            "VOTE_THRESHOLD", "UN Charter Arts. 23, 27(2)–(3) as amended (GA res. 1991 (XVIII); 15 members, 9 votes)",
            inForce: InForce(from: amendment1965),
            test: atLeast(F.votesFor, 9),
            met: "At least 9 of the 15 members voted for it, the majority Art. 27 requires.",
            notMet: "Fewer than 9 of the 15 members voted for it, short of the majority Art. 27 requires.",
            unknown: "The number of affirmative votes is not given.")
        Requirement(
            "NO_PERMANENT_NEGATIVE_VOTE", "UN Charter Art. 27(3); ICJ Namibia AO (1971) para. 22",
            appliesWhen: unless(F.proceduralMatter),
            contestedWhen: fact(F.permanentAbsent) && !moreThan(F.permanentNegativeVotes, 0),
            test: !moreThan(F.permanentNegativeVotes, 0),
            met: "No permanent member voted against; abstention by a permanent member does not block adoption.",
            notMet: "A permanent member voted against a non-procedural decision: the veto blocks adoption.",
            unknown: "Whether a permanent member voted against is not given.",
            notApplicable: "A procedural decision needs no concurring votes of the permanent members.",
            contested: "No permanent member voted against, but one was absent; practice treats absence like "
                + "abstention, which the absent member contested at the time.")
        Requirement(
            "ART39_DETERMINATION", "UN Charter Art. 39",
            test: choice(F.determination, is: "threat_to_peace") || choice(F.determination, is: "breach_of_peace")
                || choice(F.determination, is: "act_of_aggression"),
            met: "The Council determined a threat to the peace, breach of the peace or act of aggression, the gateway "
                + "to Chapter VII measures.",
            notMet: "The Council made no Art. 39 determination, so no Chapter VII measure rests on the resolution.",
            unknown: "Whether the Council made an Art. 39 determination is not given.")
        Requirement(
            "CHAPTER_VII", "UN Charter Arts. 39, 42, 48",
            test: fact(F.chapterVII) || met("ART39_DETERMINATION"),
            met:
                "The resolution acts under Chapter VII (expressly, or by an Art. 39 determination followed by measures).",
            notMet: "The resolution does not act under Chapter VII.",
            unknown: "Whether the resolution acts under Chapter VII is not established.")
        Requirement(
            "AUTHORISING_LANGUAGE", "UN Charter Arts. 42, 48 (practice: 'all necessary means/measures')",
            test: fact(F.authorisingLanguage),
            met: "The operative words authorise Member States to use force ('all necessary means' or 'measures').",
            notMet: "The operative words do not authorise the use of force.",
            unknown: "The operative words are not given.")
        Requirement(
            "CONDITIONS_SATISFIED", "The resolution's own terms (UN Charter Art. 25)",
            appliesWhen: fact(F.hasConditions),
            test: fact(F.conditionsSatisfied),
            met: "The conditions the resolution sets (deadline, purpose, area) are satisfied.",
            notMet:
                "The conditions the resolution sets are not satisfied, so its authorisation does not cover the action.",
            unknown: "Whether the resolution's conditions are satisfied is not established.",
            notApplicable: "The resolution sets no conditions of its own.")

        Outcome("not_adopted_votes", when: notMet("VOTE_THRESHOLD"), because: "The resolution lacked the votes.")
        Outcome(
            "not_adopted_veto", when: notMet("NO_PERMANENT_NEGATIVE_VOTE"),
            because: "A permanent member's negative vote blocked the resolution.")
        Outcome(
            "unknown", when: unknown("VOTE_THRESHOLD") || unknown("NO_PERMANENT_NEGATIVE_VOTE"),
            because: "Whether the resolution was adopted is not established.")
        Outcome(
            "adopted_not_authorising",
            when: any(
                of: ["ART39_DETERMINATION", "CHAPTER_VII", "AUTHORISING_LANGUAGE", "CONDITIONS_SATISFIED"], .notMet),
            because: "The resolution was adopted but does not authorise this use of force.")
        Outcome(
            "unknown",
            when: any(
                of: ["ART39_DETERMINATION", "CHAPTER_VII", "AUTHORISING_LANGUAGE", "CONDITIONS_SATISFIED"], .unknown),
            because: "The resolution was adopted, but whether it authorises force is not established.")
        Outcome(
            "authorised", when: always,
            because: "The resolution was adopted and, under Chapter VII, authorises Member States to use force.")
    }
}
