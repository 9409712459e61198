public import EntenteCore
import EntenteData
import EntenteNetwork
public import EntenteSim
import EntenteStore
import Foundation

extension Services {
    /// Calendar years of UN roll calls behind the affinity of a World on a day: its year and the two
    /// before (one session has too few contested votes for small states; modelling choice).
    static let affinityWindowYears = 3

    /// UN-vote affinity and capital distances for the states of `world`, in its dense ids.
    ///
    /// Affinity is the network module's Signorino–Ritter S (``Affinity/compute(_:_:)``, as in
    /// `network affinity`) over the roll calls of ``affinityWindowYears`` years that carry a title or
    /// an issue tag, read in one query; distances are great-circle distances between the capitals
    /// of the bundled COW capitals table on the World's day (haversine, Earth radius 6,371 km).
    /// Unknown values are `.nan`.
    ///
    /// - Throws: ``EntenteError`` when the store or the capitals table cannot be read.
    public func worldDyads(for world: World) async throws(EntenteError) -> WorldDyads {
        let n = world.stateCount
        let last = world.asOf.year
        let years = (last - Self.affinityWindowYears + 1)...last
        let records = try await store.rollCallVotes(
            resolutions: [], issues: [""], titles: [""], fromYear: years.lowerBound, toYear: years.upperBound)
        var column: [Int: Int] = [:]
        for record in records where column[record.rollCall] == nil { column[record.rollCall] = column.count }
        var votes = [[Vote?]](repeating: [Vote?](repeating: nil, count: column.count), count: n)
        for record in records {
            guard let id = world.id(of: record.state), let k = column[record.rollCall] else { continue }
            votes[Int(id)][k] =
                switch record.vote {
                case .yes: .yes
                case .abstain: .abstain
                case .no: .no
                }
        }
        var affinity = [Double](repeating: .nan, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                let s = try Affinity.compute(votes[i], votes[j]).s ?? .nan
                affinity[i * n + j] = s
                affinity[j * n + i] = s
            }
        }
        let capitals = try Self.capitals(on: world.asOf)
        let places = world.states.map { capitals[$0.cow.rawValue] }
        var distance = [Double](repeating: .nan, count: n * n)
        for i in 0..<n {
            guard let a = places[i] else { continue }
            for j in (i + 1)..<max(n, i + 1) {
                guard let b = places[j] else { continue }
                let km = Self.greatCircleKm(a, b)
                distance[i * n + j] = km
                distance[j * n + i] = km
            }
        }
        return WorldDyads(affinity: affinity, capitalDistanceKm: distance, affinityYears: years)
    }

    /// Capital coordinates (latitude, longitude in degrees) by COW number on `day`, from the bundled
    /// COW capitals table (capitals that moved have one row per period).
    static func capitals(on day: Day) throws(EntenteError) -> [Int: (Double, Double)] {
        let file = "datasets/capitals/cow_capitals.csv"
        let table = try BundledData.table(file)
        guard let code = table.column("ccode"), let start = table.column("stdate"), let end = table.column("enddate"),
            let lat = table.column("lat"), let lng = table.column("lng")
        else { throw EntenteError(.invalidInput, "\(file): expected the columns ccode, stdate, enddate, lat, lng.") }
        var result: [Int: (Double, Double)] = [:]
        for row in table.rows {
            guard let cow = Int(row[code]), let from = Day(iso: row[start]), let to = Day(iso: row[end]),
                from <= day, day <= to, let y = Double(row[lat]), let x = Double(row[lng])
            else { continue }
            result[cow] = (y, x)
        }
        return result
    }

    /// Haversine distance in kilometres between two (latitude, longitude) points in degrees.
    static func greatCircleKm(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.0 - a.0) * radians
        let dLng = (b.1 - a.1) * radians
        let h =
            sin(dLat / 2) * sin(dLat / 2)
            + cos(a.0 * radians) * cos(b.0 * radians) * sin(dLng / 2) * sin(dLng / 2)
        return 2 * 6371 * asin(min(1, h.squareRoot()))
    }
}
