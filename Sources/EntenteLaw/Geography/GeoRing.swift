import Foundation

/// A closed ring of longitude/latitude vertices, with an index of its edges by latitude band so
/// that containment and distance tests read a few hundred edges even for Russia's coastline.
///
/// Rings and polygons are classes: a new place hands each candidate part's polygon to several
/// tests, and as structs of arrays every hand-over counted each array (about a fifth of the time
/// of a never-seen place, issue 10 benchmark).
final class GeoRing: Sendable {
    let lon: [Double]
    let lat: [Double]
    let minLon: Double
    let maxLon: Double
    let minLat: Double
    let maxLat: Double
    /// Edge start indices by band of ``bandHeight`` degrees from `minLat`, all bands in one array:
    /// band b's edges are `bandEdges[bandStart[b]..<bandStart[b + 1]]`; edge i joins vertex i and
    /// vertex i + 1. One array rather than an array per band: the tests read them in a new place's
    /// inner loop.
    private let bandStart: [Int32]
    private let bandEdges: [Int32]
    private let bandCount: Int
    static let bandHeight = 0.5

    init(lon: [Double], lat: [Double]) {
        precondition(lon.count == lat.count && lon.count >= 3, "a ring needs three vertices")
        self.lon = lon
        self.lat = lat
        minLon = lon.min()!
        maxLon = lon.max()!
        minLat = lat.min()!
        maxLat = lat.max()!
        let count = Int(((maxLat - minLat) / Self.bandHeight).rounded(.down)) + 1
        var bands = [[Int32]](repeating: [], count: count)
        for i in 0..<(lon.count - 1) {
            let low = min(lat[i], lat[i + 1])
            let high = max(lat[i], lat[i + 1])
            let first = Int(((low - minLat) / Self.bandHeight).rounded(.down))
            let last = min(count - 1, Int(((high - minLat) / Self.bandHeight).rounded(.down)))
            for b in first...last { bands[b].append(Int32(i)) }
        }
        var start: [Int32] = [0]
        start.reserveCapacity(count + 1)
        var edges: [Int32] = []
        edges.reserveCapacity(bands.reduce(0) { $0 + $1.count })
        for band in bands {
            edges += band
            start.append(Int32(edges.count))
        }
        bandStart = start
        bandEdges = edges
        bandCount = count
    }

    /// The edges of bands `first...last`.
    private func edges(bands first: Int, _ last: Int) -> Range<Int> {
        Int(bandStart[first])..<Int(bandStart[last + 1])
    }

    func mayContain(lon x: Double, lat y: Double, margin: Double = 0) -> Bool {
        x >= minLon - margin && x <= maxLon + margin && y >= minLat - margin && y <= maxLat + margin
    }

    /// Even–odd test with a ray towards increasing longitude.
    func contains(lon x: Double, lat y: Double) -> Bool {
        guard mayContain(lon: x, lat: y) else { return false }
        let b = min(bandCount - 1, Int(((y - minLat) / Self.bandHeight).rounded(.down)))
        var inside = false
        // Unchecked reads: every edge index in a band was built from these arrays, below their end.
        lon.withUnsafeBufferPointer { lon in
            lat.withUnsafeBufferPointer { lat in
                bandEdges.withUnsafeBufferPointer { edges in
                    for k in self.edges(bands: b, b) {
                        let i = Int(edges[k])
                        let y1 = lat[i]
                        let y2 = lat[i + 1]
                        if (y1 > y) != (y2 > y) {
                            let xCross = lon[i] + (y - y1) * (lon[i + 1] - lon[i]) / (y2 - y1)
                            if x < xCross { inside.toggle() }
                        }
                    }
                }
            }
        }
        return inside
    }

    /// The distance in degrees of latitude from the point to the ring's nearest edge, when it is
    /// below `limit`; longitudes are scaled by the cosine of the latitude.
    func distance(lon x: Double, lat y: Double, limit: Double) -> Double? {
        let scale = cosine(y)
        guard mayContain(lon: x, lat: y, margin: limit / max(0.05, scale)) else { return nil }
        let first = max(0, Int(((y - limit - minLat) / Self.bandHeight).rounded(.down)))
        let last = min(bandCount - 1, Int(((y + limit - minLat) / Self.bandHeight).rounded(.down)))
        guard first <= last else { return nil }
        var best = limit * limit
        var found = false
        // Edges wholly outside the box of `limit` around the point are skipped before any
        // arithmetic: a detailed coast (Norway, the Aegean) puts hundreds of edges in one band. An
        // edge spanning several bands is listed in each, and measured again: harmless for a minimum.
        let lonReach = limit / max(0.05, scale)
        let (west, east, south, north) = (x - lonReach, x + lonReach, y - limit, y + limit)
        lon.withUnsafeBufferPointer { lon in
            lat.withUnsafeBufferPointer { lat in
                bandEdges.withUnsafeBufferPointer { edges in
                    for k in self.edges(bands: first, last) {
                        let i = Int(edges[k])
                        let (x1, x2, y1, y2) = (lon[i], lon[i + 1], lat[i], lat[i + 1])
                        if (x1 < west && x2 < west) || (x1 > east && x2 > east) || (y1 < south && y2 < south)
                            || (y1 > north && y2 > north)
                        {
                            continue
                        }
                        let ax = (x1 - x) * scale
                        let ay = y1 - y
                        let dx = (x2 - x) * scale - ax
                        let dy = y2 - y - ay
                        let length = dx * dx + dy * dy
                        let t = length > 0 ? max(0, min(1, -(ax * dx + ay * dy) / length)) : 0
                        let px = ax + t * dx
                        let py = ay + t * dy
                        let d = px * px + py * py
                        if d < best {
                            best = d
                            found = true
                        }
                    }
                }
            }
        }
        return found ? best.squareRoot() : nil
    }
}

/// The cosine of a latitude in degrees.
func cosine(_ degrees: Double) -> Double { cos(degrees * .pi / 180) }

/// An outer ring with its holes (Lesotho inside South Africa, for instance).
final class GeoPolygon: Sendable {
    let outer: GeoRing
    let holes: [GeoRing]

    init(outer: GeoRing, holes: [GeoRing]) {
        self.outer = outer
        self.holes = holes
    }

    func contains(lon x: Double, lat y: Double) -> Bool {
        outer.contains(lon: x, lat: y) && !holes.contains { $0.contains(lon: x, lat: y) }
    }

    func distance(lon x: Double, lat y: Double, limit: Double) -> Double? {
        // No array of rings: this runs for every candidate part of a new place, and an allocation
        // per call cost more than the geometry (issue 10 benchmark).
        var best = outer.distance(lon: x, lat: y, limit: limit)
        for ring in holes {
            if let d = ring.distance(lon: x, lat: y, limit: best ?? limit) { best = d }
        }
        return best
    }

    /// Area in square kilometres (shoelace on an equirectangular projection at the ring's mean
    /// latitude: rough, used only to tell continents from islands).
    var areaKm2: Double {
        let ring = outer
        var sum = 0.0
        for i in 0..<(ring.lon.count - 1) {
            sum += ring.lon[i] * ring.lat[i + 1] - ring.lon[i + 1] * ring.lat[i]
        }
        let meanLat = ring.lat.reduce(0, +) / Double(ring.lat.count)
        return abs(sum) / 2 * 111.32 * 111.32 * cosine(meanLat)
    }
}
