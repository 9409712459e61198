import EntenteCore

enum SelfDefenceModule {
    typealias F = SelfDefenceFacts

    static let module = QuestionModule(
        question: .selfDefence, schema: F.schema, ruleSets: [SelfDefenceRules.ruleSet],
        firstDay: (charterInForce, "the rules encode the UN Charter, in force from 24 October 1945"),
        derive: { facts, _, _, _ in
            // A list of beneficiaries means collective self-defence on behalf of States.
            if let list = facts[states: F.beneficiaryStates], !list.isEmpty {
                if !facts.isKnown(F.beneficiaryIsState) { facts.derive(F.beneficiaryIsState, 1) }
                if !facts.isKnown(F.selfDefenceType) { facts.derive(F.selfDefenceType, 1) }
            }
        })
}
