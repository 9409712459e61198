import EntenteCore
import RealModule

extension DefenseDiplomacyWorld {
    /// A synthetic world of `n` states for experiments and scaling, the same for every replicate.
    ///
    /// States sit at random points of the unit square, split into four regions by quadrant; the
    /// nearest neighbours (distance < 1.5/√n) are contiguous. Capabilities are log-normal (σ = 1), the
    /// five strongest are major and permanent powers; a third of the states join the regime; each
    /// major power holds defense obligations with its two nearest non-major states; 2% of relevant
    /// pairs are rivals. All of these are modelling choices for a world with a realistic skew.
    init(syntheticStates n: Int, seed: UInt64) {
        self.init(n: n, start: Day(year: 2010, month: 1, day: 1)!)
        var random = Xoshiro256StarStar(seed: seed, stream: [0x5EED_0F_3D])
        var x = [Double](repeating: 0, count: n)
        var y = [Double](repeating: 0, count: n)
        var c = [Double](repeating: 0, count: n)
        for i in 0..<n {
            x[i] = random.nextDouble()
            y[i] = random.nextDouble()
            c[i] = Double.exp(random.nextGaussian())
            regimeMember[i] = random.nextDouble() < 1.0 / 3.0
            sovereignty[i] = 0.2 + 0.6 * random.nextDouble()
        }
        let total = c.reduce(0, +)
        capability = c.map { $0 / total }
        spending = capability
        let order = (0..<n).sorted { capability[$0] > capability[$1] || (capability[$0] == capability[$1] && $0 < $1) }
        for i in order.prefix(min(5, max(1, n / 10))) {
            isMajorPower[i] = true
            isPermanentMember[i] = true
        }
        let near = 1.5 / Double(n).squareRoot()
        func region(_ i: Int) -> Int { (x[i] < 0.5 ? 0 : 1) + (y[i] < 0.5 ? 0 : 2) }
        for i in 0..<n {
            for j in 0..<n where j != i {
                let d = ((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j])).squareRoot()
                proximity[index(i, j)] = d < near ? 1 : (region(i) == region(j) ? 0.5 : 0.15)
                if regimeMember[i] && regimeMember[j] { sharedMemberships[index(i, j)] = 1 }
            }
        }
        for major in 0..<n where isMajorPower[major] {
            let clients = (0..<n).filter { !isMajorPower[$0] }.sorted {
                let a = (x[$0] - x[major]) * (x[$0] - x[major]) + (y[$0] - y[major]) * (y[$0] - y[major])
                let b = (x[$1] - x[major]) * (x[$1] - x[major]) + (y[$1] - y[major]) * (y[$1] - y[major])
                return a < b || (a == b && $0 < $1)
            }
            for client in clients.prefix(2) {
                defenseObligation[index(major, client)] = true
                defenseObligation[index(client, major)] = true
            }
        }
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) where proximity[index(i, j)] >= 1 || (isMajorPower[i] && isMajorPower[j]) {
                if random.nextDouble() < (isMajorPower[i] && isMajorPower[j] ? 0.3 : 0.05) {
                    rivalry[index(i, j)] = true
                    rivalry[index(j, i)] = true
                }
            }
        }
        derive()
    }
}
