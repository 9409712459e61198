import EntenteCore

/// Whether a piece of land is in Europe or in North America, as NATO Art. 6(i) asks.
///
/// Natural Earth gives one continent per country, which is wrong for the parts that matter here:
/// France's feature includes French Guiana and the Caribbean departments, Spain's Ceuta, Melilla
/// and the Canaries, the United States' Hawaii, Russia's everything east of the Urals. So the
/// continent is decided per part and point:
/// - Russia: Europe west of the Ural line (the watershed of the Ural Mountains, then the Ural River;
///   approximated by a few vertices below, about ±50 km), and its Arctic islands west of 70° E
///   (Novaya Zemlya, Franz Josef Land).
/// - European countries' parts on the American mainland (French Guiana) are not Europe; their
///   parts on the African mainland south of 36° N west of 12° E (Ceuta, Melilla) are Africa; their
///   islands are Europe only north of 34° N between 32° W and 70° E (the Azores and Crete in; the
///   Canaries, Madeira, the Caribbean and Indian Ocean departments out).
/// - Türkiye: Europe in East Thrace (west of the Bosporus and the Dardanelles).
/// - Where the Europe–Asia boundary is a convention that divides opinion — Georgia, Azerbaijan,
///   Armenia, Cyprus, and Kazakhstan west of 55° E — in_europe stays unknown.
/// - North America: countries Natural Earth puts there, on the mainland and on islands north of
///   the Tropic of Cancer (Greenland, Newfoundland, the Arctic archipelago, Bermuda, the Aleutians),
///   not Hawaii; the Caribbean islands south of the Tropic are unknown (whether they are "North
///   America" in Art. 6 is not settled).
enum Continents {
    static let contestedEurope: Set<String> = ["GEO", "AZE", "ARM", "CYP"]

    /// The Ural line as (latitude, longitude) from north to south.
    static let uralLine: [(lat: Double, lon: Double)] = [
        (69.0, 66.5), (67.5, 66.0), (65.0, 60.0), (62.0, 59.3), (58.0, 59.5), (56.8, 59.9), (54.0, 59.0),
        (51.5, 58.6),
    ]

    /// East Thrace, the European part of Türkiye, as a ring through the Bosporus, the Sea of
    /// Marmara and the Dardanelles.
    static let eastThrace = GeoRing(
        lon: [26.0, 28.0, 29.05, 29.0, 28.0, 27.5, 26.95, 26.3, 26.1, 25.9, 26.0],
        lat: [42.2, 42.1, 41.25, 41.0, 40.95, 40.95, 40.55, 40.05, 40.05, 40.6, 42.2])

    static func uralLongitude(at lat: Double) -> Double {
        guard lat < uralLine[0].lat else { return uralLine[0].lon }
        for (a, b) in zip(uralLine, uralLine.dropFirst()) where lat >= b.lat {
            return b.lon + (lat - b.lat) * (a.lon - b.lon) / (a.lat - b.lat)
        }
        return uralLine.last!.lon
    }

    static func inEurope(_ part: WorldMap.Part, _ feature: WorldMap.Feature, lon: Double, lat: Double) -> Truth {
        if contestedEurope.contains(feature.code) { return .unknown }
        switch feature.code {
        case "RUS":
            if lon < 0 { return .no }
            if part.landmass == .island { return lon < 70 ? .yes : .no }
            return lon < uralLongitude(at: lat) ? .yes : .no
        case "KAZ": return lon < 55 ? .unknown : .no
        case "TUR": return eastThrace.contains(lon: lon, lat: lat) ? .yes : .no
        default: break
        }
        guard feature.continent == "Europe" else { return .no }
        switch part.landmass {
        case .americas, .australia, .antarctica: return .no
        case .afroEurasia: return lat < 36.0 && lon < 12 ? .no : .yes
        case .island: return lat >= 34 && lon > -32 && lon < 70 ? .yes : .no
        }
    }

    static func inNorthAmerica(_ part: WorldMap.Part, _ feature: WorldMap.Feature, lon: Double, lat: Double) -> Truth {
        let tropic = CollectiveDefenceRules.tropicOfCancer
        let hawaii = lat < 30 && lat > 15 && lon < -150 && lon > -180
        let caribbean = lat < tropic && lat > 9 && lon > -90 && lon < -55
        switch feature.continent {
        case "North America":
            if part.landmass == .americas { return .yes }
            if hawaii { return .no }
            if lat >= tropic { return .yes }
            return caribbean ? .unknown : .no
        case "Europe":
            // St Pierre and Miquelon is French land north of the Tropic off Newfoundland.
            if part.landmass == .island && lat >= tropic && lon < -50 && lon > -70 { return .yes }
            return part.landmass == .island && caribbean ? .unknown : .no
        default:
            return .no
        }
    }
}
