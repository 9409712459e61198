import EntenteCore
import Foundation

/// The sea areas the treaties name, as documented polygons (`geo/treaty-areas.json`): inside an
/// `include` polygon answers yes, inside an `uncertain` one unknown, elsewhere no.
struct TreatyAreas: Sendable {
    /// A class: a new place reads four areas, and a struct of strings and arrays was counted field by
    /// field on each read (issue 10 benchmark).
    final class Area: Sendable {
        let id: String
        let name: String
        let provision: String
        let include: [GeoRing]
        let uncertain: [GeoRing]
        /// Longitudes stored 0–360 (the Pacific crosses the antimeridian).
        let lon360: Bool

        init(id: String, name: String, provision: String, include: [GeoRing], uncertain: [GeoRing], lon360: Bool) {
            self.id = id
            self.name = name
            self.provision = provision
            self.include = include
            self.uncertain = uncertain
            self.lon360 = lon360
        }

        func contains(lon: Double, lat: Double) -> Truth {
            let x = lon360 && lon < 0 ? lon + 360 : lon
            if uncertain.contains(where: { $0.contains(lon: x, lat: lat) }) { return .unknown }
            return include.contains { $0.contains(lon: x, lat: lat) } ? .yes : .no
        }
    }

    let areas: [String: Area]

    static let shared: TreatyAreas? = try? TreatyAreas(data: GeoResources.data("treaty-areas.json"))

    init(data: Data) throws {
        struct File: Decodable {
            struct Entry: Decodable {
                let id: String
                let name: String
                let provision: String
                let lon360: Bool?
                let include: [[[Double]]]
                let uncertain: [[[Double]]]?
            }
            let areas: [Entry]
        }
        let file = try JSONDecoder().decode(File.self, from: data)
        func ring(_ points: [[Double]]) -> GeoRing { GeoRing(lon: points.map { $0[0] }, lat: points.map { $0[1] }) }
        var areas: [String: Area] = [:]
        for e in file.areas {
            areas[e.id] = Area(
                id: e.id, name: e.name, provision: e.provision, include: e.include.map(ring),
                uncertain: (e.uncertain ?? []).map(ring), lon360: e.lon360 ?? false)
        }
        self.areas = areas
    }

    subscript(_ id: String) -> Area? { areas[id] }
}
