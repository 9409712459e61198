import EntenteCore
import EntenteLaw
import Testing

/// NATO Art. 6(ii) as amended (1951) covers vessels "in or over … the Mediterranean Sea or the North
/// Atlantic area north of the Tropic of Cancer". The IHO puts the Mediterranean's western limit (the
/// Alboran Sea's) at the line Europa Point – Point Almina (35°54' N 5°18' W); the Strait of Gibraltar
/// west of it is drawn uncertain for both areas.
struct StraitOfGibraltarTests {
    typealias F = CollectiveDefenceFacts

    static func vessels(lat: Double, lon: Double) throws -> Assessment {
        try assess(
            .collectiveDefence, asOf: "1990-01-01",
            """
            treaty: NATO
            attacked_party: GBR
            attacker_is_state: true
            armed_attack_occurred: true
            target_type: vessels
            location: {lat: \(lat), lon: \(lon)}
            """)
    }

    // In the Strait, between the Trafalgar–Spartel and Europa Point–Almina lines: neither sea is asserted.
    @Test func theStraitIsNeitherAssertedAtlanticNorMediterranean() throws {
        let a = try Self.vessels(lat: 35.95, lon: -5.6)
        #expect(a.facts[truth: F.mediterranean] == .unknown)
        #expect(a.facts[truth: F.northAtlantic] == .unknown)
    }

    // East of Europa Point – Point Almina, in the Alboran Sea: the Mediterranean.
    @Test func theAlboranSeaIsMediterranean() throws {
        let a = try Self.vessels(lat: 36.0, lon: -4.0)
        #expect(a.facts[truth: F.mediterranean] == .yes)
        #expect(a["TREATY_AREA"] == .met)
    }

    // West of Cape Trafalgar – Cape Spartel, in the Gulf of Cádiz approaches: the North Atlantic.
    @Test func westOfTheStraitIsTheNorthAtlantic() throws {
        let a = try Self.vessels(lat: 36.0, lon: -7.0)
        #expect(a.facts[truth: F.northAtlantic] == .yes)
        #expect(a.facts[truth: F.mediterranean] == .no)
    }
}
