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
        outcomes: [
            "not_adopted_votes", "not_adopted_veto", "adopted_not_authorising", "outside_limits", "unknown",
            "recommended", "authorised",
        ],
        ranking: [
            ["not_adopted_votes", "not_adopted_veto", "adopted_not_authorising", "outside_limits"], ["unknown"],
            ["recommended"], ["authorised"],
        ]
    ) {
        Requirement(
            "VOTE_THRESHOLD", "UN Charter Arts. 23, 27(2)–(3) as first written (11 members, 7 votes)",
            inForce: InForce(until: amendment1965),
            test: atLeast(F.votesFor, 7).otherwise(fact(F.adopted)),
            met: "At least 7 of the 11 members voted for it (or it was adopted, as its symbol shows), the majority "
                + "required before 31 August 1965.",
            notMet:
                "Fewer than 7 of the 11 members voted for it, short of the majority required before 31 August 1965.",
            unknown: "The number of affirmative votes is not given, nor a resolution symbol showing adoption.")
        Requirement(
            "VOTE_THRESHOLD", "UN Charter Arts. 23, 27(2)–(3) as amended (GA res. 1991 (XVIII); 15 members, 9 votes)",
            inForce: InForce(from: amendment1965),
            test: atLeast(F.votesFor, 9).otherwise(fact(F.adopted)),
            met: "At least 9 of the 15 members voted for it (or it was adopted, as its symbol shows), the majority "
                + "Art. 27 requires.",
            notMet: "Fewer than 9 of the 15 members voted for it, short of the majority Art. 27 requires.",
            unknown: "The number of affirmative votes is not given, nor a resolution symbol showing adoption.")
        Requirement(
            "NO_PERMANENT_NEGATIVE_VOTE", "UN Charter Art. 27(3); ICJ Namibia AO (1971) para. 22",
            appliesWhen: unless(F.proceduralMatter),
            contestedWhen: fact(F.permanentAbsent) && !moreThan(F.permanentNegativeVotes, 0),
            // A numbered resolution was adopted, so no veto was cast; the votes decide when given.
            test: (!moreThan(F.permanentNegativeVotes, 0)).otherwise(fact(F.adopted)),
            met: "No permanent member voted against; abstention by a permanent member does not block adoption.",
            notMet: "A permanent member voted against a non-procedural decision: the veto blocks adoption.",
            unknown: "Whether a permanent member voted against is not given.",
            notApplicable: "A procedural decision needs no concurring votes of the permanent members.",
            contested: "No permanent member voted against, but one was absent; practice treats absence like "
                + "abstention, which the absent member contested at the time.")
        Requirement(
            "ART39_DETERMINATION", "UN Charter Art. 39 (a determination may be made in an earlier resolution recalled)",
            test: choice(F.determination, is: "threat_to_peace") || choice(F.determination, is: "breach_of_peace")
                || choice(F.determination, is: "act_of_aggression")
                // An earlier determination counts only when it is shown (the resolution recalled).
                || (choice(F.earlierDetermination, is: "threat_to_peace")
                    || choice(F.earlierDetermination, is: "breach_of_peace")
                    || choice(F.earlierDetermination, is: "act_of_aggression")).otherwise(.constant(.no)),
            met: "The Council determined a threat to the peace, breach of the peace or act of aggression, in this "
                + "resolution or in an earlier one it recalls: the gateway to Chapter VII measures.",
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
            "AUTHORISING_LANGUAGE",
            "UN Charter Arts. 39, 42, 48; the Council's formulas catalogued with their resolutions "
                + "(council-language.json: e.g. S/RES/221 (1966), S/RES/665 (1990), S/RES/678 (1990))",
            test: fact(F.authorisingLanguage),
            met: "The operative words authorise or recommend the use of force, in words the Council has used for it.",
            notMet: "The operative words do not authorise the use of force.",
            unknown: "The operative words are not given, or match none of the catalogued formulas; state "
                + "authorising_language.")
        Threshold(
            "DECISION_NOT_RECOMMENDATION", "UN Charter Arts. 25, 39, 42; e.g. S/RES/83 and 84 (1950) ('recommends')",
            appliesWhen: met("AUTHORISING_LANGUAGE"),
            test: unless(F.recommendation),
            met: "The Council decides or authorises; it does not merely recommend.",
            notMet: "The Council recommends that Members use force or assist (Art. 39): action on the recommendation "
                + "rests on it, but it is not a binding decision (Art. 25).",
            notApplicable: "The operative words do not authorise force.")
        Requirement(
            "CONDITIONS_SATISFIED", "The resolution's own terms (UN Charter Art. 25); e.g. S/RES/678 (1990) para. 2",
            appliesWhen: fact(F.hasConditions),
            test: fact(F.conditionsSatisfied),
            met: "The conditions precedent the resolution sets (such as a deadline for compliance) are satisfied.",
            notMet: "A condition precedent is not satisfied (the deadline had not passed, or the State addressed "
                + "complied), so the authorisation does not yet operate.",
            unknown: "Whether the resolution's conditions precedent are satisfied is not established.",
            notApplicable: "The resolution sets no conditions precedent.")
        Requirement(
            "WITHIN_LIMITS", "The resolution's own terms (UN Charter Art. 25)",
            appliesWhen: fact(F.hasLimits),
            // Limits restrict what is authorised; they are not preconditions, so they leave a clear
            // authorisation in place unless the action is shown to go beyond them.
            test: fact(F.actionWithinLimits).otherwise(always),
            met: "The authorisation is limited (scope_limits says how); the limits restrict what is authorised and "
                + "nothing shows the action goes beyond them.",
            notMet: "The action goes beyond the limits of the authorisation (its area, purpose or task).",
            notApplicable: "The resolution sets no limits on what it authorises.")

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
            "outside_limits", when: notMet("WITHIN_LIMITS"),
            because: "The resolution authorises force, but this action goes beyond its limits.")
        Outcome(
            "recommended", when: notMet("DECISION_NOT_RECOMMENDATION"),
            because: "The resolution was adopted and recommends that Members use force: a Chapter VII recommendation "
                + "rather than a decision.")
        Outcome(
            "authorised", when: always,
            because: "The resolution was adopted and, under Chapter VII, authorises Member States to use force.")
    }
}
