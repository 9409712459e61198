import EntenteCore

/// Peaceful settlement between two States: UN Charter Art. 33, the ICJ's optional clause and
/// compromissory clauses (Statute Art. 36(1)–(2)), UNCLOS Part XV, and the ASEAN TAC High Council.
///
/// A special agreement (Art. 36(1)), negotiation, good offices, mediation and conciliation are
/// always open with the other State's consent; the question asks which routes one State can use
/// without a new agreement, and whether the TAC's non-binding route exists.
public enum DisputeSettlementRules {
    typealias F = DisputeSettlementFacts

    static let lawOfTheSea =
        choice(F.disputeSubject, is: "maritime_delimitation")
        || choice(F.disputeSubject, is: "fisheries_living_resources")
        || choice(F.disputeSubject, is: "military_activities_at_sea")
        || choice(F.disputeSubject, is: "law_of_the_sea_other")

    static let art298Category =
        choice(F.disputeSubject, is: "maritime_delimitation")
        || choice(F.disputeSubject, is: "fisheries_living_resources")
        || choice(F.disputeSubject, is: "military_activities_at_sea")

    /// The rule set.
    public static let ruleSet = RuleSet(
        "dispute_settlement",
        title: "Peaceful settlement routes — UN Charter Art. 33, ICJ Statute Art. 36, "
            + "UNCLOS Part XV, TAC Arts. 14–16",
        schema: F.schema,
        outcomes: ["no_compulsory_route", "only_non_binding_route", "unknown", "binding_route_open"],
        ranking: [["no_compulsory_route"], ["only_non_binding_route"], ["unknown"], ["binding_route_open"]]
    ) {
        Requirement(
            "OPTIONAL_CLAUSE",
            "ICJ Statute Art. 36(2) ('in relation to any other State accepting the same "
                + "obligation'), Art. 36(5)",
            test: fact(F.declarationApplicant) && fact(F.declarationRespondent)
                && choice(F.reservations, is: "none_applies"),
            met: "Both States accepted the Court's compulsory jurisdiction on the day and no reservation of either "
                + "(applied reciprocally) excludes the dispute: either may seise the Court by application.",
            notMet: "The optional clause does not connect the two States for this dispute: a declaration is "
                + "missing, or a reservation of either excludes it.",
            unknown: "Whether both declarations were in force, or whether a reservation excludes the dispute, is "
                + "not established.")
        Requirement(
            "COMPROMISSORY_CLAUSE", "ICJ Statute Art. 36(1) ('matters specially provided for … in treaties')",
            test: fact(F.compromissoryClause),
            met: "A treaty in force between them refers this kind of dispute to the Court or to arbitration.",
            notMet: "No treaty in force between them refers this dispute to compulsory settlement.",
            unknown: "Whether a treaty between them has a compromissory clause covering the dispute is not stated.")
        Requirement(
            "UNCLOS_PART_XV", "UNCLOS Arts. 286–287, 308",
            appliesWhen: lawOfTheSea,
            test: fact(F.unclosApplicant) && fact(F.unclosRespondent),
            met: "UNCLOS was in force for both: a dispute on its interpretation or application goes, at either's "
                + "request, to the court or tribunal of Art. 287 (Annex VII arbitration by default).",
            notMet: "UNCLOS was not in force for both, so Part XV gives no compulsory route.",
            unknown: "Whether UNCLOS was in force for both on the day is not established.",
            notApplicable: "The dispute is not about the law of the sea.")
        Exception(
            "ART298_EXCEPTION", "UNCLOS Art. 298(1)", to: "UNCLOS_PART_XV",
            appliesWhen: art298Category,
            test: fact(F.art298Excludes),
            met: "A declaration under Art. 298(1) takes this category of dispute out of the compulsory procedures.",
            notMet: "No Art. 298 declaration excludes this category.",
            unknown: "Whether an Art. 298 declaration excludes the category is not established; the State relying "
                + "on it must show it.",
            notApplicable: "The dispute is not in a category Art. 298 lets States exclude.")
        Evidence(
            "TAC_HIGH_COUNCIL", "Treaty of Amity and Cooperation in Southeast Asia Arts. 14–16",
            test: fact(F.tacApplicant) && fact(F.tacRespondent),
            met: "Both are parties to the TAC: the High Council may take cognisance of the dispute and recommend "
                + "means of settlement, if the parties to the dispute agree (Art. 16); its recommendations do not "
                + "bind.",
            notMet: "Not both are parties to the TAC, so its High Council is not open to them.",
            unknown: "Whether both were parties to the TAC on the day is not established.")

        Outcome(
            "binding_route_open",
            when: met("OPTIONAL_CLAUSE") || met("COMPROMISSORY_CLAUSE")
                || (met("UNCLOS_PART_XV") && !met("ART298_EXCEPTION")),
            because: "At least one route leads to a binding decision without a new agreement.")
        Outcome(
            "only_non_binding_route",
            when: notMet("OPTIONAL_CLAUSE") && notMet("COMPROMISSORY_CLAUSE")
                && (status("UNCLOS_PART_XV", .notMet, .notApplicable) || met("ART298_EXCEPTION"))
                && met("TAC_HIGH_COUNCIL"),
            because: "No compulsory route; the TAC High Council can recommend means of settlement if both agree, "
                + "and a special agreement or the Art. 33 means remain open by consent.")
        Outcome(
            "no_compulsory_route",
            when: notMet("OPTIONAL_CLAUSE") && notMet("COMPROMISSORY_CLAUSE")
                && (status("UNCLOS_PART_XV", .notMet, .notApplicable) || met("ART298_EXCEPTION")),
            because: "No route leads to a binding decision without the other State's new consent; negotiation, "
                + "mediation, conciliation or a special agreement (Statute Art. 36(1)) remain open by consent.")
        Outcome("unknown", when: always, because: "Whether a compulsory route exists depends on facts not established.")
    }
}
