import EntenteCore

enum ScAuthorisationModule {
    typealias F = ScAuthorisationFacts

    static let module = QuestionModule(
        question: .scAuthorisation, schema: F.schema, ruleSets: [ScAuthorisationRules.ruleSet],
        governingFact: F.date.id,
        firstDay: (charterInForce, "the UN Charter entered into force on 24 October 1945"),
        derive: { facts, _, day, _ throws(EntenteError) in
            let amended = day >= ScAuthorisationRules.amendment1965
            let size = amended ? 15 : 11
            let text = amended ? "Art. 23 as amended in force from 31 August 1965" : "Art. 23 before the 1965 amendment"
            if let given = facts[number: F.councilSize], Int(given) != size {
                throw EntenteError(
                    .invalidInput,
                    "facts.council_size: the Council had \(size) members on \(day.iso) (\(text)), found \(Int(given)).")
            }
            facts.derive(F.councilSize, Double(size))
            let counts = [F.votesFor, F.votesAgainst, F.votesAbstain, F.votesAbsent].compactMap { facts[number: $0] }
            let total = counts.reduce(0, +)
            if total > Double(size) {
                throw EntenteError(
                    .invalidInput,
                    "facts.votes: \(Int(total)) votes recorded, but the Council had \(size) members on \(day.iso) (\(text))."
                )
            }
            if !facts.isKnown(F.permanentNegativeVotes), let list = facts[states: F.permanentAgainst] {
                facts.derive(F.permanentNegativeVotes, Double(list.count))
            }
            if !facts.isKnown(F.authorisingLanguage), let words = facts[text: F.operativeLanguage] {
                let lower = words.lowercased()
                let authorises = lower.contains("all necessary means") || lower.contains("all necessary measures")
                facts.derive(F.authorisingLanguage, authorises ? 1 : 0)
            }
            if !facts.isKnown(F.hasConditions) {
                let has = facts[text: F.scopeLimits] != nil || facts.isKnown(F.conditionsSatisfied)
                facts.derive(F.hasConditions, has ? 1 : 0)
            }
        })
}
