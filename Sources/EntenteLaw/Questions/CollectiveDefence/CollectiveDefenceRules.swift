import EntenteCore

/// Collective-defence clauses: NATO Arts. 4–6, ANZUS Arts. IV–V, Rio Treaty Art. 3, CSTO Treaty
/// Art. 4 and ATOP defense pacts (legal-sources §§4–5).
public enum CollectiveDefenceRules {
    typealias F = CollectiveDefenceFacts

    static let outcomes = ["not_triggered", "out_of_scope", "unknown", "triggered", "consultation_held"]
    static let ranking = [["not_triggered", "out_of_scope"], ["unknown"], ["triggered"]]

    /// The Tropic of Cancer, about 23°26′ N.
    public static let tropicOfCancer = 23.44

    static let territory = choice(F.targetType, is: "territory")
    static let northAtlanticIslands = fact(F.island) && fact(F.northAtlantic) && fact(F.northOfTropic)
    static let northAtlanticNorthOfTropic = fact(F.northAtlantic) && fact(F.northOfTropic)

    static func membership(_ treaty: String, _ provision: String) -> Requirement {
        Requirement(
            "MEMBERSHIP", provision,
            test: fact(F.partyMemberOnDate),
            met: "The State concerned was a party to the \(treaty) on the day.",
            notMet: "The State concerned was not a party to the \(treaty) on the day.",
            unknown: "Whether the State concerned was a party to the \(treaty) on the day is not known "
                + "(neither given nor in the knowledge base).")
    }

    /// The assisting State's own party status: evidence, since the question is whether the clause
    /// is engaged for the attacked Party, but a State that was not a party on the day owes nothing
    /// under the treaty (VCLT Art. 34: a treaty creates no obligation for a third State).
    static func assistingParty(_ treaty: String, _ provision: String) -> Evidence {
        Evidence(
            "ASSISTING_PARTY", provision,
            appliesWhen: .firstKnown(
                fact(F.invokingPartyMemberOnDate) || !fact(F.invokingPartyMemberOnDate), .constant(.no)),
            test: fact(F.invokingPartyMemberOnDate),
            met: "The invoking (assisting) State was a party to the \(treaty) on the day: the obligation binds it.",
            notMet: "The invoking (assisting) State was not a party to the \(treaty) on the day: it owes no assistance "
                + "under it (VCLT Art. 34), whatever it may do under UN Charter Art. 51.",
            unknown: "Whether the invoking State was a party on the day is not known.",
            notApplicable: "No invoking State is named, or its party status is not known.")
    }

    static func armedAttack(
        _ provision: String, _ what: String = "an armed attack", none: String = "no armed attack"
    ) -> Requirement {
        Requirement(
            "ARMED_ATTACK", provision,
            test: fact(F.armedAttackOccurred),
            met: "There was \(what) on the Party.",
            notMet: "There was \(none) on the Party, so the clause is not engaged.",
            unknown: "Whether there was \(what) is not established.")
    }

    // MARK: NATO Art. 5 with Art. 6 as in force on the day

    static let art6Territory1952 =
        fact(F.inEurope) || fact(F.inNorthAmerica) || fact(F.algerianDepartments)
        || fact(F.turkeyTerritory) || northAtlanticIslands
    static let art6Territory1962 =
        fact(F.inEurope) || fact(F.inNorthAmerica) || fact(F.turkeyTerritory)
        || northAtlanticIslands

    /// NATO Art. 5 (collective defence) with the text of Art. 6 in force on the day of the attack.
    public static let nato5 = RuleSet(
        "collective_defence/NATO/5", title: "North Atlantic Treaty Arts. 5 and 6 (collective defence)",
        schema: F.schema, outcomes: outcomes, ranking: ranking
    ) {
        membership("North Atlantic Treaty", "North Atlantic Treaty Arts. 5, 10 (membership from the knowledge base)")
        armedAttack("North Atlantic Treaty Art. 5; UN Charter Art. 51")
        Requirement(
            "ATTACK_CONDITION", "North Atlantic Treaty Art. 5",
            appliesWhen: .constant(.no), test: always,
            met: "", notMet: "",
            notApplicable: "Art. 5 speaks of an armed attack without limiting who makes it.")
        Requirement(
            "TREATY_AREA", "North Atlantic Treaty Art. 6 (1949 text)",
            inForce: InForce(from: .of(1949, 8, 24), until: .of(1952, 2, 18)),
            test: .ifThenElse(
                territory,
                fact(F.inEurope) || fact(F.inNorthAmerica) || fact(F.algerianDepartments) || northAtlanticIslands,
                (choice(F.targetType, is: "forces") && fact(F.occupationArea1949))
                    || (!choice(F.targetType, is: "forces") && northAtlanticNorthOfTropic)),
            met: "The attack falls in the area of Art. 6 as first written (Europe, North America, the Algerian "
                + "Departments of France, occupation forces in Europe, North Atlantic islands, vessels or aircraft "
                + "in the area north of the Tropic of Cancer).",
            notMet: "The attack falls outside the area of Art. 6 as first written, so Art. 5 does not cover it.",
            unknown: "Whether the attack falls in the Art. 6 area is not established (location flags missing).")
        Requirement(
            "TREATY_AREA",
            "North Atlantic Treaty Art. 6 as amended by the Protocol on the Accession of Greece and Turkey (1951) Art. 2",
            inForce: InForce(from: .of(1952, 2, 18), until: .of(1962, 7, 3)),
            test: .ifThenElse(
                territory, art6Territory1952,
                art6Territory1952 || fact(F.occupationArea1949) || fact(F.mediterranean) || northAtlanticNorthOfTropic),
            met: "The attack falls in the area of Art. 6 as amended in 1951 (which still named the Algerian "
                + "Departments of France).",
            notMet: "The attack falls outside the area of Art. 6 as amended in 1951, so Art. 5 does not cover it.",
            unknown: "Whether the attack falls in the Art. 6 area is not established (location flags missing).")
        Requirement(
            "TREATY_AREA",
            "North Atlantic Treaty Art. 6 as amended (1951); Algerian Departments inapplicable from 3 July 1962 "
                + "(North Atlantic Council, 16 January 1963)",
            inForce: InForce(from: .of(1962, 7, 3)),
            test: .ifThenElse(
                territory, art6Territory1962,
                art6Territory1962 || fact(F.occupationArea1949) || fact(F.mediterranean) || northAtlanticNorthOfTropic),
            met: "The attack falls in the area of Art. 6: (i) territory in Europe or North America, Türkiye, or "
                + "North Atlantic islands north of the Tropic of Cancer; (ii) forces, vessels or aircraft in or over "
                + "them, the Mediterranean, or the North Atlantic north of the Tropic.",
            notMet: "The attack falls outside the area of Art. 6, so Art. 5 does not cover it (Art. 4 consultation "
                + "remains possible).",
            unknown: "Whether the attack falls in the Art. 6 area is not established (location flags missing).")
        Evidence(
            "REQUEST", "ICJ Nicaragua (1986) paras. 195, 199 (custom on collective self-defence)",
            test: fact(F.requestByAttackedParty),
            met: "The attacked Party requested assistance, as custom requires for each ally's collective self-defence.",
            notMet: "The attacked Party made no request: Art. 5 is engaged by the attack, but force used by allies in "
                + "collective self-defence needs one under custom.",
            unknown: "Whether the attacked Party requested assistance is not stated.")
        assistingParty("North Atlantic Treaty", "North Atlantic Treaty Art. 5; VCLT Art. 34")
        Evidence(
            "ORGAN_DECISION", "North Atlantic Treaty Art. 5 (practice: determination by the North Atlantic Council)",
            test: fact(F.organDecision),
            met: "The North Atlantic Council determined that Art. 5 applies.",
            notMet: "The North Atlantic Council made no determination; each Party still decides what action it deems "
                + "necessary.",
            unknown: "Whether the North Atlantic Council made a determination is not stated.")
        Evidence(
            "CONSULTATION", "North Atlantic Treaty Art. 4",
            test: fact(F.consultationHeld),
            met: "The Parties consulted in the North Atlantic Council.",
            notMet: "No consultation was held.",
            unknown: "Whether consultations were held is not stated.")

        Outcome(
            "not_triggered", when: notMet("MEMBERSHIP") || notMet("ARMED_ATTACK"),
            because: "Art. 5 needs an armed attack on a Party, and one of these is missing.")
        Outcome(
            "out_of_scope", when: notMet("TREATY_AREA"),
            because: "The attack is outside the area Art. 6 defines for Art. 5.")
        Outcome(
            "unknown", when: any(of: ["MEMBERSHIP", "ARMED_ATTACK", "TREATY_AREA"], .unknown),
            because: "A fact Art. 5 depends on is unknown.")
        Outcome(
            "triggered", when: always,
            because: "An armed attack on a Party in the Art. 6 area engages Art. 5: each Party assists by such action "
                + "as it deems necessary, and reports to the Security Council.")
    }

    /// NATO Art. 4 (consultation).
    public static let nato4 = RuleSet(
        "collective_defence/NATO/4", title: "North Atlantic Treaty Art. 4 (consultation)",
        schema: F.schema, outcomes: outcomes,
        ranking: [["not_triggered"], ["unknown"], ["triggered", "consultation_held"]]
    ) {
        membership("North Atlantic Treaty", "North Atlantic Treaty Arts. 4, 10 (membership from the knowledge base)")
        Requirement(
            "ART4_REQUEST", "North Atlantic Treaty Art. 4",
            test: fact(F.consultationRequested).otherwise(fact(F.requestByAttackedParty)),
            met: "A Party asked for consultations because, in its own opinion, its territorial integrity, political "
                + "independence or security is threatened; that opinion alone triggers Art. 4.",
            notMet: "No Party asked for consultations under Art. 4.",
            unknown: "Whether a Party asked for consultations is not stated.")
        Evidence(
            "CONSULTATION", "North Atlantic Treaty Art. 4",
            test: fact(F.consultationHeld),
            met: "The Parties consulted in the North Atlantic Council.",
            notMet: "No consultation has been held yet.",
            unknown: "Whether consultations were held is not stated.")

        Outcome(
            "not_triggered", when: notMet("MEMBERSHIP") || notMet("ART4_REQUEST"),
            because: "Art. 4 needs a request by a Party, and one of these is missing.")
        Outcome(
            "unknown", when: unknown("MEMBERSHIP") || unknown("ART4_REQUEST"),
            because: "A fact Art. 4 depends on is unknown.")
        Outcome(
            "consultation_held", when: met("CONSULTATION"),
            because: "A Party's request triggered Art. 4 and the Parties consulted; Art. 4 obliges nothing more.")
        Outcome(
            "triggered", when: always,
            because: "A Party's request triggers the duty to consult; it creates no obligation of collective action.")
    }

    // MARK: ANZUS

    /// ANZUS Arts. IV–V.
    public static let anzus = RuleSet(
        "collective_defence/ANZUS", title: "ANZUS Treaty Arts. IV and V", schema: F.schema, outcomes: outcomes,
        ranking: ranking
    ) {
        membership("ANZUS Treaty", "ANZUS Treaty Art. IV (membership from the knowledge base)")
        Exception(
            "OBLIGATION_SUSPENDED", "ANZUS Treaty; United States suspension towards New Zealand (1986)",
            to: "MEMBERSHIP",
            test: fact(F.obligationSuspended),
            met: "The invoking State's ANZUS obligations towards the attacked Party are suspended.",
            notMet: "No suspension of obligations between these Parties.",
            unknown: "Whether obligations between these Parties are suspended is not known.")
        armedAttack("ANZUS Treaty Art. IV")
        assistingParty("ANZUS Treaty", "ANZUS Treaty Art. IV; VCLT Art. 34")
        Requirement(
            "ATTACK_CONDITION", "ANZUS Treaty Art. IV",
            appliesWhen: .constant(.no), test: always, met: "", notMet: "",
            notApplicable: "Art. IV puts no condition on who the attacker is.")
        Requirement(
            "TREATY_AREA", "ANZUS Treaty Arts. IV, V",
            test: .ifThenElse(
                territory, fact(F.metropolitanTerritory) || (fact(F.island) && fact(F.inPacific)), fact(F.inPacific)),
            met: "The attack is on a Party's metropolitan territory, its island territory in the Pacific, or its "
                + "forces, public vessels or aircraft in the Pacific (Art. V).",
            notMet: "The attack is outside the Pacific Area and not on a Party's metropolitan territory.",
            unknown: "Whether the attack falls in the ANZUS area is not established (location flags missing).")

        Outcome(
            "not_triggered",
            when: notMet("MEMBERSHIP") || notMet("ARMED_ATTACK") || met("OBLIGATION_SUSPENDED"),
            because: "Art. IV needs an armed attack on a Party towards which the obligation is in force.")
        Outcome("out_of_scope", when: notMet("TREATY_AREA"), because: "The attack is outside the area of Art. V.")
        Outcome(
            "unknown", when: any(of: ["MEMBERSHIP", "ARMED_ATTACK", "TREATY_AREA"], .unknown),
            because: "A fact Art. IV depends on is unknown.")
        Outcome(
            "triggered", when: always,
            because: "An armed attack in the Pacific Area on a Party engages Art. IV: each Party acts to meet the "
                + "common danger in accordance with its constitutional processes.")
    }

    // MARK: Rio Treaty

    /// Inter-American Treaty of Reciprocal Assistance Arts. 3, 6, 8, 17, 20.
    public static let rio = RuleSet(
        "collective_defence/Rio", title: "Inter-American Treaty of Reciprocal Assistance (Rio Treaty) Art. 3",
        schema: F.schema, outcomes: outcomes, ranking: ranking
    ) {
        membership("Rio Treaty", "Rio Treaty Art. 3(1) (parties from the knowledge base)")
        armedAttack("Rio Treaty Art. 3(1)")
        Requirement(
            "ATTACK_CONDITION", "Rio Treaty Arts. 3(1), 6",
            test: fact(F.attackerIsState),
            met: "The armed attack is by a State, as Art. 3(1) requires.",
            notMet: "The attack is not by a State: Art. 3 does not apply, and Art. 6 (a meeting of the Organ of "
                + "Consultation) does instead.",
            unknown: "Whether the attacker is a State is not established.")
        Requirement(
            "TREATY_AREA", "Rio Treaty Arts. 3(3), 4",
            test: fact(F.americanRegion),
            met: "The attack is within the region of Art. 4 or on the territory of an American State.",
            notMet: "The attack is outside the region of Art. 4: Art. 6 applies instead of Art. 3.",
            unknown: "Whether the attack is within the Art. 4 region is not established.")
        Requirement(
            "REQUEST", "Rio Treaty Art. 3(2)",
            test: fact(F.requestByAttackedParty),
            met: "The State attacked requested assistance, so each Party decides its immediate measures.",
            notMet: "The State attacked made no request; immediate individual measures under Art. 3(2) wait for it.",
            unknown: "Whether the State attacked requested assistance is not established.")
        assistingParty("Rio Treaty", "Rio Treaty Art. 3(1); VCLT Art. 34")
        Evidence(
            "ORGAN_DECISION", "Rio Treaty Arts. 8, 17, 20",
            test: fact(F.organDecision),
            met: "The Organ of Consultation decided on measures (by two-thirds); they bind all Parties, but no State "
                + "must use armed force without its consent.",
            notMet: "The Organ of Consultation has not decided on collective measures.",
            unknown: "Whether the Organ of Consultation decided is not stated.")

        Outcome(
            "not_triggered",
            when: any(of: ["MEMBERSHIP", "ARMED_ATTACK", "ATTACK_CONDITION", "REQUEST"], .notMet),
            because: "Art. 3 needs an armed attack by a State on a Party, and the attacked State's request.")
        Outcome("out_of_scope", when: notMet("TREATY_AREA"), because: "The attack is outside the Art. 4 region.")
        Outcome(
            "unknown",
            when: any(of: ["MEMBERSHIP", "ARMED_ATTACK", "ATTACK_CONDITION", "TREATY_AREA", "REQUEST"], .unknown),
            because: "A fact Art. 3 depends on is unknown.")
        Outcome(
            "triggered", when: always,
            because: "An armed attack by a State on an American State engages Art. 3: each Party helps meet it.")
    }

    // MARK: CSTO

    /// Collective Security Treaty Art. 4 and CSTO Charter Art. 12.
    public static let csto = RuleSet(
        "collective_defence/CSTO", title: "Collective Security Treaty (CSTO) Art. 4", schema: F.schema,
        outcomes: outcomes, ranking: ranking
    ) {
        membership("Collective Security Treaty", "Collective Security Treaty Art. 4 (members from the knowledge base)")
        armedAttack("Collective Security Treaty Art. 4", "aggression (an armed attack)", none: "no aggression")
        assistingParty("Collective Security Treaty", "Collective Security Treaty Art. 4; VCLT Art. 34")
        Requirement(
            "REQUEST", "Collective Security Treaty Art. 4",
            test: fact(F.requestByAttackedParty),
            met: "The member attacked requested assistance, as Art. 4 requires.",
            notMet: "The member attacked made no request, and Art. 4 assistance is given at its request.",
            unknown: "Whether the member attacked requested assistance is not established.")
        Requirement(
            "ORGAN_DECISION", "CSTO Charter Art. 12 [verify article] (decisions by consensus)",
            test: fact(F.organDecision),
            met: "The Collective Security Council decided by consensus to assist.",
            notMet: "The Collective Security Council did not decide; a request alone does not produce assistance.",
            unknown: "Whether the Collective Security Council decided is not established.")

        Outcome(
            "not_triggered", when: any(of: ["MEMBERSHIP", "ARMED_ATTACK", "REQUEST", "ORGAN_DECISION"], .notMet),
            because: "Art. 4 needs aggression against a member, its request and a consensus decision.")
        Outcome(
            "unknown", when: any(of: ["MEMBERSHIP", "ARMED_ATTACK", "REQUEST", "ORGAN_DECISION"], .unknown),
            because: "A fact Art. 4 depends on is unknown.")
        Outcome(
            "triggered", when: always,
            because: "Aggression against a member, its request and a Council decision engage Art. 4 assistance.")
    }

    // MARK: ATOP defense pacts

    /// Any ATOP defense pact, with the conditions the knowledge base records for it.
    public static let atop = RuleSet(
        "collective_defence/ATOP", title: "ATOP defense pact (defense obligation and its conditions)",
        schema: F.schema, outcomes: outcomes, ranking: ranking
    ) {
        membership("defense pact", "The pact's defense clause (ATOP; members from the knowledge base)")
        armedAttack("The pact's defense clause (ATOP defense obligation)")
        Requirement(
            "ATTACK_CONDITION", "The pact's defense clause (ATOP conditions on the attacker)",
            appliesWhen: fact(F.pactAttackerLimited),
            test: fact(F.attackerConditionMet),
            met: "The attacker is one the pact's obligation covers.",
            notMet: "The pact's obligation does not cover this attacker.",
            unknown: "Whether the pact covers this attacker is not established.",
            notApplicable: "The pact's obligation applies whoever the attacker is.")
        Requirement(
            "TREATY_AREA", "The pact's defense clause (ATOP location condition)",
            appliesWhen: fact(F.pactLocationLimited),
            test: fact(F.inTreatyArea),
            met: "The attack is inside the area the pact's obligation covers.",
            notMet: "The attack is outside the area the pact's obligation covers.",
            unknown: "Whether the attack is inside the pact's area is not established.",
            notApplicable: "The pact's obligation is not limited to a location.")

        Outcome(
            "not_triggered", when: notMet("MEMBERSHIP") || notMet("ARMED_ATTACK") || notMet("ATTACK_CONDITION"),
            because: "The pact's obligation needs an armed attack on a member by an attacker it covers.")
        Outcome("out_of_scope", when: notMet("TREATY_AREA"), because: "The attack is outside the pact's area.")
        Outcome(
            "unknown", when: any(of: ["MEMBERSHIP", "ARMED_ATTACK", "ATTACK_CONDITION", "TREATY_AREA"], .unknown),
            because: "A fact the pact's obligation depends on is unknown.")
        Outcome(
            "triggered", when: always, because: "An armed attack on a member engages the pact's defense obligation.")
    }
}
