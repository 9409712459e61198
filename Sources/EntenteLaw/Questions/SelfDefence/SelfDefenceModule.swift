import EntenteCore

enum SelfDefenceModule {
    typealias F = SelfDefenceFacts

    static let module = QuestionModule(
        question: .selfDefence, schema: F.schema, ruleSets: [SelfDefenceRules.ruleSet],
        firstDay: (charterInForce, "the rules encode the UN Charter, in force from 24 October 1945"),
        derive: { facts, _, _, _ in derive(&facts) })

    /// Fills what the situation's own facts already decide; a value the situation states always wins.
    static func derive(_ facts: inout FactTable) {
        // A list of beneficiaries means collective self-defence on behalf of States.
        if let list = facts[states: F.beneficiaryStates], !list.isEmpty {
            if !facts.isKnown(F.beneficiaryIsState) { facts.derive(F.beneficiaryIsState, 1) }
            if !facts.isKnown(F.selfDefenceType) { facts.derive(F.selfDefenceType, 1) }
        }
        // Imputability (ICJ Oil Platforms (2003) §§51, 61): the attacking State is the target or not.
        if !facts.isKnown(F.attackImputableToTarget), let attacker = facts[state: F.attackingState],
            let target = facts[state: F.targetState]
        {
            facts.derive(F.attackImputableToTarget, attacker == target ? 1 : 0)
        }
        // The burden of proof (ICJ Oil Platforms (2003) §§57, 61) is the defending State's: when the
        // situation establishes the attack and its author, the burden is discharged; when it shows the
        // attack was not the target State's, or not aimed at the defender, it is not.
        if !facts.isKnown(F.burdenOfProofMet) {
            if facts[truth: F.attackImputableToTarget] == .no || facts[truth: F.attackAimedAtDefender] == .no {
                facts.derive(F.burdenOfProofMet, 0)
            } else if facts[truth: F.armedAttackOccurred] == .yes,
                facts[truth: F.attackerIsState] == .yes || facts[truth: F.attributionToState] == .yes
            {
                facts.derive(F.burdenOfProofMet, 1)
            }
        }
    }
}
