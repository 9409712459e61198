import EntenteCore
import EntenteLaw
import Testing

/// Treaties by official title and common name, and States by date.
struct CollectiveDefenceNamesTests {
    static let attack = """
        attacked_party: BEL
        attacker_is_state: true
        armed_attack_occurred: true
        target_type: territory
        location: {in_europe: true}
        """

    /// Each treaty's official title and common names select its rule book: North Atlantic Treaty
    /// (1949), ANZUS (1951), Inter-American Treaty of Reciprocal Assistance (1947), Collective
    /// Security Treaty (1992) — legal-sources §§4–5.
    @Test(arguments: [
        ("North Atlantic Treaty", "collective_defence/NATO/5"), ("Washington Treaty", "collective_defence/NATO/5"),
        ("north atlantic treaty organization", "collective_defence/NATO/5"),
        ("Inter-American Treaty of Reciprocal Assistance", "collective_defence/Rio"),
        ("Rio Treaty", "collective_defence/Rio"), ("TIAR", "collective_defence/Rio"),
        ("ANZUS Treaty", "collective_defence/ANZUS"),
        ("Security Treaty between Australia, New Zealand and the United States of America", "collective_defence/ANZUS"),
        ("Collective Security Treaty", "collective_defence/CSTO"), ("Tashkent Treaty", "collective_defence/CSTO"),
    ])
    func treatyNames(_ name: String, _ key: String) throws {
        let a = try assess(.collectiveDefence, asOf: "2000-01-01", "treaty: \(name)\n" + Self.attack)
        #expect(a.ruleSet.ruleSet.key == key, "\(name)")
    }

    @Test func washingtonTreatyArticle4IsConsultation() throws {
        let a = try assess(
            .collectiveDefence, asOf: "2000-01-01", "treaty: Washington Treaty\narticle: \"4\"\n" + Self.attack)
        #expect(a.ruleSet.ruleSet.key == "collective_defence/NATO/4")
    }

    @Test func anUnknownTreatyNameSuggestsClosest() throws {
        let error = try #require(
            situationError(
                "question: collective_defence\nas_of: 2000-01-01\nfacts:\n  treaty: North Atlantik Treaty\n"))
        #expect(error.code == .invalidInput)
        #expect(error.message.contains("Did you mean \"North Atlantic Treaty\""))
    }

    /// COW State System Membership v2024: Czechoslovakia (315) until 1992-12-31, the Czech
    /// Republic (316) from 1993-01-01; ISO 3166-3 withdrawn codes name the State of the day.
    @Test func statesResolvedByDate() throws {
        let day1968 = Day(iso: "1968-08-21")!
        #expect(try knowledge.resolveState("CZE", on: day1968) == CowCode(315))
        #expect(try knowledge.resolveState("CSK", on: day1968) == CowCode(315))
        #expect(try knowledge.resolveState("SUN", on: day1968) == CowCode(365))
        #expect(try knowledge.resolveState("YUG", on: day1968) == CowCode(345))
        #expect(try knowledge.resolveState("DDR", on: day1968) == CowCode(265))
        #expect(try knowledge.resolveState("DEU", on: day1968) == CowCode(260))
        #expect(try knowledge.resolveState("DEU", on: Day(iso: "1991-01-01")!) == CowCode(255))
        #expect(
            StateSuccession.cow(for: "CZE", on: Day(iso: "1993-01-01")!) == nil, "CZE is the Czech Republic's ISO code")
    }

    @Test func aSituationReadsStateCodesOnItsDay() throws {
        let a = try assess(
            .collectiveDefence, asOf: "1968-08-21", "treaty: NATO\n" + Self.attack + "\ninvoking_state: SUN")
        #expect(a.facts[state: CollectiveDefenceFacts.invokingState] == CowCode(365))
        #expect(a["ASSISTING_PARTY"] == .notMet, "the Soviet Union was never a NATO party")
    }
}
