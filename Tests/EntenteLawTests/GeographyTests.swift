import EntenteCore
import EntenteLaw
import Testing

/// The treaty-area flags derived from `location.lat`/`location.lon` (Natural Earth 1:10m and the
/// documented polygons of geo/treaty-areas.json).
struct GeographyTests {
    typealias F = CollectiveDefenceFacts

    static func attack(_ treaty: String, on party: String, lat: Double, lon: Double, target: String = "territory")
        -> String
    {
        """
        treaty: \(treaty)
        attacked_party: \(party)
        attacker_is_state: true
        armed_attack_occurred: true
        target_type: \(target)
        location: {lat: \(lat), lon: \(lon)}
        """
    }

    static func derived(_ a: Assessment, _ fact: some FactReference) -> Bool {
        !a.facts.wasGiven(fact) && a.facts.isKnown(fact)
    }

    static func levers(_ a: Assessment) -> Set<String> {
        Set(AssessmentReport(a).wouldChange.flatMap { $0.changes.map(\.fact) })
    }

    /// NATO Art. 6(i): territory of a Party in Europe — Narva (59.38 N, 28.19 E), on the Estonian–Russian
    /// boundary river, is in Europe whichever side the simplified map puts it.
    @Test func narvaIsInEuropeAndEngagesArticle5() throws {
        let a = try assess(
            .collectiveDefence, asOf: "2024-06-01", Self.attack("NATO", on: "EST", lat: 59.38, lon: 28.19))
        #expect(a.facts[truth: F.inEurope] == .yes)
        #expect(Self.derived(a, F.inEurope))
        #expect(a.facts[note: F.inEurope]?.contains("Derived from location.lat/lon") == true)
        #expect(a.facts[truth: F.turkeyTerritory] == .no)
        #expect(a["TREATY_AREA"] == .met)
        #expect(a.outcomeLabel == "triggered")
    }

    /// NATO Art. 6 (1951 text): French Guiana is French territory but neither Europe, North America,
    /// the Algerian Departments nor a North Atlantic island; a derived false flag is no lever for
    /// would_change — only a different place would change the answer.
    @Test func farFromAlgeriaBefore1962OffersNoAlgerianLever() throws {
        let a = try assess(
            .collectiveDefence, asOf: "1958-05-01", Self.attack("NATO", on: "FRA", lat: 4.93, lon: -52.33))
        #expect(a.facts[truth: F.algerianDepartments] == .no)
        #expect(a.facts[truth: F.inEurope] == .no)
        #expect(a.facts[truth: F.inNorthAmerica] == .no)
        #expect(a.facts[truth: F.island] == .no)
        #expect(a.outcomeLabel == "out_of_scope")
        let levers = Self.levers(a)
        for flag in [
            "location.algerian_departments", "location.in_europe", "location.in_north_america", "location.island",
        ] {
            #expect(!levers.contains(flag), "\(flag) offered as a change")
        }
    }

    /// NATO Art. 6 (1949 and 1951 texts): the Algerian Departments of France until 3 July 1962;
    /// inapplicable from then (North Atlantic Council, 16 January 1963).
    @Test func oranIsInTheAlgerianDepartmentsOnlyBeforeJuly1962() throws {
        let before = try assess(
            .collectiveDefence, asOf: "1958-05-01", Self.attack("NATO", on: "FRA", lat: 35.7, lon: -0.63))
        #expect(before.facts[truth: F.algerianDepartments] == .yes)
        #expect(before.outcomeLabel == "triggered")
        let after = try assess(
            .collectiveDefence, asOf: "1963-01-01", Self.attack("NATO", on: "FRA", lat: 35.7, lon: -0.63))
        #expect(after.facts[truth: F.algerianDepartments] == .no)
        #expect(after.outcomeLabel == "out_of_scope")
    }

    /// NATO Art. 6(i) as amended (1951): the territory of Türkiye — Şanlıurfa, 50 km from the Syrian
    /// border (Akçakale, on the border itself, is within the map's boundary tolerance of Syria).
    @Test func sanliurfaIsTurkishTerritory() throws {
        let a = try assess(
            .collectiveDefence, asOf: "2012-10-03", Self.attack("NATO", on: "TUR", lat: 37.16, lon: 38.80))
        #expect(a.facts[truth: F.turkeyTerritory] == .yes)
        #expect(a.facts[truth: F.inEurope] == .no)
        #expect(a["TREATY_AREA"] == .met)
    }

    /// NATO Art. 6(i): islands under a Party's jurisdiction in the North Atlantic area north of the
    /// Tropic of Cancer — Bermuda (United Kingdom) is covered, the Falklands (51.7 S) are not.
    @Test func bermudaIsCoveredAndTheFalklandsAreNot() throws {
        let bermuda = try assess(
            .collectiveDefence, asOf: "1982-04-02", Self.attack("NATO", on: "GBR", lat: 32.3, lon: -64.78))
        #expect(bermuda.facts[truth: F.island] == .yes)
        #expect(bermuda.facts[truth: F.northAtlantic] == .yes)
        #expect(bermuda["TREATY_AREA"] == .met)
        let falklands = try assess(
            .collectiveDefence, asOf: "1982-04-02", Self.attack("NATO", on: "GBR", lat: -51.69, lon: -57.86))
        #expect(falklands.facts[truth: F.island] == .yes)
        #expect(falklands.facts[truth: F.northAtlantic] == .no)
        #expect(falklands.facts[truth: F.northOfTropic] == .no)
        #expect(falklands.outcomeLabel == "out_of_scope")
        #expect(!Self.levers(falklands).contains("location.north_atlantic"))
    }

    /// NATO Art. 6: Hawaii is neither Europe nor North America nor in the North Atlantic; ANZUS Art. V
    /// covers it as an island territory in the Pacific.
    @Test func honoluluIsOutsideArticle6ButInsideTheAnzusArea() throws {
        let nato = try assess(
            .collectiveDefence, asOf: "2000-01-01", Self.attack("NATO", on: "USA", lat: 21.31, lon: -157.86))
        #expect(nato.facts[truth: F.inNorthAmerica] == .no)
        #expect(nato.facts[truth: F.island] == .yes)
        #expect(nato.outcomeLabel == "out_of_scope")
        let anzus = try assess(
            .collectiveDefence, asOf: "2000-01-01", Self.attack("ANZUS", on: "USA", lat: 21.31, lon: -157.86))
        #expect(anzus.facts[truth: F.inPacific] == .yes)
        #expect(anzus["TREATY_AREA"] == .met)
    }

    /// ANZUS Art. V: the metropolitan territory of a Party is covered wherever it is (Sydney, the Pentagon).
    @Test func metropolitanTerritoryOfAnAnzusParty() throws {
        let sydney = try assess(
            .collectiveDefence, asOf: "2000-01-01", Self.attack("ANZUS", on: "AUS", lat: -33.87, lon: 151.21))
        #expect(sydney.facts[truth: F.metropolitanTerritory] == .yes)
        #expect(sydney["TREATY_AREA"] == .met)
        let pentagon = try assess(
            .collectiveDefence, asOf: "2001-09-11", Self.attack("ANZUS", on: "USA", lat: 38.87, lon: -77.06))
        #expect(pentagon.facts[truth: F.metropolitanTerritory] == .yes)
        #expect(pentagon.outcomeLabel == "triggered")
    }

    /// NATO Art. 6(ii) as amended (1951): vessels on the Mediterranean Sea.
    @Test func vesselsOnTheMediterranean() throws {
        let a = try assess(
            .collectiveDefence, asOf: "1990-01-01",
            Self.attack("NATO", on: "ITA", lat: 35.0, lon: 18.0, target: "vessels"))
        #expect(a.facts[truth: F.mediterranean] == .yes)
        #expect(a["TREATY_AREA"] == .met)
    }

    /// Rio Treaty Art. 3(3): the territory of an American State.
    @Test func newYorkIsInTheTerritoryOfAnAmericanState() throws {
        let a = try assess(
            .collectiveDefence, asOf: "2001-09-11", Self.attack("Rio", on: "USA", lat: 40.71, lon: -74.01))
        #expect(a.facts[truth: F.americanRegion] == .yes)
        #expect(a["TREATY_AREA"] == .met)
    }

    /// Europe ends at the Urals: Vladivostok is Russian but not in Europe.
    @Test func vladivostokIsNotInEurope() throws {
        let a = try assess(
            .collectiveDefence, asOf: "2000-01-01", Self.attack("CSTO", on: "RUS", lat: 43.12, lon: 131.89))
        #expect(a.facts[truth: F.inEurope] == .no)
    }

    /// A fact the situation states wins over the derivation.
    @Test func aStatedFlagOverridesTheDerivation() throws {
        let facts = Self.attack("NATO", on: "EST", lat: 59.38, lon: 28.19)
            .replacing("{lat: 59.38, lon: 28.19}", with: "{lat: 59.38, lon: 28.19, in_europe: false}")
        let a = try assess(.collectiveDefence, asOf: "2024-06-01", facts)
        #expect(a.facts[truth: F.inEurope] == .no)
        #expect(a.facts.wasGiven(F.inEurope))
    }

    @Test func aLatitudeOutOfRangeIsRefused() {
        #expect(throws: EntenteError.self) {
            try assess(.collectiveDefence, asOf: "2024-06-01", Self.attack("NATO", on: "EST", lat: 95, lon: 28.19))
        }
    }
}
