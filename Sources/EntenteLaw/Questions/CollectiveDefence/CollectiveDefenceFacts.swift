/// The facts of the `collective_defence` question (an alliance's collective-defence clause).
public enum CollectiveDefenceFacts: FactDeclarations {
    /// The schema, in the order of `legal-facts.md`, then Entente's extensions.
    public static let schema = FactSchema(
        .collectiveDefence,
        [
            treaty, article, attackedParty, invokingState, attacker, attackerState, attackerIsState, attackerExternal,
            armedAttackOccurred, attackDate, targetType,
        ].map(\.entry) + LocationFacts.entries
            + [
                inEurope, inNorthAmerica, turkeyTerritory, algerianDepartments, island, northAtlantic, northOfTropic,
                mediterranean, occupationArea1949, inPacific, metropolitanTerritory, americanRegion, inTreatyArea,
                partyMemberOnDate, requestByAttackedParty, requestDate, organDecision, organDecisionDate,
                consultationRequested, consultationHeld, assistanceProvided, obligationSuspended, pactAttackerLimited,
                attackerConditionMet, pactLocationLimited, invokingPartyMemberOnDate,
            ].map(\.entry))

    public static let treaty = fact(
        "treaty", .text, "NATO, ANZUS, Rio (TIAR), CSTO, or ATOP:<atopid> for an ATOP defense pact.")
    public static let article = fact(
        "article", .text, "The article invoked; for NATO 4 means consultation, 5 (the default) collective defence.")
    public static let attackedParty = fact("attacked_party", .state, "The Party attacked.")
    public static let invokingState = fact(
        "invoking_state", .state, "The Party invoking the clause or asked to assist.")
    public static let attacker = fact(
        "attacker", .text, "Who attacked: a State reference (resolved when the knowledge base knows it) or a name.")
    public static let attackerState = fact(
        "attacker_state", .state, "The attacking State; derived from attacker when it names a State.",
        derivedFrom: "attacker")
    public static let attackerIsState = fact(
        "attacker_is_state", .truth, "The attacker is a State.", derivedFrom: "attacker")
    public static let attackerExternal = fact(
        "attacker_external", .truth, "The attacker is not a party to the same treaty.",
        derivedFrom: "knowledge base membership of attacker_state")
    public static let armedAttackOccurred = fact(SharedFacts.armedAttackOccurred)
    public static let attackDate = fact(
        "attack_date", .date, "The day of the attack; the treaty text in force on it applies (else as_of).")
    public static let targetType = fact(
        "target_type", .choice(["territory", "forces", "vessels", "aircraft"]),
        "What was attacked: territory, or armed forces, vessels or aircraft.")
    public static let lat = fact(LocationFacts.latitude)
    public static let lon = fact(LocationFacts.longitude)
    public static let inEurope = fact("location.in_europe", .truth, "The place is in Europe.")
    public static let inNorthAmerica = fact("location.in_north_america", .truth, "The place is in North America.")
    public static let turkeyTerritory = fact("location.turkey_territory", .truth, "The place is territory of Türkiye.")
    public static let algerianDepartments = fact(
        "location.algerian_departments", .truth, "The place is in the former Algerian Departments of France.")
    public static let island = fact("location.island", .truth, "The place is an island under a Party's jurisdiction.")
    public static let northAtlantic = fact(
        "location.north_atlantic", .truth, "The place is in the North Atlantic area.")
    public static let northOfTropic = fact(
        "location.north_of_tropic_of_cancer", .truth,
        "The place is north of the Tropic of Cancer (23.44° N); derived from location.lat when absent.",
        derivedFrom: "location.lat")
    public static let mediterranean = fact(
        "location.mediterranean", .truth, "The place is in or over the Mediterranean Sea.")
    public static let occupationArea1949 = fact(
        "location.occupation_area_1949", .truth,
        "An area in Europe where a Party's occupation forces were stationed on 24 August 1949.")
    public static let inPacific = fact("location.in_pacific", .truth, "The place is in the Pacific Area (ANZUS).")
    public static let metropolitanTerritory = fact(
        "location.metropolitan_territory", .truth,
        "The place is the metropolitan (home) territory of the attacked Party.")
    public static let americanRegion = fact(
        "location.american_region", .truth,
        "The place is in the region of Rio Treaty Art. 4 or on an American State's territory.")
    public static let inTreatyArea = fact(
        "location.in_treaty_area", .truth, "The place is inside the area an ATOP pact's location condition names.")
    public static let partyMemberOnDate = fact(
        "party_member_on_date", .truth,
        "The attacked Party (for NATO Art. 4, the requesting Party) was a party on the day.", .favours,
        derivedFrom: "knowledge base membership")
    public static let requestByAttackedParty = fact(
        "request_by_attacked_party", .truth, "The attacked Party requested assistance.", .favours)
    static let requestDate = fact("request_date", .date, "The day of the request.")
    public static let organDecision = fact(
        "organ_decision", .truth,
        "The treaty organ decided (North Atlantic Council, Organ of Consultation, CSTO Council).", .favours)
    static let organDecisionDate = fact("organ_decision_date", .date, "The day of the organ's decision.")
    public static let consultationRequested = fact(
        "consultation_requested", .truth, "A Party asked for consultations (NATO Art. 4).", .favours)
    public static let consultationHeld = fact("consultation_held", .truth, "Consultations were held.", .favours)
    static let assistanceProvided = fact("assistance_provided", .truth, "Assistance was provided.")
    public static let obligationSuspended = fact(
        "obligation_suspended", .truth, "The invoking State's obligation towards the attacked Party is suspended.",
        .opposes, derivedFrom: "knowledge base")
    public static let pactAttackerLimited = fact(
        "pact_attacker_limited", .truth, "The pact's obligation applies only against some attackers (ATOP conditions).",
        derivedFrom: "knowledge base (ATOP)")
    public static let attackerConditionMet = fact(
        "attacker_condition_met", .truth, "The attacker is one the pact's obligation covers.", .favours,
        derivedFrom: "attacker_state and the pact's conditions")
    public static let pactLocationLimited = fact(
        "pact_location_limited", .truth, "The pact's obligation is limited to a location (ATOP conditions).",
        derivedFrom: "knowledge base (ATOP)")
    public static let invokingPartyMemberOnDate = fact(
        "invoking_party_member_on_date", .truth,
        "The invoking (assisting) State was a party on the day, so the treaty's obligation binds it.", .favours,
        derivedFrom: "knowledge base membership of invoking_state")
}
