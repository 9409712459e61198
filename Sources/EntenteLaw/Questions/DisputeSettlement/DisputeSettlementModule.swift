import EntenteCore

/// Fills the facts of `dispute_settlement` from the curated tables and the knowledge base; a fact
/// the situation states is never replaced, and every derived value carries a note saying where it
/// came from.
enum DisputeSettlementModule {
    typealias F = DisputeSettlementFacts
    typealias Data = DisputeSettlementData

    static let module = QuestionModule(
        question: .disputeSettlement, schema: F.schema, ruleSets: [DisputeSettlementRules.ruleSet],
        firstDay: (charterInForce, "the UN Charter and the ICJ Statute entered into force on 24 October 1945"),
        derive: { facts, knowledge, day, _ in derive(&facts, knowledge: knowledge, day: day) })

    static func derive(_ facts: inout FactTable, knowledge: any LawKnowledge, day: Day) {
        let parties = [facts[state: F.applicant], facts[state: F.respondent]]
        let declarationFacts = [F.declarationApplicant, F.declarationRespondent]
        var found: [Data.Declaration?] = [nil, nil]
        for (index, state) in parties.enumerated() {
            guard let state else { continue }
            let answer = declaration(of: state, on: day, knowledge: knowledge)
            found[index] = answer.row
            if !facts.isKnown(declarationFacts[index]) {
                facts.derive(declarationFacts[index], encode(answer.truth))
                facts[note: declarationFacts[index]] = "Derived: \(answer.reason)"
            }
        }
        if let a = parties[0], let b = parties[1] {
            if !facts.isKnown(F.bothCommonwealth) {
                let both =
                    knowledge.membership(of: a, in: "Commonwealth", on: day)
                    && knowledge.membership(of: b, in: "Commonwealth", on: day)
                if both != .unknown { facts.derive(F.bothCommonwealth, encode(both)) }
            }
            derivePartyFact(&facts, F.tacApplicant, state: a, key: "TAC", day: day, knowledge: knowledge)
            derivePartyFact(&facts, F.tacRespondent, state: b, key: "TAC", day: day, knowledge: knowledge)
        }
        for (index, id) in [F.unclosApplicant, F.unclosRespondent].enumerated() {
            guard !facts.isKnown(id), let state = parties[index] else { continue }
            if let party = Data.unclosParties.first(where: { (try? knowledge.resolveState($0.iso3)) == state }) {
                facts.derive(id, party.inForce <= day ? 1 : 0)
                facts[note: id] =
                    "Derived: instrument deposited \(party.deposited.iso), in force for it from \(party.inForce.iso) "
                    + "(Art. 308); source \(party.source), accessed 2026-11-28."
            }
        }
        if !facts.isKnown(F.reservations), facts[truth: F.declarationApplicant] == .yes,
            facts[truth: F.declarationRespondent] == .yes
        {
            let verdict = reservations(found, facts: facts, day: day)
            if let value = verdict.value { facts.derive(F.reservations, Double(value)) }
            facts[note: F.reservations] = "Derived: " + verdict.reason
        }
    }

    static func derivePartyFact(
        _ facts: inout FactTable, _ id: Fact, state: CowCode, key: String, day: Day, knowledge: any LawKnowledge
    ) {
        guard !facts.isKnown(id) else { return }
        let truth = knowledge.membership(of: state, in: key, on: day)
        if truth != .unknown {
            facts.derive(id, encode(truth))
            facts[note: id] = "Derived from the knowledge base (\(key) parties on \(day.iso))."
        }
    }

    /// Whether `state` had a declaration in force on `day`, with the row and a sentence of reasons.
    static func declaration(of state: CowCode, on day: Day, knowledge: any LawKnowledge) -> (
        truth: Truth, row: Data.Declaration?, reason: String
    ) {
        let rows = Data.declarations.filter { (try? knowledge.resolveState($0.iso3)) == state }
        if let row = rows.first(where: { row in
            guard row.status != .ended, let from = row.deposited, from <= day else { return false }
            return row.until.map { day < $0 } ?? true
        }) {
            return (
                .yes, row, "declaration deposited \(row.deposited!.iso) (source \(row.source), accessed 2026-11-28)."
            )
        }
        if let row = rows.first(where: { $0.status == .inList && $0.deposited == nil }), day >= Data.listDay {
            return (
                .yes, row,
                "listed among the declarations in force (\(row.source), accessed 2026-11-28); the ICJ's list is "
                    + "stated as of \(Data.listDay.iso), the deposit date is not curated."
            )
        }
        if let row = rows.first(where: { $0.status == .ended }), day >= Data.listDay {
            return (
                .no, nil, "the UN Treaty Collection shows its declaration as terminated or expired (\(row.source))."
            )
        }
        if rows.isEmpty {
            return (
                .unknown, nil,
                "not among the 73 declarants curated (the ICJ counts 74), and earlier declarations are not "
                    + "curated; state the fact."
            )
        }
        return (
            .unknown, nil,
            "no curated declaration covers \(day.iso); an earlier declaration may have existed — state the fact."
        )
    }

    /// Reservations of both declarations, applied reciprocally: the index of the choice (0
    /// `none_applies`, 1 `excludes`) or `nil` when a reservation may apply on facts not given.
    static func reservations(_ rows: [Data.Declaration?], facts: FactTable, day: Day) -> (value: Int?, reason: String) {
        var excludes: [String] = []
        var open: [String] = []
        let subject = facts[choice: F.disputeSubject]
        for (index, row) in rows.enumerated() {
            guard let row else {
                open.append("the text of a declaration stated in the situation is not curated")
                continue
            }
            let other = rows[1 - index]
            func check(_ truth: Truth, _ text: String) {
                switch truth {
                case .yes: excludes.append(text)
                case .unknown: open.append(text)
                case .no: break
                }
            }
            func subjectIs(_ label: String) -> Truth { subject.map { $0 == label ? .yes : .no } ?? .unknown }
            for tag in row.reservations {
                let who = "\(row.state)'s"
                switch tag {
                case .maritimeDelimitation:
                    check(subjectIs("maritime_delimitation"), "\(who) reservation of maritime delimitation")
                case .maritimeResources:
                    check(subjectIs("fisheries_living_resources"), "\(who) reservation of marine living resources")
                case .hostilitiesSelfDefence:
                    check(
                        subjectIs("armed_conflict_use_of_force"), "\(who) reservation of hostilities and self-defence")
                case .commonwealth:
                    check(facts[truth: F.bothCommonwealth], "\(who) reservation of disputes with Commonwealth members")
                case .otherMethod:
                    check(
                        facts[truth: F.otherMethodAgreed],
                        "\(who) reservation of disputes for which another method is agreed")
                case .multilateralTreaty:
                    let under = facts[truth: F.underMultilateralTreaty]
                    check(under == .no ? .no : .unknown, "\(who) multilateral-treaty reservation")
                case .adHocOrTwelveMonths:
                    let recent: Truth = other?.deposited.map { $0.adding(days: 365) > day ? .yes : .no } ?? .unknown
                    check(
                        recent, "\(who) reservation of acceptances deposited less than 12 months before the application"
                    )
                case .afterDate:
                    let before: Truth =
                        facts[day: F.disputeArose].flatMap { arose in row.deposited.map { arose < $0 ? .yes : .no } }
                        ?? .unknown
                    check(before, "\(who) limitation to disputes arising after the declaration")
                }
            }
            if !row.reservationsComplete { open.append("\(row.state)'s declaration is not fully curated") }
        }
        if !excludes.isEmpty {
            return (1, "excluded by " + excludes.joined(separator: "; ") + " (reservations apply reciprocally).")
        }
        if !open.isEmpty { return (nil, "may be excluded by " + open.joined(separator: "; ") + ".") }
        return (0, "no reservation of either declaration applies to the facts given.")
    }
}
