import EntenteCore

/// Where a point falls on the map: the land parts it may be on, or the sea with the coasts near it.
///
/// Near a boundary (within ``borderTolerance``) every country it may be in is a candidate, and a
/// derived fact is set only when all candidates agree — the map's resolution (boundaries simplified
/// to 0.01°) must not decide a case.
struct GeoPlace: Sendable {
    let lon: Double
    let lat: Double
    /// Indices of ``WorldMap/parts`` the point is on, or may be on.
    let land: [Int]
    /// Parts whose coast is within ``coastTolerance`` of a point at sea.
    let coast: [Int]
    /// The point was outside every polygon but within ``snapTolerance`` of a coast, and is read as
    /// on that land.
    let snapped: Bool

    var atSea: Bool { land.isEmpty }

    /// About 2 km: twice the simplification tolerance of the bundled boundaries.
    static let borderTolerance = 0.02
    /// About 3 km: a point this close to land but outside it is read as on land.
    static let snapTolerance = 0.03
    /// About 25 km: a point at sea this close to a coast may be in territorial waters (12 nm).
    static let coastTolerance = 0.25

    /// One pass over the candidate parts for land, one for the sea: a new place is located in a
    /// simulation's inner loop, and each extra pass read every candidate part again.
    static func locate(lon: Double, lat: Double, in map: WorldMap) -> GeoPlace {
        let candidates = map.candidates(lon: lon, lat: lat)
        var containing: [Int] = []
        var features: [Int] = []
        for c in candidates {
            let part = map.parts[Int(c)]
            guard part.polygon.contains(lon: lon, lat: lat) else { continue }
            containing.append(Int(c))
            if !features.contains(part.feature) { features.append(part.feature) }
        }
        if !containing.isEmpty {
            var land = containing
            for c in candidates where !containing.contains(Int(c)) {
                let part = map.parts[Int(c)]
                if !features.contains(part.feature)
                    && part.polygon.distance(lon: lon, lat: lat, limit: borderTolerance) != nil
                {
                    land.append(Int(c))
                }
            }
            return GeoPlace(lon: lon, lat: lat, land: land, coast: [], snapped: false)
        }
        // The nearest coast within the widest tolerance, once per part: within `snapTolerance` the
        // point is read as on that land, else within `coastTolerance` it may be in its waters.
        var snapped: [Int] = []
        var coast: [Int] = []
        for c in candidates {
            guard let d = map.parts[Int(c)].polygon.distance(lon: lon, lat: lat, limit: coastTolerance) else {
                continue
            }
            coast.append(Int(c))
            if d < snapTolerance { snapped.append(Int(c)) }
        }
        if !snapped.isEmpty { return GeoPlace(lon: lon, lat: lat, land: snapped, coast: [], snapped: true) }
        return GeoPlace(lon: lon, lat: lat, land: [], coast: coast, snapped: false)
    }

    /// The value every candidate agrees on, else unknown; `sea` answers for a point at sea.
    func agreed(_ map: WorldMap, land value: (WorldMap.Part, WorldMap.Feature) -> Truth, sea: () -> Truth) -> Truth {
        if atSea { return sea() }
        var result: Truth?
        for i in land {
            let part = map.parts[i]
            let v = value(part, map.features[part.feature])
            if let r = result, r != v { return .unknown }
            result = v
        }
        return result ?? .unknown
    }

    /// For a point at sea: no when no coast is near, unknown when a coast the test accepts is near
    /// (the point may be in that State's territorial sea).
    func seaNearCoast(_ map: WorldMap, _ test: (WorldMap.Part, WorldMap.Feature) -> Truth) -> Truth {
        coast.contains { test(map.parts[$0], map.features[map.parts[$0].feature]) != .no } ? .unknown : .no
    }

    /// A description for explanations: "on land in Estonia or Russia (within 2 km of the boundary)".
    func describe(_ map: WorldMap) -> String {
        let point = "(\(Criterion.number(lat)), \(Criterion.number(lon)))"
        if atSea {
            let names = Set(coast.map { map.features[map.parts[$0].feature].name }).sorted()
            return names.isEmpty
                ? "\(point) is at sea, more than 25 km from any coast"
                : "\(point) is at sea within 25 km of the coast of \(names.joined(separator: " or "))"
        }
        let names = orderedNames(map)
        let island = land.allSatisfy { map.parts[$0].landmass == .island }
        var text = "\(point) is on land in \(names.joined(separator: " or "))"
        if names.count > 1 { text += " (within about 2 km of their boundary, so only what both agree on is derived)" }
        if snapped { text += " (just off the drawn coast, read as on land)" }
        if island { text += ", on an island" }
        return text
    }

    private func orderedNames(_ map: WorldMap) -> [String] {
        var seen = Set<String>()
        return land.map { map.features[map.parts[$0].feature].name }.filter { seen.insert($0).inserted }
    }
}
