import EntenteCore
import EntenteLaw
import Testing

/// Rules of `collective_defence`, including the dated texts of NATO Art. 6.
struct CollectiveDefenceRulesTests {
    static let natoAttack = """
        treaty: NATO
        attacked_party: BEL
        attacker_is_state: true
        armed_attack_occurred: true
        target_type: territory
        location: {in_europe: true, in_north_america: false, turkey_territory: false, island: false, algerian_departments: false}
        """

    static let cases: [(String, String, String, [String: ConditionStatus], String)] = [
        (
            "ASSISTING_PARTY from the knowledge base: Finland was not yet a party in 2020 (VCLT Art. 34)",
            "2020-01-01", natoAttack + "\ninvoking_state: FIN", ["ASSISTING_PARTY": .notMet], "triggered"
        ),
        (
            "ASSISTING_PARTY met: Poland a party in 2020 (North Atlantic Treaty Art. 5)", "2020-01-01",
            natoAttack + "\ninvoking_state: POL", ["ASSISTING_PARTY": .met], "triggered"
        ),
        (
            "NATO triggered, membership from the knowledge base", "2000-01-01", natoAttack,
            [
                "MEMBERSHIP": .met, "ARMED_ATTACK": .met, "ATTACK_CONDITION": .notApplicable, "TREATY_AREA": .met,
                "REQUEST": .unknown, "ORGAN_DECISION": .unknown,
            ], "triggered"
        ),
        (
            "MEMBERSHIP not met before accession (Finland 2020)", "2020-01-01",
            natoAttack.replacing("attacked_party: BEL", with: "attacked_party: FIN"), ["MEMBERSHIP": .notMet],
            "not_triggered"
        ),
        (
            "MEMBERSHIP met after accession (Finland 2023-04-04)", "2023-04-04",
            natoAttack.replacing("attacked_party: BEL", with: "attacked_party: FIN"), ["MEMBERSHIP": .met], "triggered"
        ),
        (
            "party_member_on_date overrides the knowledge base", "2020-01-01",
            natoAttack.replacing("attacked_party: BEL", with: "attacked_party: FIN") + "\nparty_member_on_date: true",
            ["MEMBERSHIP": .met], "triggered"
        ),
        (
            "MEMBERSHIP unknown when the data does not know the State", "2020-01-01",
            natoAttack.replacing("attacked_party: BEL", with: "attacked_party: KWT"), ["MEMBERSHIP": .notMet],
            "not_triggered"
        ),
        (
            "ARMED_ATTACK not met", "2000-01-01",
            natoAttack.replacing("armed_attack_occurred: true", with: "armed_attack_occurred: false"),
            ["ARMED_ATTACK": .notMet], "not_triggered"
        ),
        (
            "TREATY_AREA 1962 text: Türkiye covered", "2000-01-01",
            natoAttack.replacing("attacked_party: BEL", with: "attacked_party: TUR")
                .replacing("in_europe: true", with: "in_europe: false").replacing(
                    "turkey_territory: false", with: "turkey_territory: true"),
            ["TREATY_AREA": .met], "triggered"
        ),
        (
            "TREATY_AREA 1962 text: Algerian Departments no longer covered", "1963-01-01",
            natoAttack.replacing("attacked_party: BEL", with: "attacked_party: FRA")
                .replacing("in_europe: true", with: "in_europe: false").replacing(
                    "algerian_departments: false", with: "algerian_departments: true"),
            ["TREATY_AREA": .notMet], "out_of_scope"
        ),
        (
            "TREATY_AREA 1951 text: Algerian Departments covered", "1955-01-01",
            natoAttack.replacing("attacked_party: BEL", with: "attacked_party: FRA")
                .replacing("in_europe: true", with: "in_europe: false").replacing(
                    "algerian_departments: false", with: "algerian_departments: true"),
            ["TREATY_AREA": .met], "triggered"
        ),
        (
            "TREATY_AREA 1949 text: Türkiye not yet covered (and not yet a Party)", "1950-06-01",
            natoAttack.replacing("in_europe: true", with: "in_europe: false").replacing(
                "turkey_territory: false", with: "turkey_territory: true")
                + "\nparty_member_on_date: true",
            ["TREATY_AREA": .notMet], "out_of_scope"
        ),
        (
            "TREATY_AREA: North Atlantic island north of the Tropic, from latitude", "2000-01-01",
            natoAttack.replacing("in_europe: true", with: "in_europe: false")
                .replacing("island: false", with: "island: true, north_atlantic: true, lat: 32.3"),
            ["TREATY_AREA": .met], "triggered"
        ),
        (
            "TREATY_AREA: island south of the Tropic is outside", "2000-01-01",
            natoAttack.replacing("in_europe: true", with: "in_europe: false")
                .replacing("island: false", with: "island: true, north_atlantic: true, lat: 18.2"),
            ["TREATY_AREA": .notMet], "out_of_scope"
        ),
        (
            "TREATY_AREA: vessels in the Mediterranean (1951 text onwards)", "2000-01-01",
            natoAttack.replacing("target_type: territory", with: "target_type: vessels")
                .replacing("in_europe: true", with: "in_europe: false, mediterranean: true"),
            ["TREATY_AREA": .met], "triggered"
        ),
        (
            "TREATY_AREA unknown without location flags", "2000-01-01",
            "treaty: NATO\nattacked_party: BEL\narmed_attack_occurred: true\ntarget_type: territory",
            ["TREATY_AREA": .unknown], "unknown"
        ),
        (
            "NATO Art. 4: request and consultation", "2012-06-26",
            "treaty: NATO\narticle: 4\ninvoking_state: TUR\nconsultation_requested: true\nconsultation_held: true",
            ["MEMBERSHIP": .met, "ART4_REQUEST": .met, "CONSULTATION": .met], "consultation_held"
        ),
        (
            "NATO Art. 4: request, consultation pending", "2012-06-23",
            "treaty: NATO\narticle: 4\ninvoking_state: TUR\nrequest_by_attacked_party: true",
            ["ART4_REQUEST": .met, "CONSULTATION": .unknown], "triggered"
        ),
        (
            "NATO Art. 4: no request", "2012-06-23",
            "treaty: NATO\narticle: 4\ninvoking_state: TUR\nconsultation_requested: false",
            ["ART4_REQUEST": .notMet], "not_triggered"
        ),
        (
            "ANZUS: metropolitan territory is covered wherever it is", "1980-01-01",
            "treaty: ANZUS\nattacked_party: AUS\ninvoking_state: USA\narmed_attack_occurred: true\ntarget_type: territory\nlocation: {metropolitan_territory: true}",
            [
                "MEMBERSHIP": .met, "OBLIGATION_SUSPENDED": .notMet, "TREATY_AREA": .met,
                "ATTACK_CONDITION": .notApplicable,
            ],
            "triggered"
        ),
        (
            "ANZUS: forces outside the Pacific are out of scope", "1980-01-01",
            "treaty: ANZUS\nattacked_party: AUS\narmed_attack_occurred: true\ntarget_type: forces\nlocation: {in_pacific: false}",
            ["TREATY_AREA": .notMet], "out_of_scope"
        ),
        (
            "ANZUS exception: suspended obligation", "1990-01-01",
            "treaty: ANZUS\nattacked_party: NZL\ninvoking_state: USA\narmed_attack_occurred: true\ntarget_type: territory\nlocation: {metropolitan_territory: true}",
            ["OBLIGATION_SUSPENDED": .met, "MEMBERSHIP": .met], "not_triggered"
        ),
        (
            "Rio: armed attack by a State, with request", "1990-01-01",
            "treaty: Rio\nattacked_party: BRA\narmed_attack_occurred: true\nattacker_is_state: true\nlocation: {american_region: true}\nrequest_by_attacked_party: true",
            [
                "MEMBERSHIP": .met, "ATTACK_CONDITION": .met, "TREATY_AREA": .met, "REQUEST": .met,
                "ORGAN_DECISION": .unknown,
            ],
            "triggered"
        ),
        (
            "Rio: not by a State, Art. 6 instead", "1990-01-01",
            "treaty: TIAR\nattacked_party: BRA\narmed_attack_occurred: true\nattacker_is_state: false\nlocation: {american_region: true}\nrequest_by_attacked_party: true",
            ["ATTACK_CONDITION": .notMet], "not_triggered"
        ),
        (
            "Rio: outside the region", "1990-01-01",
            "treaty: Rio\nattacked_party: BRA\narmed_attack_occurred: true\nattacker_is_state: true\nlocation: {american_region: false}\nrequest_by_attacked_party: true",
            ["TREATY_AREA": .notMet], "out_of_scope"
        ),
        (
            "CSTO: request without a Council decision", "2010-01-01",
            "treaty: CSTO\nattacked_party: KAZ\narmed_attack_occurred: true\nrequest_by_attacked_party: true\norgan_decision: false",
            ["MEMBERSHIP": .met, "REQUEST": .met, "ORGAN_DECISION": .notMet], "not_triggered"
        ),
        (
            "CSTO: request and consensus decision", "2010-01-01",
            "treaty: CSTO\nattacked_party: KAZ\narmed_attack_occurred: true\nrequest_by_attacked_party: true\norgan_decision: true",
            ["ORGAN_DECISION": .met], "triggered"
        ),
        (
            "ATOP pact with a location condition, inside", "2000-01-01",
            "treaty: ATOP:9999\nattacked_party: JPN\narmed_attack_occurred: true\nlocation: {in_treaty_area: true}",
            ["MEMBERSHIP": .met, "ATTACK_CONDITION": .notApplicable, "TREATY_AREA": .met], "triggered"
        ),
        (
            "ATOP pact found between two States, outside its area", "2000-01-01",
            "treaty: ATOP\nattacked_party: JPN\ninvoking_state: USA\narmed_attack_occurred: true\nlocation: {in_treaty_area: false}",
            ["TREATY_AREA": .notMet], "out_of_scope"
        ),
    ]

    @Test(arguments: cases)
    func rule(_ name: String, _ asOf: String, _ facts: String, _ statuses: [String: ConditionStatus], _ outcome: String)
        throws
    {
        let a = try assess(.collectiveDefence, asOf: asOf, facts)
        for (code, status) in statuses {
            #expect(a[code] == status, "\(name): \(code)")
        }
        #expect(a.outcomeLabel == outcome, "\(name): outcome")
    }

    @Test func everyConditionOfEveryTreatyIsCovered() {
        let covered = Set(Self.cases.flatMap { $0.3.keys })
        for book in LawEngine.shared.ruleBooks(for: .collectiveDefence) {
            let declared = Set(book.ruleSet.conditions.map(\.code))
            #expect(
                declared.subtracting(covered).isEmpty, "\(book.ruleSet.key) untested: \(declared.subtracting(covered))")
        }
    }

    @Test func natoArticle6HasThreeDatedTexts() throws {
        let book = try #require(
            LawEngine.shared.ruleBooks(for: .collectiveDefence).first { $0.ruleSet.key == "collective_defence/NATO/5" })
        let provisions = [
            ("1950-01-01", "1949 text"), ("1960-01-01", "Protocol"), ("1963-01-01", "inapplicable from 3 July 1962"),
        ]
        for (day, marker) in provisions {
            let variant = book.variant(on: Day(iso: day)!)
            let area = try #require(variant.conditions.first { $0.code == "TREATY_AREA" })
            #expect(area.provision.contains(marker), "\(day)")
        }
        #expect(
            book.variant(on: Day(iso: "1962-07-02")!).conditions.first { $0.code == "TREATY_AREA" }!.provision.contains(
                "Protocol"))
        #expect(
            book.variant(on: Day(iso: "1962-07-03")!).conditions.first { $0.code == "TREATY_AREA" }!.provision.contains(
                "1962"))
    }

    @Test func derivedFactsComeFromTheKnowledgeBase() throws {
        let a = try assess(.collectiveDefence, asOf: "2000-01-01", Self.natoAttack + "\nattacker: CAN")
        #expect(a.facts[state: CollectiveDefenceFacts.attackerState] == CowCode(20))
        #expect(a.facts[truth: CollectiveDefenceFacts.attackerExternal] == .no, "Canada is a Party")
        #expect(!a.facts.wasGiven(CollectiveDefenceFacts.partyMemberOnDate))
        let report = AssessmentReport(a)
        #expect(report.fact(named: "party_member_on_date")?.source == .derived)
    }

    @Test func unknownAtopPactIsAnError() throws {
        let error = try #require(
            situationError("question: collective_defence\nas_of: 2000-01-01\nfacts:\n  treaty: ATOP:1\n"))
        #expect(error.code == .unknownOrganisation)
        #expect(error.message == "facts.treaty: the knowledge base has no ATOP defense pact 1 in force on 2000-01-01.")
    }

    @Test func attackDateGovernsOverAsOf() throws {
        let facts = Self.natoAttack.replacing("attacked_party: BEL", with: "attacked_party: FRA")
            .replacing("in_europe: true", with: "in_europe: false").replacing(
                "algerian_departments: false", with: "algerian_departments: true")
        let a = try assess(.collectiveDefence, asOf: "1970-01-01", facts + "\nattack_date: 1958-05-01")
        #expect(a.governingDay == Day(iso: "1958-05-01"))
        #expect(a["TREATY_AREA"] == .met)
    }
}
