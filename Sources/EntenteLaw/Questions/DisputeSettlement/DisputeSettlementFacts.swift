import EntenteCore

/// The facts of the `dispute_settlement` question: which peaceful-settlement routes are open
/// between two States on a day (the `as_of` day, read as the day an application would be filed).
///
/// Declarations, UNCLOS participation and TAC participation are derived from the curated tables
/// and the knowledge base when the situation leaves them out; a value stated in the situation wins.
public enum DisputeSettlementFacts: FactDeclarations {
    /// The schema.
    public static let schema = FactSchema(
        .disputeSettlement,
        [
            applicant, respondent, disputeSubject, disputeArose, declarationApplicant, declarationRespondent,
            reservations, bothCommonwealth, otherMethodAgreed, underMultilateralTreaty, compromissoryClause,
            unclosApplicant, unclosRespondent, art298Excludes, tacApplicant, tacRespondent,
        ].map(\.entry))

    public static let applicant = fact("applicant", .state, "The State that would bring the dispute.")
    public static let respondent = fact("respondent", .state, "The other State.")
    public static let disputeSubject = fact(
        "dispute_subject",
        .choice([
            "maritime_delimitation", "fisheries_living_resources", "military_activities_at_sea",
            "law_of_the_sea_other", "territorial_sovereignty", "armed_conflict_use_of_force", "treaty_interpretation",
            "other",
        ]), "What the dispute is about; it decides which reservations and which routes matter.")
    public static let disputeArose = fact(
        "dispute_arose", .date, "The day the dispute arose (for reservations limited to later disputes).")
    public static let declarationApplicant = fact(
        "icj_declaration_applicant", .truth,
        "The applicant's declaration under ICJ Statute Art. 36(2) was in force on the day.", .favours,
        derivedFrom: "the curated optional-clause declarations")
    public static let declarationRespondent = fact(
        "icj_declaration_respondent", .truth,
        "The respondent's declaration under ICJ Statute Art. 36(2) was in force on the day.", .favours,
        derivedFrom: "the curated optional-clause declarations")
    public static let reservations = fact(
        "optional_clause_reservations", .choice(["none_applies", "excludes"]),
        "Whether a reservation in either declaration (applied reciprocally) excludes the dispute; unknown when a "
            + "reservation may apply on facts not given or the text is not curated.",
        derivedFrom: "the reservations of both declarations and the dispute's facts")
    public static let bothCommonwealth = fact(
        "both_commonwealth_members", .truth,
        "Both States are members of the Commonwealth (for Commonwealth "
            + "reservations).", derivedFrom: "the knowledge base (Commonwealth)")
    public static let otherMethodAgreed = fact(
        "other_method_agreed", .truth,
        "The parties agreed to settle this dispute by another method (for 'other method' reservations).")
    public static let underMultilateralTreaty = fact(
        "arises_under_multilateral_treaty", .truth,
        "The dispute concerns the interpretation or application of a multilateral treaty.")
    public static let compromissoryClause = fact(
        "compromissory_clause", .truth,
        "A treaty in force between the two States refers disputes of this kind to the ICJ or to arbitration.",
        .favours)
    public static let unclosApplicant = fact(
        "unclos_party_applicant", .truth, "UNCLOS was in force for the applicant on the day.", .favours,
        derivedFrom: "the curated UNCLOS parties (Art. 308)")
    public static let unclosRespondent = fact(
        "unclos_party_respondent", .truth, "UNCLOS was in force for the respondent on the day.", .favours,
        derivedFrom: "the curated UNCLOS parties (Art. 308)")
    public static let art298Excludes = fact(
        "art298_declaration_excludes", .truth,
        "Either State declared under UNCLOS Art. 298(1) that it does not accept compulsory procedures for this "
            + "category of dispute.", .opposes)
    public static let tacApplicant = fact(
        "tac_party_applicant", .truth, "The applicant was a party to the ASEAN Treaty of Amity and Cooperation.",
        .favours, derivedFrom: "the knowledge base (TAC)")
    public static let tacRespondent = fact(
        "tac_party_respondent", .truth, "The respondent was a party to the ASEAN Treaty of Amity and Cooperation.",
        .favours, derivedFrom: "the knowledge base (TAC)")
}
