import EntenteCore
import EntenteRender
import Foundation

/// The world's countries as SVG paths, projected once when the server starts (equirectangular,
/// longitude −180…180 to x 0…960, latitude 84…−60 to y 0…384), so no request reads the GeoJSON.
///
/// Boundaries: Natural Earth 1:10m Admin 0 (German point of view), simplified by
/// `scripts/geo/simplify_countries.py`; public domain.
struct WorldMap: Sendable {
    struct Country: Sendable {
        let iso3: String
        let name: String
        /// The SVG path data.
        let path: String
    }

    static let width = 960.0
    static let height = 384.0
    static let north = 84.0
    static let south = -60.0

    let countries: [Country]

    /// The countries alone as a standalone SVG file, served as `/static/world.svg` and drawn under
    /// every map, so pages carry only their ties and pins (and highlighted countries).
    func backgroundSVG() -> String {
        let paths = countries.map { country in
            Markup.element("path", [("d", country.path)], [Markup.element("title", text: country.name)])
        }
        let svg = Markup.element(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("viewBox", "0 0 \(Int(Self.width)) \(Int(Self.height))"),
                ("width", String(Int(Self.width))), ("height", String(Int(Self.height))),
            ],
            [
                Markup.element(
                    "rect",
                    [("width", String(Int(Self.width))), ("height", String(Int(Self.height))), ("fill", "#dcebf7")]),
                Markup.element("g", [("fill", "#cfcabb"), ("stroke", "#ffffff"), ("stroke-width", "0.4")], paths),
            ])
        return Markup.xmlDocument(svg, indent: 0)
    }

    /// Projects a point; y grows southward.
    static func project(longitude: Double, latitude: Double) -> (x: Double, y: Double) {
        let clamped = min(north, max(south, latitude))
        return ((longitude + 180) / 360 * width, (north - clamped) / (north - south) * height)
    }

    private struct Collection: Decodable {
        struct Feature: Decodable {
            struct Properties: Decodable {
                let iso3: String
                let name: String
            }
            struct Geometry: Decodable {
                let coordinates: [[[[Double]]]]
            }
            let properties: Properties
            let geometry: Geometry
        }
        let features: [Feature]
    }

    /// Reads and projects `Resources/geo/countries.geojson` (MultiPolygons with `iso3` and `name`).
    static func bundled() throws(EntenteError) -> WorldMap {
        let data = try DashboardResources.data("geo/countries.geojson")
        let collection: Collection
        do {
            collection = try JSONDecoder().decode(Collection.self, from: data)
        } catch {
            throw EntenteError(.internalFailure, "The dashboard's world map file is malformed.", underlying: error)
        }
        // Antarctica lies below the map's southern edge.
        let countries = collection.features.filter { $0.properties.iso3 != "ATA" }.map { feature in
            Country(
                iso3: feature.properties.iso3, name: feature.properties.name,
                path: pathData(feature.geometry.coordinates))
        }
        return WorldMap(countries: countries)
    }

    private static func pathData(_ polygons: [[[[Double]]]]) -> String {
        var out = ""
        for polygon in polygons {
            for ring in polygon {
                for (i, point) in ring.enumerated() where point.count >= 2 {
                    let p = project(longitude: point[0], latitude: point[1])
                    out += (i == 0 ? "M" : "L") + format(p.x) + "," + format(p.y)
                }
                out += "Z"
            }
        }
        return out
    }

    /// One decimal, without a trailing ".0".
    static func format(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
