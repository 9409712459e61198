import EntenteCore

enum CollectiveDefenceModule {
    typealias F = CollectiveDefenceFacts

    /// Rule books, in this order.
    enum Book: Int {
        case nato5, nato4, anzus, rio, csto, atop
    }

    static let treatyNames = "NATO, ANZUS, Rio (or TIAR), CSTO, or ATOP:<atopid>"

    static let module = QuestionModule(
        question: .collectiveDefence, schema: F.schema,
        ruleSets: [
            CollectiveDefenceRules.nato5, CollectiveDefenceRules.nato4, CollectiveDefenceRules.anzus,
            CollectiveDefenceRules.rio, CollectiveDefenceRules.csto, CollectiveDefenceRules.atop,
        ],
        governingFact: F.attackDate.id,
        firstDay: (Situation.supportedDays.first, "the knowledge base starts in 1816"),
        select: { facts throws(EntenteError) in try book(facts).rawValue },
        bookFirstDay: { index in
            switch Book(rawValue: index)! {
            case .nato5, .nato4: (.of(1949, 8, 24), "the North Atlantic Treaty entered into force on 24 August 1949")
            case .anzus: (.of(1952, 4, 29), "the ANZUS Treaty entered into force on 29 April 1952")
            case .rio: (.of(1948, 12, 3), "the Rio Treaty entered into force on 3 December 1948")
            case .csto: (.of(1994, 4, 20), "the Collective Security Treaty entered into force on 20 April 1994")
            case .atop: nil
            }
        },
        derive: { facts, knowledge, day, index throws(EntenteError) in
            try derive(&facts, knowledge: knowledge, day: day, book: Book(rawValue: index)!)
        })

    static func book(_ facts: FactTable) throws(EntenteError) -> Book {
        guard let treaty = facts[text: F.treaty] else {
            throw EntenteError(.invalidInput, "facts.treaty: missing; expected \(treatyNames).")
        }
        // Fast path without string work for the common spellings.
        if facts[text: F.article] == nil {
            switch treaty {
            case "NATO": return .nato5
            case "ANZUS": return .anzus
            case "Rio": return .rio
            case "CSTO": return .csto
            default: break
            }
        }
        let key = treaty.uppercased()
        if key.hasPrefix("ATOP") {
            guard key == "ATOP" || atopID(treaty) != nil else {
                throw EntenteError(
                    .invalidInput, "facts.treaty: expected ATOP:<atopid> with a number, found \"\(treaty)\".")
            }
            return .atop
        }
        switch TreatyNames.book(treaty) {
        case .nato5, .nato4:
            let article = facts[text: F.article]?.uppercased().filter { !$0.isWhitespace }
            switch article {
            case nil, "5", "V", "ART.5", "6", "ART.6", "5-6", "5,6": return .nato5
            case "4", "IV", "ART.4": return .nato4
            default:
                throw EntenteError(
                    .invalidInput,
                    "facts.article: NATO articles assessed are 4 (consultation) and 5 (with Art. 6), "
                        + "found \"\(facts[text: F.article] ?? "")\".")
            }
        case let book?: return book
        case nil:
            let close = TreatyNames.suggestions(treaty)
            let hint = close.isEmpty ? "" : " Did you mean " + close.map { "\"\($0)\"" }.joined(separator: " or ") + "?"
            throw EntenteError(
                .invalidInput, "facts.treaty: unknown treaty \"\(treaty)\"; expected \(treatyNames).\(hint)")
        }
    }

    static func atopID(_ treaty: String) -> Int? {
        guard let colon = treaty.firstIndex(of: ":") else { return nil }
        return Int(treaty[treaty.index(after: colon)...].filter { !$0.isWhitespace })
    }

    static func organisation(_ book: Book) -> String {
        switch book {
        case .nato5, .nato4: "NATO"
        case .anzus: "ANZUS"
        case .rio: "Rio"
        case .csto: "CSTO"
        case .atop: "ATOP"
        }
    }

    static func derive(_ facts: inout FactTable, knowledge: any LawKnowledge, day: Day, book: Book) throws(EntenteError)
    {
        // Geography: north of the Tropic of Cancer from the latitude.
        if !facts.isKnown(F.northOfTropic), let lat = facts[number: F.lat] {
            facts.deriveFixed(F.northOfTropic, lat > CollectiveDefenceRules.tropicOfCancer ? 1 : 0)
        }
        // The treaty-area flags from the coordinates and the attacked Party.
        try CollectiveDefenceGeography.derive(&facts, knowledge: knowledge, day: day)
        // The attacker: a State when the knowledge base resolves the reference.
        if !facts.isKnown(F.attackerState), let name = facts[text: F.attacker],
            let code = try? knowledge.resolveState(name, on: day)
        {
            facts.derive(F.attackerState, Double(code.rawValue))
        }
        if !facts.isKnown(F.attackerIsState), facts.isKnown(F.attackerState) {
            facts.derive(F.attackerIsState, 1)
        }
        var organisation = organisation(book)
        if book == .atop {
            let pact = try atopPact(facts, knowledge: knowledge, day: day)
            organisation = pact.organisationKey
            if !facts.isKnown(F.pactLocationLimited) {
                facts.derive(F.pactLocationLimited, encode(pact.locationLimited))
            }
            let limited: Truth = pact.specificAttackers.isEmpty ? pact.nonMemberAttackerOnly : .yes
            if !facts.isKnown(F.pactAttackerLimited) { facts.derive(F.pactAttackerLimited, encode(limited)) }
            if !facts.isKnown(F.attackerExternal), let attacker = facts[state: F.attackerState] {
                facts.derive(F.attackerExternal, encode(!knowledge.membership(of: attacker, in: organisation, on: day)))
            }
            if !facts.isKnown(F.attackerConditionMet) {
                var condition = Truth.yes
                if !pact.specificAttackers.isEmpty {
                    condition =
                        facts[state: F.attackerState].map { pact.specificAttackers.contains($0) ? .yes : .no }
                        ?? .unknown
                }
                if pact.nonMemberAttackerOnly != .no {
                    let external = facts[truth: F.attackerExternal]
                    condition = condition && (pact.nonMemberAttackerOnly == .yes ? external : (external || .unknown))
                }
                facts.derive(F.attackerConditionMet, encode(condition))
            }
        } else if !facts.isKnown(F.attackerExternal), let attacker = facts[state: F.attackerState] {
            facts.derive(F.attackerExternal, encode(!knowledge.membership(of: attacker, in: organisation, on: day)))
        }
        // Membership on the day, unless the situation states it.
        if !facts.isKnown(F.partyMemberOnDate) {
            let state =
                book == .nato4
                ? (facts[state: F.invokingState] ?? facts[state: F.attackedParty])
                : facts[state: F.attackedParty]
            if let state {
                facts.derive(F.partyMemberOnDate, encode(knowledge.membership(of: state, in: organisation, on: day)))
            }
        }
        // The assisting State's own party status (not for NATO Art. 4, where it is the requester).
        if book != .nato4, book != .atop, !facts.isKnown(F.invokingPartyMemberOnDate),
            let invoking = facts[state: F.invokingState]
        {
            let member = knowledge.membership(of: invoking, in: organisation, on: day)
            if member != .unknown { facts.derive(F.invokingPartyMemberOnDate, encode(member)) }
        }
        if !facts.isKnown(F.obligationSuspended), let invoking = facts[state: F.invokingState],
            let attacked = facts[state: F.attackedParty]
        {
            facts.derive(
                F.obligationSuspended,
                encode(knowledge.obligationSuspended(of: invoking, towards: attacked, in: organisation, on: day)))
        }
    }

    static func atopPact(_ facts: FactTable, knowledge: any LawKnowledge, day: Day) throws(EntenteError) -> DefensePact
    {
        let treaty = facts[text: F.treaty] ?? "ATOP"
        if let id = atopID(treaty) {
            guard let pact = knowledge.defensePact(atopID: id, on: day) else {
                throw EntenteError(
                    .unknownOrganisation,
                    "facts.treaty: the knowledge base has no ATOP defense pact \(id) in force on \(day.iso).")
            }
            return pact
        }
        guard let a = facts[state: F.attackedParty], let b = facts[state: F.invokingState] else {
            throw EntenteError(
                .invalidInput,
                "facts.treaty: ATOP without an id needs attacked_party and invoking_state to find the pact.")
        }
        guard let pact = knowledge.defensePacts(between: a, and: b, on: day).min(by: { $0.atopID < $1.atopID }) else {
            throw EntenteError(
                .unknownOrganisation,
                "facts.treaty: the knowledge base has no ATOP defense pact between COW \(a.rawValue) and COW \(b.rawValue) on \(day.iso)."
            )
        }
        return pact
    }
}

/// Encodes a truth as a fact value.
func encode(_ truth: Truth) -> Double {
    switch truth {
    case .yes: 1
    case .no: 0
    case .unknown: .nan
    }
}
