import EntenteCore

/// The facts of the `consent` question (foreign forces, exercises, transit, intervention by invitation).
public enum ConsentFacts: FactDeclarations {
    /// The schema.
    public static let schema = FactSchema(
        .consent,
        [hostState, foreignState, activityType].map(\.entry) + LocationFacts.entries
            + [
                activityDate, consentGiven, consentingAuthority, authorityIsGovernment, effectiveControl, recognised,
                consentExpress, consentTiming, freelyGiven, consentScopeActivities, consentScopeArea, consentScopeKinds,
                scopeUntil,
                withinScope, pastTimeLimit, consentWithdrawn, withdrawalDate, afterWithdrawal, protest, consentGivenBy,
            ].map(\.entry))

    static let hostState = fact(SharedFacts.hostState)
    static let foreignState = fact("foreign_state", .state, "The State whose forces are present or act.")
    public static let activityType = fact(
        "activity_type",
        .choice([
            "stationing", "exercise", "transit", "intervention", "overflight", "port_visit", "innocent_passage",
            "transit_passage", "combat_operations", "training", "evacuation", "other",
        ]), "What the foreign forces do; innocent and transit passage follow the law of the sea.")
    public static let activityDate = fact("activity_date", .date, "The day of the activity (else as_of).")
    public static let consentGiven = fact("consent_given", .truth, "The host State consented.", .favours)
    static let consentingAuthority = fact("consenting_authority", .text, "Who gave consent, for explanations.")
    public static let authorityIsGovernment = fact(
        "authority_is_government", .truth,
        "Consent came from the State's government (not a sub-State authority or a group).", .favours,
        derivedFrom: "consent_given_by")
    public static let effectiveControl = fact(
        "authority_in_effective_control", .truth, "That government is in effective control of the territory.", .favours,
        derivedFrom: "consent_given_by")
    public static let recognised = fact(
        "internationally_recognised", .truth, "That government is internationally recognised.", .favours,
        derivedFrom: "consent_given_by")
    public static let consentExpress = fact(
        "consent_express", .truth, "Consent was actually expressed (treaty, letters, request), not presumed.", .favours)
    public static let consentTiming = fact(
        "consent_timing", .choice(["before", "after"]),
        "Consent was given before (or at) the conduct, or only afterwards.")
    public static let freelyGiven = fact(
        "consent_freely_given", .truth, "Consent was not obtained by coercion, fraud or corruption.", .favours)
    static let consentScopeActivities = fact("consent_scope.activities", .text, "Activities consented to.")
    static let consentScopeArea = fact("consent_scope.area", .text, "Area consented to.")
    public static let scopeUntil = fact("consent_scope.until", .date, "Last day covered by the consent.")
    public static let withinScope = fact(
        "activity_within_scope", .truth,
        "The activity stays within the consent's purpose, area, numbers and equipment; derived as false when "
            + "activity_type is not among consent_scope.kinds.", .favours,
        derivedFrom: "activity_type not among consent_scope.kinds")
    public static let pastTimeLimit = fact(
        "past_time_limit", .truth,
        "The activity takes place after the consent's last day; derived from consent_scope.until.", .opposes,
        derivedFrom: "consent_scope.until and activity_date")
    public static let consentWithdrawn = fact("consent_withdrawn", .truth, "The host State withdrew consent.", .opposes)
    public static let withdrawalDate = fact("withdrawal_date", .date, "The day consent was withdrawn.")
    public static let afterWithdrawal = fact(
        "activity_after_withdrawal", .truth,
        "The activity continued after withdrawal (beyond a reasonable time to leave); derived from withdrawal_date when absent.",
        .opposes, derivedFrom: "withdrawal_date and activity_date")
    public static let protest = fact(
        "host_government_protest", .truth, "The host government protested the presence.", .opposes)
    /// Who gave consent, in the terms of ARSIWA commentary to Art. 20 and the IDI Rhodes resolution.
    public static let consentGivenBy = fact(
        "consent_given_by",
        .choice([
            "recognised_government_in_control", "recognised_government_not_in_control",
            "government_in_control_not_recognised", "former_government", "sub_state_authority", "armed_group",
            "unidentified",
        ]),
        "Who gave consent; fills authority_is_government, authority_in_effective_control and internationally_recognised."
    )
    static let consentScopeKinds = fact(
        "consent_scope.kinds", .text,
        "The kinds of activity consented to, as activity_type labels (e.g. [exercise, training]).")
}

/// Consent to foreign forces (legal-sources §3).
public enum ConsentRules {
    typealias F = ConsentFacts

    static let checks = ["CONSENT_GIVEN", "COMPETENT_AUTHORITY", "CONSENT_EXPRESSED", "CONSENT_TIMING", "FREELY_GIVEN"]
    static let required = met("CONSENT_REQUIRED")

    /// The rule set.
    public static let ruleSet = RuleSet(
        "consent", title: "Consent to foreign forces — ARSIWA Art. 20, GA res. 3314 Art. 3(e)", schema: F.schema,
        outcomes: [
            "invalid", "invalid_after_withdrawal", "invalid_exceeded", "contested", "unknown", "valid",
            "not_required",
        ],
        ranking: [["invalid", "invalid_after_withdrawal", "invalid_exceeded"], ["contested", "unknown"], ["valid"]]
    ) {
        Threshold(
            "CONSENT_REQUIRED", "UN Charter Art. 2(4); UNCLOS Arts. 17–19, 37–38",
            test: unless(F.activityType, is: "innocent_passage") && unless(F.activityType, is: "transit_passage"),
            met: "Foreign forces acting on or over another State's territory need its consent.",
            notMet: "Mere innocent or transit passage follows the law of the sea and needs no consent (activities "
                + "that are not passage, such as weapons exercises, would).")
        Requirement(
            "CONSENT_GIVEN", "ARSIWA Art. 20",
            appliesWhen: required,
            test: fact(F.consentGiven).otherwise(.ifThenElse(fact(F.protest), .constant(.no), .constant(.unknown))),
            met: "The host State consented.",
            notMet: "The host State did not consent (a protest by its government shows it).",
            unknown: "Whether the host State consented is not established; consent is never presumed.",
            notApplicable: "No consent is needed for mere passage.")
        Requirement(
            "COMPETENT_AUTHORITY",
            "ARSIWA commentary to Art. 20, paras. 4–6; Institut de Droit International, Rhodes resolution (2011)",
            appliesWhen: required,
            contestedWhen: fact(F.authorityIsGovernment)
                && ((fact(F.effectiveControl) && !fact(F.recognised))
                    || (!fact(F.effectiveControl) && fact(F.recognised))),
            test: fact(F.authorityIsGovernment) && fact(F.effectiveControl) && fact(F.recognised),
            met: "Consent came from the recognised government in effective control.",
            notMet: "Consent did not come from the State's government (a sub-State authority, a group, an "
                + "unidentified source, or a leader without authority), so it is not the State's consent.",
            unknown: "Whether consent came from a competent authority is not established.",
            notApplicable: "No consent is needed for mere passage.",
            contested: "The consenting government is either recognised but not in effective control, or in control but "
                + "not recognised; its authority to consent is doubtful.")
        Requirement(
            "CONSENT_EXPRESSED", "ARSIWA commentary to Art. 20",
            appliesWhen: required,
            test: fact(F.consentExpress),
            met: "Consent was actually expressed and clearly established.",
            notMet: "Consent was presumed, not expressed, and presumed consent does not count.",
            unknown: "Whether consent was actually expressed is not established.",
            notApplicable: "No consent is needed for mere passage.")
        Requirement(
            "CONSENT_TIMING", "ARSIWA commentary to Art. 20",
            appliesWhen: required,
            test: choice(F.consentTiming, is: "before"),
            met: "Consent was given before or at the time of the conduct.",
            notMet:
                "Consent came only afterwards: it may waive a claim but does not make the conduct lawful when done.",
            unknown: "When consent was given is not established.",
            notApplicable: "No consent is needed for mere passage.")
        Requirement(
            "FREELY_GIVEN", "ARSIWA commentary to Art. 20 (by analogy with VCLT Arts. 49–52)",
            appliesWhen: required,
            test: fact(F.freelyGiven),
            met: "Consent was freely given.",
            notMet: "Consent was obtained by coercion, fraud or corruption, so it is not valid.",
            unknown: "Whether consent was freely given is not established.",
            notApplicable: "No consent is needed for mere passage.")
        Requirement(
            "WITHIN_SCOPE", "ARSIWA Art. 20; GA res. 3314 (XXIX) Art. 3(e)",
            appliesWhen: required,
            test: fact(F.withinScope) && unless(F.pastTimeLimit),
            met: "The activity stays within the consent's purpose, area, numbers, equipment and duration.",
            notMet:
                "The activity goes beyond the consent (a kind of activity it does not list, or outside its area, "
                + "purpose or numbers) or outlasts it; using forces present by agreement outside its conditions is "
                + "listed as aggression (Art. 3(e)).",
            unknown: "Whether the activity stays within the consent is not established.",
            notApplicable: "No consent is needed for mere passage.")
        Requirement(
            "NOT_WITHDRAWN", "ARSIWA commentary to Art. 20; Institut de Droit International, Rhodes resolution (2011)",
            appliesWhen: required,
            test: !(fact(F.consentWithdrawn) && fact(F.afterWithdrawal)),
            met: "Consent has not been withdrawn, or the activity ended before withdrawal took effect.",
            notMet:
                "Consent was withdrawn and the forces stayed beyond a reasonable time to leave, without legal basis.",
            unknown: "Whether consent was withdrawn before the activity is not established.",
            notApplicable: "No consent is needed for mere passage.")

        Outcome("not_required", when: notMet("CONSENT_REQUIRED"), because: "Mere passage needs no host consent.")
        Outcome("invalid", when: any(of: checks, .notMet), because: "There is no valid consent.")
        Outcome(
            "invalid_after_withdrawal", when: notMet("NOT_WITHDRAWN"),
            because: "Valid consent was withdrawn and the activity continued afterwards.")
        Outcome(
            "invalid_exceeded", when: notMet("WITHIN_SCOPE"),
            because: "Valid consent was given, but the activity exceeds it.")
        Outcome(
            "contested", when: any(of: checks, .contested),
            because: "Whether the consenting authority could consent for the State is disputed.")
        Outcome(
            "unknown", when: any(of: checks + ["WITHIN_SCOPE", "NOT_WITHDRAWN"], .unknown),
            because: "A fact the validity of consent depends on is unknown.")
        Outcome(
            "valid", when: always,
            because: "The recognised government in control freely and expressly consented in advance, and the activity "
                + "stays within that consent.")
    }
}

enum ConsentModule {
    typealias F = ConsentFacts

    static let module = QuestionModule(
        question: .consent, schema: F.schema, ruleSets: [ConsentRules.ruleSet], governingFact: F.activityDate.id,
        firstDay: (charterInForce, "the rules encode the UN Charter era, from 24 October 1945"),
        derive: { facts, _, day, _ throws(EntenteError) in
            deriveAuthority(&facts)
            try deriveKinds(&facts)
            if !facts.isKnown(F.pastTimeLimit), let until = facts[day: F.scopeUntil] {
                facts.derive(F.pastTimeLimit, day > until ? 1 : 0)
            }
            if !facts.isKnown(F.afterWithdrawal), let withdrawn = facts[day: F.withdrawalDate] {
                facts.derive(F.afterWithdrawal, day > withdrawn ? 1 : 0)
                if !facts.isKnown(F.consentWithdrawn) { facts.derive(F.consentWithdrawn, 1) }
            }
        })
}

extension ConsentModule {
    /// Who consented decides the three facts of competent authority (ARSIWA commentary to Art. 20,
    /// paras. 4–6; legal-sources §3.1); a value the situation states always wins.
    static func deriveAuthority(_ facts: inout FactTable) {
        guard let by = facts[choice: F.consentGivenBy] else { return }
        let values: (government: Double, control: Double, recognised: Double) =
            switch by {
            case "recognised_government_in_control": (1, 1, 1)
            case "recognised_government_not_in_control": (1, 0, 1)
            case "government_in_control_not_recognised": (1, 1, 0)
            // An ousted government: its recognition is for the situation to state.
            case "former_government": (1, 0, .nan)
            // A sub-State authority, a group or an unnamed source cannot consent for the State.
            default: (0, .nan, .nan)
            }
        for (fact, value) in [
            (F.authorityIsGovernment, values.government), (F.effectiveControl, values.control),
            (F.recognised, values.recognised),
        ] where !facts.isKnown(fact) && !value.isNaN {
            facts.derive(fact, value)
        }
    }

    /// An activity of a kind the consent does not list is outside its scope (GA res. 3314 Art. 3(e)).
    static func deriveKinds(_ facts: inout FactTable) throws(EntenteError) {
        guard let written = facts[text: F.consentScopeKinds],
            case .choice(let options) = F.schema[F.activityType.id].kind
        else { return }
        var kinds: [String] = []
        for part in written.split(separator: ",") {
            let kind = part.filter { !$0.isWhitespace }
            guard options.contains(kind) else {
                let close = options.filter { Suggestions.editDistance($0, kind) <= 3 }
                let hint = close.isEmpty ? "" : " Did you mean \(close.joined(separator: " or "))?"
                throw EntenteError(
                    .invalidInput,
                    "facts.consent_scope.kinds: \"\(kind)\" is not an activity_type; expected "
                        + "\(options.joined(separator: ", ")).\(hint)")
            }
            kinds.append(kind)
        }
        if !facts.isKnown(F.withinScope), let activity = facts[choice: F.activityType], !kinds.contains(activity) {
            facts.derive(F.withinScope, 0)
        }
    }
}
