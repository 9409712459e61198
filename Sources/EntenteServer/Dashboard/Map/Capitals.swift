import EntenteCore
import EntenteData

/// Where to pin each state on the map: its capital in a year (COW capitals with their moves, e.g.
/// Brazil 1960), else its country's centroid by ISO code. Read once from EntenteData's bundle.
struct Capitals: Sendable {
    struct Spell: Sendable {
        let from: Int
        let to: Int
        let latitude: Double
        let longitude: Double
    }

    let byCow: [Int: [Spell]]
    let centroids: [String: (latitude: Double, longitude: Double)]

    static func bundled() throws(EntenteError) -> Capitals {
        let capitals = try BundledData.table("datasets/capitals/cow_capitals.csv")
        let c = try capitals.requireColumns(["ccode", "stdate", "enddate", "lat", "lng"])
        var byCow: [Int: [Spell]] = [:]
        for row in capitals.rows {
            guard let cow = Int(row[c[0]]), let from = Int(row[c[1]].prefix(4)), let to = Int(row[c[2]].prefix(4)),
                let lat = Double(row[c[3]]), let lng = Double(row[c[4]])
            else { continue }
            byCow[cow, default: []].append(Spell(from: from, to: to, latitude: lat, longitude: lng))
        }
        let table = try BundledData.table("datasets/capitals/country_centroids_360info_largestpoly.csv")
        let k = try table.requireColumns(["iso3", "lat", "lon"])
        var centroids: [String: (latitude: Double, longitude: Double)] = [:]
        for row in table.rows {
            guard let lat = Double(row[k[1]]), let lon = Double(row[k[2]]) else { continue }
            centroids[row[k[0]]] = (lat, lon)
        }
        return Capitals(byCow: byCow, centroids: centroids)
    }

    /// The map point of a state in a year, or nil when neither a capital nor a centroid is known.
    func point(of state: StateInfo, year: Int) -> (x: Double, y: Double)? {
        let spells = byCow[Int(state.cow.rawValue)] ?? []
        if let spell = spells.first(where: { $0.from <= year && year <= $0.to }) ?? spells.last {
            return WorldMap.project(longitude: spell.longitude, latitude: spell.latitude)
        }
        if let iso3 = state.iso3, let c = centroids[iso3] {
            return WorldMap.project(longitude: c.longitude, latitude: c.latitude)
        }
        return nil
    }
}
