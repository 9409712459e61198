import EntenteCore
import EntenteNetwork
import Testing

/// A small hand-made world: IDN tied to USA (3), AUS (1), CHN (2), RUS (1), MYS (1).
struct BlocAndDominanceTests {
    let labels = ["IDN", "USA", "AUS", "CHN", "RUS", "MYS"]

    func graph(directed: Bool = false) throws -> Graph {
        try Graph(
            labels: labels,
            edges: [
                WeightedEdge(0, 1, weight: 3), WeightedEdge(0, 2, weight: 1), WeightedEdge(0, 3, weight: 2),
                WeightedEdge(0, 4, weight: 1), WeightedEdge(0, 5, weight: 1), WeightedEdge(1, 2, weight: 4),
                WeightedEdge(3, 4, weight: 5), WeightedEdge(5, 3, weight: 2),
            ], directed: directed)
    }

    @Test func hedgingBetweenTwoBlocs() throws {
        let g = try graph()
        let west = try Bloc(name: "US-led", labels: ["USA", "AUS"], in: g)
        let east = try Bloc(name: "China/Russia-led", labels: ["CHN", "RUS"], in: g)
        let p = try HedgingIndex.compute(g, node: 0, blocA: west, blocB: east)
        // T_A = 3 + 1 = 4, T_B = 2 + 1 = 3, S = 8.
        #expect(p.tiesToA == 4)
        #expect(p.tiesToB == 3)
        #expect(p.strength == 8)
        #expect(p.balance == 1.0 / 7.0)
        #expect(close(try #require(p.hedging), 6.0 / 7.0))
        #expect(p.engagement == 7.0 / 8.0)
        #expect(close(try #require(p.hedgingIndex), 6.0 / 7.0 * 7.0 / 8.0))
        // USA is all with its own bloc: T_A = 4 (AUS), T_B = 0.
        let all = try HedgingIndex.compute(g, blocA: west, blocB: east)
        #expect(all[1].balance == 1)
        #expect(all[1].hedging == 0)
        // Directed ties count in both directions: the same numbers.
        let d = try HedgingIndex.compute(try graph(directed: true), node: 0, blocA: west, blocB: east)
        #expect(d.balance == p.balance)
    }

    @Test func overlappingBlocsAreRefused() throws {
        let g = try graph()
        let error = #expect(throws: EntenteError.self) {
            try HedgingIndex.compute(
                g, node: 0, blocA: Bloc(name: "A", members: [1, 3]), blocB: Bloc(name: "B", members: [3]))
        }
        #expect(error?.message == "Blocs 'A' and 'B' share members (CHN); a node can belong to one bloc only.")
    }

    @Test func unknownBlocMemberIsNamed() throws {
        let error = #expect(throws: EntenteError.self) {
            try Bloc(name: "Quad", labels: ["USA", "IND"], in: try graph())
        }
        #expect(error?.message == "Bloc 'Quad': node 'IND' is not in the graph.")
    }

    @Test func dominanceOfANode() throws {
        let d = try GreatPowerDominance.node(try graph(), 0, majors: [1, 3, 4])
        // Majors USA 3 + CHN 2 + RUS 1 = 6 of 8; HHI = (9 + 1 + 4 + 1 + 1)/64 = 16/64.
        #expect(d.majorTies == 6)
        #expect(d.majorShare == 0.75)
        #expect(d.partnerHerfindahl == 0.25)
    }

    @Test func dominanceOfARegionCountsOnlyOutsideTies() throws {
        // Region {IDN, MYS}; IDN–MYS is inside and left out. Outside ties: IDN→USA 3, AUS 1, CHN 2,
        // RUS 1; MYS→CHN 2. Total 9; majors (USA, CHN, RUS) 3 + 4 + 1 = 8.
        // Partners: USA 3, AUS 1, CHN 4, RUS 1 → HHI = (9 + 1 + 16 + 1)/81 = 27/81.
        let d = try GreatPowerDominance.group(try graph(), members: [0, 5], majors: [1, 3, 4])
        #expect(d.totalTies == 9)
        #expect(d.majorTies == 8)
        #expect(d.majorShare == 8.0 / 9.0)
        #expect(close(try #require(d.partnerHerfindahl), 27.0 / 81.0))
    }

    @Test func partnerConcentrationMatchesDominanceHerfindahl() throws {
        let g = try graph()
        let hhi = PartnerConcentration.herfindahl(g)
        #expect(hhi[0] == 0.25)
        #expect(close(hhi[2], (1.0 + 16.0) / 25.0))
    }
}
