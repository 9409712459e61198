import EntenteCore
import EntenteLaw
import Testing

/// A knowledge base for `dispute_settlement` tests: a few States by ISO code and TAC parties.
/// Test data only (two TAC parties from 1976), never the curated tables themselves.
private struct SettlementKnowledge: LawKnowledge {
    static let states = [
        "AUS": 900, "DOM": 42, "IND": 750, "PAK": 770, "LUX": 212, "GUY": 110, "SUR": 115, "KHM": 811,
        "THA": 800, "FRA": 220, "USA": 2,
    ]

    func resolveState(_ reference: String) throws(EntenteError) -> CowCode {
        guard let code = Self.states[reference] else {
            throw EntenteError(.unknownState, "the State \"\(reference)\" is not known.")
        }
        return CowCode(code)
    }

    func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth {
        guard organisation == "TAC" else { return .unknown }
        return [811, 800].contains(state.rawValue) ? .yes : .no
    }
}

private let settlementKnowledge = SettlementKnowledge()

private func settle(_ asOf: String, _ facts: String) throws -> Assessment {
    let indented = facts.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    let text = "question: dispute_settlement\nas_of: \(asOf)\nfacts:\n\(indented)\n"
    let situation = try Situation.parse(text, file: "test.yaml", knowledge: settlementKnowledge)
    return try LawEngine.shared.assess(situation, knowledge: settlementKnowledge)
}

struct DisputeSettlementRulesTests {
    /// ICJ Statute Art. 36(2): two declarations, no reservation that applies — either may seise the Court.
    @Test func optionalClauseConnectsTwoDeclarants() throws {
        let a = try settle(
            "2010-01-01",
            "applicant: DOM\nrespondent: AUS\ndispute_subject: other\nother_method_agreed: false\n"
                + "compromissory_clause: false")
        #expect(a["OPTIONAL_CLAUSE"] == .met)
        #expect(a.outcomeLabel == "binding_route_open")
        let id = try #require(a.facts.schema.id(named: "icj_declaration_respondent"))
        #expect(!a.facts.wasGiven(id) && a.facts[truth: id] == .yes, "derived from the curated table")
        #expect(a.facts[note: id]?.contains("2002-03-22") == true, "the note names the deposit")
    }

    /// Art. 36(2) reciprocity: Australia's maritime-delimitation reservation (b) also shields the
    /// Dominican Republic when Australia is the applicant.
    @Test func reservationAppliesReciprocally() throws {
        let a = try settle(
            "2010-01-01",
            "applicant: AUS\nrespondent: DOM\ndispute_subject: maritime_delimitation\n"
                + "compromissory_clause: false\nunclos_party_applicant: false")
        #expect(a["OPTIONAL_CLAUSE"] == .notMet)
        #expect(a.outcomeLabel == "no_compulsory_route")
    }

    /// Australia's reservation (c): an acceptance deposited less than 12 months before the application.
    @Test func twelveMonthReservation() throws {
        let early = try settle(
            "2020-01-01", "applicant: IND\nrespondent: AUS\ndispute_subject: other\nboth_commonwealth_members: false")
        #expect(early["OPTIONAL_CLAUSE"] == .notMet, "India's 2019 declaration is under 12 months old")
        let later = try settle(
            "2021-01-01", "applicant: IND\nrespondent: AUS\ndispute_subject: other\nboth_commonwealth_members: false")
        #expect(later["OPTIONAL_CLAUSE"] == .unknown, "other reservations may still apply on facts not given")
    }

    /// Aerial Incident of 10 August 1999 (Pakistan v India), 2000: India's Commonwealth reservation.
    @Test func commonwealthReservation() throws {
        let a = try settle(
            "1999-08-10",
            "applicant: PAK\nrespondent: IND\ndispute_subject: other\nboth_commonwealth_members: true\n"
                + "compromissory_clause: false")
        #expect(a["OPTIONAL_CLAUSE"] == .notMet)
        #expect(a.outcomeLabel == "no_compulsory_route")
    }

    /// A day before a curated deposit stays unknown: an earlier declaration may have existed.
    @Test func beforeTheCuratedDepositIsUnknown() throws {
        let a = try settle("2001-01-01", "applicant: DOM\nrespondent: AUS\ndispute_subject: other")
        #expect(a.facts[truth: try #require(a.facts.schema.id(named: "icj_declaration_respondent"))] == .unknown)
        #expect(a["OPTIONAL_CLAUSE"] == .unknown)
    }

    /// A declaration the UN Treaty Collection shows as ended is not in force on the list day.
    @Test func endedDeclarationIsNotInForce() throws {
        let a = try settle("2024-01-01", "applicant: FRA\nrespondent: AUS\ndispute_subject: other")
        #expect(a.facts[truth: try #require(a.facts.schema.id(named: "icj_declaration_applicant"))] == .no)
        #expect(a["OPTIONAL_CLAUSE"] == .notMet)
    }

    /// UNCLOS Arts. 287, 308: Part XV opens once the Convention is in force for both.
    @Test func unclosPartXV() throws {
        let before = try settle(
            "1998-07-20", "applicant: GUY\nrespondent: SUR\ndispute_subject: maritime_delimitation")
        #expect(before["UNCLOS_PART_XV"] == .notMet, "in force for Suriname only 30 days after deposit (Art. 308(2))")
        let after = try settle("2004-03-01", "applicant: GUY\nrespondent: SUR\ndispute_subject: maritime_delimitation")
        #expect(after["UNCLOS_PART_XV"] == .met)
        #expect(after["ART298_EXCEPTION"] == .unknown, "the State relying on Art. 298 must show its declaration")
        #expect(after.outcomeLabel == "binding_route_open")
        let excluded = try settle(
            "2004-03-01",
            "applicant: GUY\nrespondent: SUR\ndispute_subject: maritime_delimitation\n"
                + "art298_declaration_excludes: true\ncompromissory_clause: false\nicj_declaration_applicant: false")
        #expect(excluded["ART298_EXCEPTION"] == .met)
        #expect(excluded.outcomeLabel == "no_compulsory_route")
    }

    /// TAC Arts. 14–16: the High Council is open to two parties, but it only recommends.
    @Test func tacHighCouncil() throws {
        let a = try settle(
            "2010-01-01",
            "applicant: KHM\nrespondent: THA\ndispute_subject: territorial_sovereignty\n"
                + "icj_declaration_respondent: false\ncompromissory_clause: false")
        #expect(a["TAC_HIGH_COUNCIL"] == .met)
        #expect(a.outcomeLabel == "only_non_binding_route")
    }

    /// A fact the situation states wins over the curated table.
    @Test func statedFactOverridesTheTable() throws {
        let a = try settle(
            "2010-01-01", "applicant: DOM\nrespondent: AUS\ndispute_subject: other\nicj_declaration_respondent: false")
        let id = try #require(a.facts.schema.id(named: "icj_declaration_respondent"))
        #expect(a.facts.wasGiven(id) && a.facts[truth: id] == .no)
        #expect(a["OPTIONAL_CLAUSE"] == .notMet)
    }
}
