/// The facts of the `collective_defence` question (an alliance's collective-defence clause).
public enum CollectiveDefenceFacts {
    /// The schema, in the order of `legal-facts.md`, then Entente's extensions.
    public static let schema = FactSchema(
        .collectiveDefence,
        [
            FactEntry(
                name: "treaty", kind: .text,
                summary: "NATO, ANZUS, Rio (TIAR), CSTO, or ATOP:<atopid> for an ATOP defense pact."),
            FactEntry(
                name: "article", kind: .text,
                summary: "The article invoked; for NATO 4 means consultation, 5 (the default) collective defence."),
            FactEntry(name: "attacked_party", kind: .state, summary: "The Party attacked."),
            FactEntry(
                name: "invoking_state", kind: .state, summary: "The Party invoking the clause or asked to assist."),
            FactEntry(
                name: "attacker", kind: .text,
                summary: "Who attacked: a State reference (resolved when the knowledge base knows it) or a name."),
            FactEntry(
                name: "attacker_state", kind: .state,
                summary: "The attacking State; derived from attacker when it names a State.", derivedFrom: "attacker"),
            FactEntry(
                name: "attacker_is_state", kind: .truth, summary: "The attacker is a State.",
                derivedFrom: "attacker"),
            FactEntry(
                name: "attacker_external", kind: .truth, summary: "The attacker is not a party to the same treaty.",
                derivedFrom: "knowledge base membership of attacker_state"),
            SharedFacts.armedAttackOccurred,
            FactEntry(
                name: "attack_date", kind: .date,
                summary: "The day of the attack; the treaty text in force on it applies (else as_of)."),
            FactEntry(
                name: "target_type", kind: .choice(["territory", "forces", "vessels", "aircraft"]),
                summary: "What was attacked: territory, or armed forces, vessels or aircraft."),
        ] + locationEntries + treatyAreaLocationEntries + [
            FactEntry(
                name: "party_member_on_date", kind: .truth,
                summary: "The attacked Party (for NATO Art. 4, the requesting Party) was a party on the day.",
                polarity: .favours, derivedFrom: "knowledge base membership"),
            FactEntry(
                name: "request_by_attacked_party", kind: .truth, summary: "The attacked Party requested assistance.",
                polarity: .favours),
            FactEntry(name: "request_date", kind: .date, summary: "The day of the request."),
            FactEntry(
                name: "organ_decision", kind: .truth,
                summary: "The treaty organ decided (North Atlantic Council, Organ of Consultation, CSTO Council).",
                polarity: .favours),
            FactEntry(name: "organ_decision_date", kind: .date, summary: "The day of the organ's decision."),
            FactEntry(
                name: "consultation_requested", kind: .truth,
                summary: "A Party asked for consultations (NATO Art. 4).", polarity: .favours),
            FactEntry(
                name: "consultation_held", kind: .truth, summary: "Consultations were held.",
                polarity: .favours),
            FactEntry(name: "assistance_provided", kind: .truth, summary: "Assistance was provided."),
            FactEntry(
                name: "obligation_suspended", kind: .truth,
                summary: "The invoking State's obligation towards the attacked Party is suspended.",
                polarity: .opposes, derivedFrom: "knowledge base"),
            FactEntry(
                name: "pact_attacker_limited", kind: .truth,
                summary: "The pact's obligation applies only against some attackers (ATOP conditions).",
                derivedFrom: "knowledge base (ATOP)"),
            FactEntry(
                name: "attacker_condition_met", kind: .truth,
                summary: "The attacker is one the pact's obligation covers.", polarity: .favours,
                derivedFrom: "attacker_state and the pact's conditions"),
            FactEntry(
                name: "pact_location_limited", kind: .truth,
                summary: "The pact's obligation is limited to a location (ATOP conditions).",
                derivedFrom: "knowledge base (ATOP)"),
        ])

    public static let treaty = schema.required("treaty")
    public static let article = schema.required("article")
    public static let attackedParty = schema.required("attacked_party")
    public static let invokingState = schema.required("invoking_state")
    public static let attacker = schema.required("attacker")
    public static let attackerState = schema.required("attacker_state")
    public static let attackerIsState = schema.required("attacker_is_state")
    public static let attackerExternal = schema.required("attacker_external")
    public static let armedAttackOccurred = schema.required(SharedFacts.armedAttackOccurred)
    public static let attackDate = schema.required("attack_date")
    public static let targetType = schema.required("target_type")
    public static let lat = schema.required("location.lat")
    public static let inEurope = schema.required("location.in_europe")
    public static let inNorthAmerica = schema.required("location.in_north_america")
    public static let turkeyTerritory = schema.required("location.turkey_territory")
    public static let algerianDepartments = schema.required("location.algerian_departments")
    public static let island = schema.required("location.island")
    public static let northAtlantic = schema.required("location.north_atlantic")
    public static let northOfTropic = schema.required("location.north_of_tropic_of_cancer")
    public static let mediterranean = schema.required("location.mediterranean")
    public static let occupationArea1949 = schema.required("location.occupation_area_1949")
    public static let inPacific = schema.required("location.in_pacific")
    public static let metropolitanTerritory = schema.required("location.metropolitan_territory")
    public static let americanRegion = schema.required("location.american_region")
    public static let inTreatyArea = schema.required("location.in_treaty_area")
    public static let partyMemberOnDate = schema.required("party_member_on_date")
    public static let requestByAttackedParty = schema.required("request_by_attacked_party")
    public static let organDecision = schema.required("organ_decision")
    public static let consultationRequested = schema.required("consultation_requested")
    public static let consultationHeld = schema.required("consultation_held")
    public static let obligationSuspended = schema.required("obligation_suspended")
    public static let pactAttackerLimited = schema.required("pact_attacker_limited")
    public static let attackerConditionMet = schema.required("attacker_condition_met")
    public static let pactLocationLimited = schema.required("pact_location_limited")
}
