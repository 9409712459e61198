import EntenteCore
import Foundation

/// The world's land as Natural Earth draws it: countries and their parts (islands, exclaves), the
/// continent Natural Earth assigns, and which parts are islands rather than continental mainland.
///
/// Loaded once, lazily, from the bundled `geo/countries.geojson`; after that every look-up is in
/// memory (a 1° grid of candidate parts, then edge bands inside each ring).
struct WorldMap: Sendable {
    /// A class, like ``Part``: a look-up hands features and parts to the tests of each derived
    /// fact, and a struct of strings and arrays would be counted field by field on every hand-over.
    final class Feature: Sendable {
        /// Natural Earth `ADM0_A3` (`ISO_A3_EH` where that is an ISO code): `FRA`, `GRL`, `BMU`.
        let code: String
        let name: String
        /// The sovereign State's code (`USA` for Guam, `DNK` for Greenland).
        let sovereign: String
        /// Natural Earth `CONTINENT` of the whole feature.
        let continent: String
        /// The continent of the feature's sovereign (Europe for Greenland, whose sovereign is
        /// Denmark); `nil` when the sovereign has no feature of its own.
        let sovereignContinent: String?
        /// Indices into ``WorldMap/parts``.
        let parts: Range<Int>
        /// The area of the feature's largest part.
        let largestPartKm2: Double

        init(
            code: String, name: String, sovereign: String, continent: String, sovereignContinent: String?,
            parts: Range<Int>, largestPartKm2: Double
        ) {
            self.code = code
            self.name = name
            self.sovereign = sovereign
            self.continent = continent
            self.sovereignContinent = sovereignContinent
            self.parts = parts
            self.largestPartKm2 = largestPartKm2
        }
    }

    final class Part: Sendable {
        let feature: Int
        let polygon: GeoPolygon
        let areaKm2: Double
        /// The landmass the part belongs to (parts joined where they touch or nearly touch).
        let landmass: Landmass

        init(feature: Int, polygon: GeoPolygon, areaKm2: Double, landmass: Landmass) {
            self.feature = feature
            self.polygon = polygon
            self.areaKm2 = areaKm2
            self.landmass = landmass
        }
    }

    enum Landmass: Sendable, Equatable {
        case afroEurasia, americas, australia, antarctica, island
    }

    let features: [Feature]
    let parts: [Part]
    private let grid: [[Int32]]

    static let cell = 1.0

    /// The bundled map, parsed on first use.
    static let shared: WorldMap? = try? WorldMap(data: GeoResources.data("countries.geojson"))

    init(data: Data) throws {
        let collection = try JSONDecoder().decode(GeoJSONCollection.self, from: data)
        var features: [Feature] = []
        var polygons: [(feature: Int, polygon: GeoPolygon)] = []
        // The sovereign's code: the ADM0 code of the feature that is the sovereign itself.
        var sovereignCode: [String: String] = [:]
        var continentByCode: [String: String] = [:]
        for f in collection.features {
            if f.properties.admin == f.properties.sovereignName {
                sovereignCode[f.properties.sovereignA3] = f.properties.code
            }
            if continentByCode[f.properties.code] == nil { continentByCode[f.properties.code] = f.properties.continent }
        }
        for f in collection.features {
            let start = polygons.count
            var largest = 0.0
            for rings in f.geometry.polygons {
                guard let outer = rings.first, outer.count >= 4 else { continue }
                func ring(_ points: [[Double]]) -> GeoRing {
                    GeoRing(lon: points.map { $0[0] }, lat: points.map { $0[1] })
                }
                let polygon = GeoPolygon(
                    outer: ring(outer), holes: rings.dropFirst().filter { $0.count >= 4 }.map(ring))
                largest = max(largest, polygon.areaKm2)
                polygons.append((features.count, polygon))
            }
            let p = f.properties
            let sovereign = sovereignCode[p.sovereignA3] ?? p.code
            features.append(
                Feature(
                    code: p.code, name: p.name, sovereign: sovereign, continent: p.continent,
                    sovereignContinent: continentByCode[sovereign], parts: start..<polygons.count,
                    largestPartKm2: largest))
        }
        let landmasses = Self.landmasses(polygons.map(\.polygon))
        parts = polygons.enumerated().map { i, p in
            Part(feature: p.feature, polygon: p.polygon, areaKm2: p.polygon.areaKm2, landmass: landmasses[i])
        }
        self.features = features
        // Each part is listed in every 1° cell its bounding box reaches, widened by the largest
        // tolerance a look-up tests (0.3° of latitude, and in longitude that divided by the cosine
        // of the part's highest latitude, as GeoRing.distance scales it): a cell lists every part a
        // test could accept for a point in it, and few others (a 10° grid listed hundreds of
        // Scandinavian and Aegean islands for every point there).
        var grid = [[Int32]](repeating: [], count: Self.columns * Self.rows)
        for (i, part) in parts.enumerated() {
            let r = part.polygon.outer
            let margin = 0.3
            let highest = min(90, max(abs(r.minLat), abs(r.maxLat)) + margin)
            let lonMargin = margin / max(0.05, cosine(highest))
            for gx in Self.column(r.minLon - lonMargin)...Self.column(r.maxLon + lonMargin) {
                for gy in Self.row(r.minLat - margin)...Self.row(r.maxLat + margin) {
                    grid[gy * Self.columns + gx].append(Int32(i))
                }
            }
        }
        self.grid = grid
    }

    static let columns = 360
    static let rows = 180

    static func column(_ lon: Double) -> Int {
        max(0, min(columns - 1, Int(((lon + 180) / cell).rounded(.down))))
    }
    static func row(_ lat: Double) -> Int { max(0, min(rows - 1, Int(((lat + 90) / cell).rounded(.down)))) }

    /// Parts whose bounding box (with a margin) may hold the point.
    func candidates(lon: Double, lat: Double) -> [Int32] { grid[Self.row(lat) * Self.columns + Self.column(lon)] }

    /// Joins parts whose vertices come within about 2 km of each other (a grid of 0.01° cells and
    /// their neighbours), then calls a landmass a continent when its area exceeds 5 million km²:
    /// Afro-Eurasia, the Americas, Antarctica and Australia; everything else is an island
    /// (Greenland, about 2.2 million km², is the largest). Islands closer than that to a continent
    /// (Euboea, Singapore) count as mainland.
    static func landmasses(_ polygons: [GeoPolygon]) -> [Landmass] {
        var parent = Array(0..<polygons.count)
        func find(_ a: Int) -> Int {
            var a = a
            while parent[a] != a {
                parent[a] = parent[parent[a]]
                a = parent[a]
            }
            return a
        }
        func key(_ x: Int, _ y: Int) -> Int { (x + 20_000) * 40_000 + (y + 20_000) }
        var cells: [Int: [Int32]] = [:]
        for (i, polygon) in polygons.enumerated() {
            let r = polygon.outer
            for j in r.lon.indices {
                let k = key(Int((r.lon[j] / 0.01).rounded(.down)), Int((r.lat[j] / 0.01).rounded(.down)))
                if cells[k]?.last != Int32(i) { cells[k, default: []].append(Int32(i)) }
            }
        }
        for (k, members) in cells {
            let x = k / 40_000 - 20_000
            let y = k % 40_000 - 20_000
            let first = find(Int(members[0]))
            for dx in -1...1 {
                for dy in -1...1 {
                    for m in cells[key(x + dx, y + dy)] ?? [] {
                        let root = find(Int(m))
                        if root != first { parent[root] = find(first) }
                    }
                }
            }
        }
        var area: [Int: Double] = [:]
        var centre: [Int: (lon: Double, lat: Double, weight: Double)] = [:]
        for (i, polygon) in polygons.enumerated() {
            let root = find(i)
            let a = polygon.areaKm2
            area[root, default: 0] += a
            let c = centre[root] ?? (0, 0, 0)
            centre[root] = (
                c.lon + a * (polygon.outer.minLon + polygon.outer.maxLon) / 2,
                c.lat + a * (polygon.outer.minLat + polygon.outer.maxLat) / 2, c.weight + a
            )
        }
        return polygons.indices.map { i in
            let root = find(i)
            guard (area[root] ?? 0) > 5_000_000, let c = centre[root], c.weight > 0 else { return .island }
            let lat = c.lat / c.weight
            let lon = c.lon / c.weight
            if lat < -60 { return .antarctica }
            if lon < -30 { return .americas }
            if lat < -10 && lon > 110 { return .australia }
            return .afroEurasia
        }
    }
}

/// The bundled geography files.
enum GeoResources {
    static func data(_ name: String) throws -> Data {
        guard
            let url = Bundle.module.url(forResource: "geo/\(name)", withExtension: nil)
                ?? Bundle.module.resourceURL?.appendingPathComponent("geo").appendingPathComponent(name)
        else {
            throw EntenteError(.internalFailure, "The bundled geography file \(name) is missing.")
        }
        do { return try Data(contentsOf: url) } catch {
            throw EntenteError(.internalFailure, "The bundled geography file \(name) cannot be read: \(error).")
        }
    }
}

// MARK: - GeoJSON as Natural Earth writes it

struct GeoJSONCollection: Decodable {
    let features: [GeoJSONFeature]
}

struct GeoJSONFeature: Decodable {
    struct Properties: Decodable {
        let admin: String
        let name: String
        let sovereignName: String
        let sovereignA3: String
        let isoA3EH: String
        let adm0A3: String
        let continent: String

        enum CodingKeys: String, CodingKey {
            case admin = "ADMIN"
            case name = "NAME"
            case sovereignName = "SOVEREIGNT"
            case sovereignA3 = "SOV_A3"
            case isoA3EH = "ISO_A3_EH"
            case adm0A3 = "ADM0_A3"
            case continent = "CONTINENT"
        }

        /// `ISO_A3_EH` when it is a code (it is `-99` for some units), else `ADM0_A3`.
        var code: String { isoA3EH.count == 3 && isoA3EH != "-99" ? isoA3EH : adm0A3 }
    }

    struct Geometry: Decodable {
        let polygons: [[[[Double]]]]

        enum CodingKeys: String, CodingKey { case type, coordinates }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            if try c.decode(String.self, forKey: .type) == "Polygon" {
                polygons = [try c.decode([[[Double]]].self, forKey: .coordinates)]
            } else {
                polygons = try c.decode([[[[Double]]]].self, forKey: .coordinates)
            }
        }
    }

    let properties: Properties
    let geometry: Geometry
}
