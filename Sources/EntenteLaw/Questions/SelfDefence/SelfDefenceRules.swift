import EntenteCore

/// The law of self-defence: UN Charter Art. 51 read with the customary conditions (legal-sources §2.1).
public enum SelfDefenceRules {
    typealias F = SelfDefenceFacts

    static let basis = [
        "ARMED_ATTACK", "ATTRIBUTION", "ATTACK_FROM_FOREIGN_TERRITORY", "AIMED_AT_DEFENDER", "BURDEN_OF_PROOF",
        "VICTIM_DECLARATION", "VICTIM_REQUEST", "BENEFICIARY_IS_STATE",
    ]

    /// Every condition self-defence itself needs, so that a Council authorisation beside it does not
    /// hide whether self-defence alone would also hold.
    static let selfDefenceHolds: Criterion =
        !any(of: basis, .notMet) && !any(of: basis, .contested) && !any(of: basis, .unknown)
        && met("NECESSITY") && met("PROPORTIONALITY") && !met("SC_MEASURES_TERMINATE_RIGHT")

    /// The positions on the "unwilling or unable" test, stated where the condition is contested.
    static let unwillingOrUnablePositions =
        "Self-defence against non-State attackers on another State's territory without its consent is disputed "
        + "('unwilling or unable'). For: States that have struck non-State groups abroad rely on it, reading the "
        + "Council's recognition of the inherent right after terrorist attacks (res. 1368 and 1373 (2001)) as "
        + "covering them. Against: the ICJ has read Art. 51 as covering armed attacks by one State against another "
        + "(Wall AO (2004) para. 139) and left attacks by irregular forces not attributable to a State open (Armed "
        + "Activities (2005) para. 147), and many States reject force on a State's territory without its consent."

    /// The rule set.
    public static let ruleSet = RuleSet(
        "self_defence", title: "Self-defence — UN Charter Art. 51 and customary international law",
        schema: F.schema,
        outcomes: [
            "unlawful", "contested", "unknown", "lawful_basis_available", "lawful", "authorised", "not_engaged",
        ],
        ranking: [["unlawful"], ["contested", "unknown"], ["lawful_basis_available"], ["lawful", "authorised"]]
    ) {
        AlternativeBasis(
            "SC_AUTHORISATION", "UN Charter Arts. 42 and 48 (action authorised by the Security Council)",
            test: fact(F.scAuthorisation),
            met:
                "The Security Council authorised the force, a basis of its own under Chapter VII; whether self-defence "
                + "would also justify it is still examined below.",
            notMet: "The Security Council did not authorise the force, so it needs another basis such as self-defence.",
            unknown: "Whether the Security Council authorised the force is not stated; self-defence is examined.")
        Requirement(
            "ARMED_ATTACK",
            "UN Charter Art. 51; ICJ Nicaragua (1986) paras. 191, 195; ICJ Oil Platforms (2003) paras. 51, 64, 72; "
                + "GA res. 3314 (XXIX) Art. 3(a)",
            contestedWhen: !fact(F.armedAttackOccurred) && fact(F.imminence) && unless(F.occupationOngoing),
            test: (fact(F.armedAttackOccurred) && unless(F.attackGravity, is: "below_armed_attack"))
                || established(F.occupationOngoing),
            met: "An armed attack of sufficient scale and effects occurred or continues, which opens Art. 51.",
            notMet: "There was no armed attack (none occurred, or the force was below the gravity of an armed attack), "
                + "so Art. 51 is not open.",
            unknown: "Whether an armed attack occurred is not established.",
            contested: "No attack has occurred yet; self-defence against an imminent attack is disputed in law.")
        Requirement(
            "ATTRIBUTION",
            "ARSIWA Arts. 4, 8, 11; ICJ Oil Platforms (2003) paras. 51, 61, 64; ICJ Wall AO (2004) para. 139; "
                + "ICJ Armed Activities (2005) paras. 146–147",
            appliesWhen: fact(F.attackerIsState) || fact(F.attributionToState) || !fact(F.territorialStateConsent),
            // The doctrine's own supporters require the territorial State to be unwilling or unable:
            // when it is shown willing and able, the claim fails rather than being disputed.
            contestedWhen: !fact(F.attackerIsState) && !fact(F.attributionToState)
                && fact(F.territorialStateUnwillingOrUnable).otherwise(always),
            // Imputability is read from attacking_state when given; without it, target_state is taken
            // as the State the situation says attacked (a presumption listed by `entente law rules`).
            test: (fact(F.attackerIsState) || fact(F.attributionToState))
                && fact(F.attackImputableToTarget).otherwise(always),
            met: "The attack is by, or attributable to, the State against which force is used, the case Art. 51 "
                + "clearly covers.",
            notMet: "The attack is not shown to be imputable to the State against which force is used (by its forces "
                + "or attributable to it), or the territorial State is willing and able to act against the attackers.",
            unknown: "Whether the attack is a State's, or attributable to one, is not established.",
            notApplicable:
                "The attackers are non-State and the territorial State consents, so no attribution is needed.",
            contested: unwillingOrUnablePositions)
        Requirement(
            "ATTACK_FROM_FOREIGN_TERRITORY", "ICJ Wall AO (2004) para. 139",
            appliesWhen: !fact(F.attackerIsState),
            test: fact(F.attackFromForeignTerritory),
            met: "The non-State attack came from outside territory the defending State controls.",
            notMet: "The attack came from territory the defending State itself controls, including occupied territory: "
                + "Art. 51 is not engaged, and the measures are judged under other rules.",
            unknown: "Whether the non-State attack came from foreign territory is not established.",
            notApplicable: "The attacker is a State; where a non-State attack came from does not arise.")
        Requirement(
            "AIMED_AT_DEFENDER", "ICJ Oil Platforms (2003) para. 64",
            // Only a finding that the attack was not aimed at the defender defeats the claim.
            test: fact(F.attackAimedAtDefender).otherwise(always),
            met: "Nothing shows that the attack was not aimed at the defending State (or the State defended).",
            notMet: "The attack is not shown to have been specifically aimed at the defending State, so it is not an "
                + "armed attack on that State.")
        Requirement(
            "BURDEN_OF_PROOF", "ICJ Oil Platforms (2003) paras. 57, 61, 64",
            test: fact(F.burdenOfProofMet),
            met: "The defending State has shown the armed attack and who is responsible for it.",
            notMet: "The defending State has not proven the attack or its author, and the burden is on it.",
            unknown: "Whether the defending State has discharged its burden of proof is not established.")
        Evidence(
            "SC_AFFIRMED_RIGHT",
            "UN Charter Art. 51; e.g. S/RES/661 (1990) preamble, S/RES/1368 (2001) preamble",
            test: fact(F.scAffirmedRight),
            met: "The Security Council affirmed or recognised the inherent right of self-defence in this situation, "
                + "strong evidence that an armed attack occurred.",
            notMet: "The Security Council did not affirm the right of self-defence here; that alone decides nothing.",
            unknown: "Whether the Security Council affirmed the right of self-defence is not stated.")
        Requirement(
            "VICTIM_DECLARATION", "ICJ Nicaragua (1986) paras. 195, 199",
            appliesWhen: choice(F.selfDefenceType, is: "collective"),
            test: fact(F.victimDeclaredAttacked),
            met: "The victim State declared itself the victim of an armed attack.",
            notMet: "The victim State did not declare itself attacked; no State may act on its own assessment.",
            unknown: "Whether the victim State declared itself attacked is not established.",
            notApplicable: "Individual self-defence needs no declaration by another State.")
        Requirement(
            "VICTIM_REQUEST", "ICJ Nicaragua (1986) paras. 195, 199",
            appliesWhen: choice(F.selfDefenceType, is: "collective"),
            test: fact(F.victimRequest) && unless(F.victimRequestTiming, is: "after"),
            met: "The victim State requested assistance, and the request existed when the measures were taken.",
            notMet: "The victim State made no request, or made it only after the measures were taken.",
            unknown: "Whether the victim State requested assistance is not established.",
            notApplicable: "Individual self-defence needs no request.")
        Requirement(
            "BENEFICIARY_IS_STATE", "UN Charter Art. 51 (a right of States); ICJ Nicaragua (1986) para. 195",
            appliesWhen: choice(F.selfDefenceType, is: "collective"),
            test: fact(F.beneficiaryIsState),
            met: "The State defended is a State, which collective self-defence requires.",
            notMet: "The entity defended is not a State, so collective self-defence is not available for it.",
            unknown: "Whether the entity defended is a State is not established.",
            notApplicable: "In individual self-defence the acting State defends itself.")
        Evidence(
            "REPORTED_TO_SC", "UN Charter Art. 51 (second sentence); ICJ Nicaragua (1986) para. 200",
            test: fact(F.reportedToSC),
            met: "The measures were reported to the Security Council as Art. 51 requires.",
            notMet: "The measures were not reported; under custom this is evidence against the claim, not a bar.",
            unknown: "Whether the measures were reported to the Security Council is not stated.")
        Requirement(
            "NECESSITY",
            "Caroline correspondence (1841–42); ICJ Nicaragua (1986) para. 194; ICJ Nuclear Weapons AO (1996) "
                + "para. 41; ICJ Oil Platforms (2003) paras. 43, 73–76",
            test: fact(F.necessity),
            met: "The force is necessary to repel the attack: no adequate peaceful alternative existed.",
            notMet: "The force is not necessary to repel the attack.",
            unknown: "Whether the force is necessary is not established.")
        Requirement(
            "PROPORTIONALITY",
            "ICJ Nicaragua (1986) para. 194; ICJ Nuclear Weapons AO (1996) para. 41; ICJ Oil Platforms (2003) "
                + "paras. 43, 73–76",
            test: fact(F.proportionality),
            met: "The scale and effects of the force are proportionate to repelling the attack.",
            notMet: "The force exceeds what is needed to repel the attack.",
            unknown: "Whether the force is proportionate is not established.")
        Exception(
            "SC_MEASURES_TERMINATE_RIGHT", "UN Charter Art. 51 ('until the Security Council has taken measures')",
            to: "ARMED_ATTACK",
            appliesWhen: fact(F.scMeasuresTaken),
            test: fact(F.scMeasuresSufficient),
            met: "The Council's measures actually maintain or restore peace, so the right of self-defence has ended.",
            notMet: "The Council has acted, but its measures have not restored peace, so the right continues.",
            unknown: "Whether Council measures have ended the right is not established (the party relying on it "
                + "must show it).",
            notApplicable: "The Council has taken no measures, so the right continues.")
        Exception(
            "TERRITORIAL_CONSENT", "ARSIWA Art. 20; Institut de Droit International, Rhodes resolution (2011)",
            to: "ATTRIBUTION",
            appliesWhen: !fact(F.attackerIsState),
            test: fact(F.territorialStateConsent),
            met: "The territorial State consents, so force against the non-State group there is not force against it.",
            notMet: "The territorial State does not consent to force on its territory.",
            unknown: "Whether the territorial State consents is not stated.",
            notApplicable: "The attacker is a State; the territorial State's consent is not the question.")

        Outcome(
            "lawful", when: met("SC_AUTHORISATION") && selfDefenceHolds,
            because: "The force is lawful on two bases: the Security Council authorised it, and self-defence "
                + "would justify it on its own.")
        Outcome(
            "authorised", when: met("SC_AUTHORISATION"),
            because: "The force rests on the Security Council's authorisation; self-defence alone is not established "
                + "on these facts (each condition below says why).")
        Outcome(
            "not_engaged", when: notMet("ATTACK_FROM_FOREIGN_TERRITORY"),
            because: "Art. 51 is not engaged: the attack came from territory the defending State itself controls "
                + "(ICJ Wall AO (2004) para. 139), so the measures are judged under other rules.")
        Outcome(
            "unlawful",
            when: any(of: basis + ["NECESSITY", "PROPORTIONALITY"], .notMet) || met("SC_MEASURES_TERMINATE_RIGHT"),
            because: "A condition of self-defence fails, or the Council's measures have ended the right.")
        Outcome(
            "contested", when: any(of: basis, .contested),
            because: "The right of self-defence here depends on a point of law that States dispute.")
        Outcome(
            "unknown", when: any(of: basis, .unknown),
            because: "A fact on which the right of self-defence depends is unknown.")
        Outcome(
            "lawful", when: met("NECESSITY") && met("PROPORTIONALITY"),
            because: "An armed attack opened the right of self-defence and the response is necessary and proportionate."
        )
        Outcome(
            "lawful_basis_available", when: always,
            because: "The right of self-defence is open, but the necessity or proportionality of the response is "
                + "not established.")
    }
}
