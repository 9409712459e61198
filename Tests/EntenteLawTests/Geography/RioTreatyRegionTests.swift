import EntenteCore
import EntenteLaw
import Foundation
import Testing

/// Rio Treaty Art. 3(3): Art. 3 applies to an armed attack within the region of Art. 4 or within the
/// territory of an American State. The region's Pacific boundary is encoded from Art. 4's own
/// coordinates (geo/treaty-areas.json, `rio_treaty_region`); its Atlantic half is not, and stays unknown.
struct RioTreatyRegionTests {
    typealias F = CollectiveDefenceFacts

    /// An attack on a Party's public vessels at a point at sea, with the attacked State's request.
    static func vesselsAttacked(lat: Double, lon: Double) -> String {
        """
        treaty: Rio Treaty
        attacked_party: USA
        attacker_is_state: true
        armed_attack_occurred: true
        target_type: vessels
        request_by_attacked_party: true
        location: {lat: \(lat), lon: \(lon)}
        """
    }

    static func region(lat: Double, lon: Double) throws -> Assessment {
        try assess(.collectiveDefence, asOf: "2000-01-01", Self.vesselsAttacked(lat: lat, lon: lon))
    }

    // Art. 4: the rhumb line from 30° S, 90° W to the Equator at 97° W passes about 90.7° W at 27° S.
    @Test func theBoundaryFrom30South90WestToTheEquatorAt97West() throws {
        let inside = try Self.region(lat: -27, lon: -85)
        #expect(inside.facts[truth: F.americanRegion] == .yes)
        #expect(inside["TREATY_AREA"] == .met)
        let outside = try Self.region(lat: -27, lon: -100)
        #expect(outside.facts[truth: F.americanRegion] == .no)
        #expect(outside["TREATY_AREA"] == .notMet)
        #expect(outside.outcomeLabel == "out_of_scope")
    }

    // Art. 4: the rhumb line from 15° N, 120° W to 50° N, 170° E passes about 21.7° N at 130° W and
    // about 35.8° N at 170° W: 30° N 130° W is inside, 20° N 170° W outside.
    @Test func theBoundaryFrom15North120WestTo50North170East() throws {
        #expect(try Self.region(lat: 30, lon: -130).facts[truth: F.americanRegion] == .yes)
        let west = try Self.region(lat: 20, lon: -170)
        #expect(west.facts[truth: F.americanRegion] == .no)
        #expect(west.outcomeLabel == "out_of_scope")
    }

    // Art. 4: from 50° N the boundary runs due north along 170° E to 54° N: south of Attu (172° E) is
    // inside, 168° E outside.
    @Test func theMeridianOf170EastNearTheAleutians() throws {
        #expect(try Self.region(lat: 52, lon: 172).facts[truth: F.americanRegion] == .yes)
        #expect(try Self.region(lat: 52, lon: 168).facts[truth: F.americanRegion] == .no)
    }

    // Art. 4: the Bering Sea east of the rhumb line from 54° N, 170° E to 65°30' N, 168°58'05" W.
    @Test func theBeringSeaEastOfTheLineIsInside() throws {
        #expect(try Self.region(lat: 60, lon: -175).facts[truth: F.americanRegion] == .yes)
    }

    // Art. 4's Atlantic half is not encoded: a point off the Falklands (52° S, 57° W) or in the Chukchi
    // Sea (70° N, 165° W) is unknown, never a confident no.
    @Test(arguments: [(-52.0, -57.0), (70.0, -165.0)])
    func theAtlanticHalfStaysUnknown(_ lat: Double, _ lon: Double) throws {
        let a = try Self.region(lat: lat, lon: lon)
        #expect(a.facts[truth: F.americanRegion] == .unknown)
        #expect(a["TREATY_AREA"] == .unknown)
    }

    // Art. 3(3), second limb: Honolulu lies west of the Art. 4 boundary but is United States territory.
    @Test func territoryOfAnAmericanStateOutsideTheRegion() throws {
        let a = try assess(
            .collectiveDefence, asOf: "2000-01-01",
            Self.vesselsAttacked(lat: 21.31, lon: -157.86).replacing(
                "target_type: vessels", with: "target_type: territory")
        )
        #expect(a.facts[truth: F.americanRegion] == .yes)
        #expect(a["TREATY_AREA"] == .met)
    }

    // Petropavlovsk-Kamchatsky (53.0 N, 158.65 E) is Russian territory west of the boundary: no on both limbs.
    @Test func russianTerritoryWestOfTheBoundaryIsOutside() throws {
        let a = try Self.region(lat: 53.0, lon: 158.65)
        #expect(a.facts[truth: F.americanRegion] == .no)
    }

    // The derived flag says what it rests on, and a stated flag still wins.
    @Test func theDerivationIsExplainedAndCanBeOverridden() throws {
        let a = try Self.region(lat: -27, lon: -85)
        #expect(!a.facts.wasGiven(F.americanRegion))
        #expect(a.facts[note: F.americanRegion]?.contains("Art. 4") == true)
        let stated = try assess(
            .collectiveDefence, asOf: "2000-01-01",
            Self.vesselsAttacked(lat: -27, lon: -100).replacing(
                "{lat: -27.0, lon: -100.0}", with: "{lat: -27.0, lon: -100.0, american_region: true}"))
        #expect(stated.facts[truth: F.americanRegion] == .yes)
        #expect(stated.facts.wasGiven(F.americanRegion))
    }

    /// Every treaty area documents the pages its provision and limits rest on, and its simplifications.
    @Test func everyTreatyAreaCitesItsSources() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/EntenteLaw/Geography/Resources/geo/treaty-areas.json")
        struct File: Decodable {
            struct Source: Decodable {
                let url: String
                let accessed: String
            }
            struct Area: Decodable {
                let id: String
                let sources: [Source]
                let simplifications: String
            }
            let areas: [Area]
        }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        #expect(Set(file.areas.map(\.id)) == ["north_atlantic", "mediterranean", "pacific", "rio_treaty_region"])
        for area in file.areas {
            #expect(!area.sources.isEmpty, "\(area.id)")
            #expect(!area.simplifications.isEmpty, "\(area.id)")
            for source in area.sources {
                #expect(source.url.hasPrefix("http"), "\(area.id)")
                #expect(Day(iso: source.accessed) != nil, "\(area.id)")
            }
        }
    }
}
