import EntenteCore
import EntenteLaw

/// The legal engine's answers about one simulated armed attack, asked only when an attack happens.
///
/// The model gives the engine the facts a simulated attack has by construction (a State attacked,
/// an armed attack's gravity, necessity and proportionality of the response) and lets the rule sets
/// decide; a date outside the law encoded for a question makes the answer unknown (nil).
struct AttackLaw {
    let world: DefenseDiplomacyWorld
    let knowledge = SimulatedLawKnowledge()

    /// Whether the target may lawfully use force in individual self-defence (UN Charter Art. 51).
    func selfDefence(attacker: Int, target: Int, day: Day) -> Bool? {
        var facts = LawEngine.shared.newFacts(for: .selfDefence)
        setCommonFacts(&facts, attacker: attacker)
        facts[choice: SelfDefenceFacts.selfDefenceType] = "individual"
        facts[state: SelfDefenceFacts.actingState] = CowCode(world.cowCodes[target])
        return lawful(.selfDefence, facts, day)
    }

    /// Whether `ally` may lawfully use force in collective self-defence of the target, at its request.
    func collectiveDefence(ally: Int, attacker: Int, target: Int, day: Day) -> Bool? {
        var facts = LawEngine.shared.newFacts(for: .selfDefence)
        setCommonFacts(&facts, attacker: attacker)
        facts[choice: SelfDefenceFacts.selfDefenceType] = "collective"
        facts[state: SelfDefenceFacts.actingState] = CowCode(world.cowCodes[ally])
        facts[states: SelfDefenceFacts.beneficiaryStates] = [CowCode(world.cowCodes[target])]
        facts[truth: SelfDefenceFacts.victimDeclaredAttacked] = .yes
        facts[truth: SelfDefenceFacts.victimRequest] = .yes
        facts[choice: SelfDefenceFacts.victimRequestTiming] = "before"
        return lawful(.selfDefence, facts, day)
    }

    /// Whether the Security Council can authorise force against the attacker: a draft resolution
    /// that every member except the vetoing permanent members supports. A permanent member vetoes
    /// when it is the attacker or bound to it by a defense obligation, and is not so bound to the target.
    func councilCanAct(attacker: Int, target: Int, day: Day) -> Bool? {
        let n = world.n
        var vetoes: [CowCode] = []
        for state in 0..<n where world.isPermanentMember[state] && state != target {
            let withAttacker =
                state == attacker || world.defenseObligation[state * n + attacker]
                || world.defenseObligation[attacker * n + state]
            let withTarget = world.defenseObligation[state * n + target] || world.defenseObligation[target * n + state]
            if withAttacker && !withTarget { vetoes.append(CowCode(world.cowCodes[state])) }
        }
        var facts = LawEngine.shared.newFacts(for: .scAuthorisation)
        facts[day: ScAuthorisationFacts.date] = day
        facts[number: ScAuthorisationFacts.votesFor] = Double(15 - vetoes.count)
        facts[number: ScAuthorisationFacts.votesAgainst] = Double(vetoes.count)
        facts[number: ScAuthorisationFacts.votesAbstain] = 0
        facts[number: ScAuthorisationFacts.votesAbsent] = 0
        facts[states: ScAuthorisationFacts.permanentAgainst] = vetoes
        facts[states: ScAuthorisationFacts.permanentAbstaining] = []
        facts[truth: ScAuthorisationFacts.permanentAbsent] = .no
        facts[choice: ScAuthorisationFacts.determination] = "breach_of_peace"
        facts[truth: ScAuthorisationFacts.chapterVII] = .yes
        facts[truth: ScAuthorisationFacts.authorisingLanguage] = .yes
        facts[truth: ScAuthorisationFacts.proceduralMatter] = .no
        guard
            let assessment = try? LawEngine.shared.assess(
                .scAuthorisation, facts: facts, asOf: day, knowledge: knowledge, searchWouldChange: false)
        else { return nil }
        switch assessment.outcomeLabel {
        case "authorised": return true
        case "not_adopted_veto", "not_adopted_votes", "adopted_not_authorising": return false
        default: return nil
        }
    }

    private func setCommonFacts(_ facts: inout FactTable, attacker: Int) {
        facts[truth: SelfDefenceFacts.armedAttackOccurred] = .yes
        facts[choice: SelfDefenceFacts.attackGravity] = "armed_attack"
        facts[truth: SelfDefenceFacts.attackerIsState] = .yes
        facts[state: SelfDefenceFacts.targetState] = CowCode(world.cowCodes[attacker])
        facts[truth: SelfDefenceFacts.burdenOfProofMet] = .yes
        facts[truth: SelfDefenceFacts.necessity] = .yes
        facts[truth: SelfDefenceFacts.proportionality] = .yes
        facts[truth: SelfDefenceFacts.reportedToSC] = .yes
    }

    private func lawful(_ question: Question, _ facts: FactTable, _ day: Day) -> Bool? {
        guard
            let assessment = try? LawEngine.shared.assess(
                question, facts: facts, asOf: day, knowledge: knowledge, searchWouldChange: false)
        else { return nil }
        switch assessment.outcomeLabel {
        case "lawful", "lawful_basis_available": return true
        case "unlawful": return false
        default: return nil
        }
    }
}
