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
            if !facts.isKnown(F.adopted), let symbol = facts[text: F.resolution],
                symbol.uppercased().hasPrefix("S/RES/"), symbol.contains(where: \.isNumber)
            {
                facts.derive(F.adopted, 1)
            }
            deriveFromWords(&facts)
            deriveConditions(&facts)
        })

    /// Reads the operative words and the recalled resolutions against the catalogue of the
    /// Council's own formulas; the facts the situation states always win.
    static func deriveFromWords(_ facts: inout FactTable) {
        let catalogue = CouncilLanguage.shipped
        if let words = facts[text: F.operativeLanguage], let formula = catalogue.formula(in: words) {
            if !facts.isKnown(F.authorisingLanguage) {
                facts.derive(F.authorisingLanguage, formula.kind == .notAuthorising ? 0 : 1)
                if facts[note: F.authorisingLanguage] == nil {
                    facts[note: F.authorisingLanguage] =
                        "The words match the Council's formula \"\(formula.quoted)\" (\(formula.resolution), "
                        + "\(formula.url)\(formula.checked ? "" : "; wording not yet checked against the official text"))."
                }
            }
            if !facts.isKnown(F.recommendation), formula.kind != .notAuthorising {
                facts.derive(F.recommendation, formula.kind == .recommendation ? 1 : 0)
            }
        }
        if !facts.isKnown(F.earlierDetermination), let recalled = facts[text: F.resolutionsRecalled] {
            // The gravest determination among the resolutions recalled.
            let order = ["threat_to_peace", "breach_of_peace", "act_of_aggression"]
            let found = recalled.split(separator: ",").compactMap { catalogue.determination(of: String($0)) }
            if let best = found.max(by: {
                (order.firstIndex(of: $0.determination) ?? -1) < (order.firstIndex(of: $1.determination) ?? -1)
            }), case .choice(let options) = F.schema[F.earlierDetermination.id].kind,
                let index = options.firstIndex(of: best.determination)
            {
                facts.derive(F.earlierDetermination, Double(index))
            }
        }
    }

    /// Conditions precedent (a deadline) against limits (an area, a task): only the former can
    /// leave an authorisation inoperative.
    static func deriveConditions(_ facts: inout FactTable) {
        if !facts.isKnown(F.conditionsSatisfied), let deadline = facts[day: F.deadline],
            let action = facts[day: F.actionDate]
        {
            if action <= deadline {
                facts.derive(F.conditionsSatisfied, 0)
            } else {
                switch facts[truth: F.targetComplied] {
                case .yes: facts.derive(F.conditionsSatisfied, 0)
                case .no: facts.derive(F.conditionsSatisfied, 1)
                case .unknown: break
                }
            }
        }
        if !facts.isKnown(F.hasConditions) {
            let has =
                facts[text: F.conditionsPrecedent] != nil || facts.isKnown(F.deadline)
                || facts.isKnown(F.conditionsSatisfied)
            facts.derive(F.hasConditions, has ? 1 : 0)
        }
        if !facts.isKnown(F.hasLimits) { facts.derive(F.hasLimits, facts[text: F.scopeLimits] != nil ? 1 : 0) }
    }
}
