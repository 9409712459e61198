import EntenteSim
import EntenteTestSupport
import Testing

struct NormsGameTests {
    struct ReferenceRow: Sendable, CustomStringConvertible {
        var metanorms: Bool
        var generations: Int
        var seed: UInt64
        var boldness: Double
        var vengefulness: Double
        var description: String { "\(metanorms ? "metanorms" : "norms") g=\(generations) seed=\(seed)" }
    }

    /// Rows of Fixtures/norms_reference.csv, written by the C reference loop (scripts/peers/sim).
    static let reference: [ReferenceRow] = {
        guard let text = try? SimTestSupport.fixture("norms_reference.csv", in: .module) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: ",").map(String.init)
            guard f.count == 6, let g = Int(f[2]), let s = UInt64(f[3]), let b = Double(f[4]), let v = Double(f[5])
            else {
                return nil
            }
            return ReferenceRow(metanorms: f[0] == "metanorms", generations: g, seed: s, boldness: b, vengefulness: v)
        }
    }()

    @Test func referenceFixtureIsPresent() {
        #expect(Self.reference.count == 40)
    }

    @Test(arguments: reference)
    func trajectoryEqualsTheCReferenceLoop(row: ReferenceRow) {
        var p = NormsGame.Parameters()
        p.metanorms = row.metanorms
        let game = NormsGame(parameters: p)
        var random = Xoshiro256StarStar(seed: row.seed)
        var population = game.initialPopulation(random: &random)
        game.evolve(&population, generations: row.generations, random: &random)
        // The C program prints four decimals; means are multiples of 1/140, so this is exact agreement.
        #expect(abs(population.meanBoldness - row.boldness) < 5.1e-5)
        #expect(abs(population.meanVengefulness - row.vengefulness) < 5.1e-5)
    }

    @Test func strategiesStayWithinSixBits() {
        let game = NormsGame()
        var random = Xoshiro256StarStar(seed: 4)
        var population = game.initialPopulation(random: &random)
        game.evolve(&population, generations: 200, random: &random) { _, pop in
            #expect(pop.strategies.count == 20)
            #expect(pop.strategies.allSatisfy { $0 < 64 })
        }
    }

    @Test func withoutMutationOrDefectionThePopulationOnlyReproduces() {
        // Boldness 0: nobody defects, all payoffs are 0, s.d. is 0, so everybody gets two offspring and
        // half are removed at random: only existing strategies survive.
        var p = NormsGame.Parameters()
        p.mutationRate = 0
        let game = NormsGame(parameters: p)
        var population = NormsGame.Population(strategies: (0..<20).map { UInt8($0 % 8) })
        var random = Xoshiro256StarStar(seed: 1)
        game.evolve(&population, generations: 50, random: &random)
        #expect(population.strategies.allSatisfy { $0 < 8 })
        #expect(population.meanBoldness == 0)
    }

    @Test func regionsFollowGalanAndIzquierdo() {
        #expect(NormsGame.Region(boldness: 2.0 / 7, vengefulness: 5.0 / 7) == .normEstablished)
        #expect(NormsGame.Region(boldness: 6.0 / 7, vengefulness: 1.0 / 7) == .normCollapsed)
        #expect(NormsGame.Region(boldness: 0.5, vengefulness: 0.5) == .neither)
    }

    /// Axelrod (1986): the metanorms game establishes the norm within 100 generations; Galán and
    /// Izquierdo (2005): in the norms game the norm collapses in the long run.
    @Test func metanormsEstablishAndNormsCollapseInLongRuns() async throws {
        let meta = Scenario(name: "meta", model: .metanorms, seed: 11, replicates: 10, horizon: 300)
        let norms = Scenario(name: "norms", model: .norms, seed: 11, replicates: 10, horizon: 3_000, recordEvery: 100)
        try meta.validate()
        try norms.validate()
        let m = await SimulationRunner.run(meta, threads: 2)
        let n = await SimulationRunner.run(norms, threads: 2)
        let finalRegion = try #require(m.summaryNames.firstIndex(of: "final_region"))
        let established = m.point.replicateSummaries.filter { $0[finalRegion] == 1 }.count
        let collapsed = n.point.replicateSummaries.filter { $0[finalRegion] == -1 }.count
        #expect(established >= 7)
        #expect(collapsed >= 7)
    }
}
