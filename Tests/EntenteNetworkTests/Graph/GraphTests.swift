import EntenteCore
import EntenteNetwork
import Testing

struct GraphTests {
    @Test func repeatedTiesAreSummedAndSelfLoopsDropped() throws {
        let graph = try Graph(
            labels: ["a", "b", "c"],
            edges: [
                WeightedEdge(0, 1, weight: 2), WeightedEdge(1, 0, weight: 3), WeightedEdge(2, 2), WeightedEdge(1, 2),
            ])
        #expect(graph.edgeCount == 2)
        #expect(graph.weight(from: 0, to: 1) == 5)
        #expect(graph.weight(from: 1, to: 0) == 5)
        #expect(graph.weight(from: 0, to: 2) == nil)
        #expect(graph.droppedSelfLoops == 1)
        #expect(Array(graph.neighbours(of: 1)) == [0, 2])
        #expect(graph.offsets == [0, 1, 3, 4])
    }

    @Test func directedGraphKeepsBothAdjacencies() throws {
        let graph = try Graph(
            nodeCount: 3, edges: [WeightedEdge(0, 1, weight: 2), WeightedEdge(2, 1), WeightedEdge(1, 0)], directed: true
        )
        #expect(graph.edgeCount == 3)
        #expect(Array(graph.neighbours(of: 1)) == [0])
        #expect(Array(graph.predecessors(of: 1)) == [0, 2])
        #expect(graph.weight(from: 2, to: 1) == 1)
        #expect(graph.weight(from: 1, to: 2) == nil)
        let undirected = graph.undirected()
        #expect(!undirected.isDirected)
        #expect(undirected.weight(from: 0, to: 1) == 3)
    }

    @Test func outOfRangeIdIsRefused() {
        let error = #expect(throws: EntenteError.self) {
            try Graph(nodeCount: 2, edges: [WeightedEdge(0, 2)])
        }
        #expect(error?.code == .invalidInput)
        #expect(error?.message == "Edge 0 joins nodes 0 and 2, but node ids must be in 0..<2.")
    }

    @Test(arguments: [0.0, -1.0, Double.nan, Double.infinity])
    func nonPositiveOrNonFiniteWeightIsRefused(_ weight: Double) {
        let error = #expect(throws: EntenteError.self) {
            try Graph(labels: ["x", "y"], edges: [WeightedEdge(0, 1, weight: weight)])
        }
        #expect(error?.message.hasPrefix("Edge 0 (x – y) has weight") == true)
    }

    @Test func edgesRoundTrip() throws {
        let edges = [WeightedEdge(0, 2, weight: 0.5), WeightedEdge(1, 2, weight: 1.5)]
        let graph = try Graph(nodeCount: 3, edges: edges)
        #expect(graph.edges == edges)
        #expect(try Graph(nodeCount: 3, edges: graph.edges) == graph)
    }
}

struct MultiplexTests {
    let nodes = ["USA", "IDN", "CHN", "AUS"]

    func make() throws -> Multiplex {
        try Multiplex(
            nodes: nodes,
            layers: [
                .init(name: "alliance", edges: [WeightedEdge(0, 3, weight: 1)], directed: true),
                .init(
                    name: "exercise",
                    edges: [
                        WeightedEdge(0, 1, weight: 2), WeightedEdge(1, 2, weight: 1), WeightedEdge(3, 0, weight: 1),
                    ]),
            ])
    }

    @Test func combinationWeighsLayersByName() throws {
        let m = try make()
        let combined = try m.combined(weights: ["alliance": 3, "exercise": 0.5])
        #expect(combined.isDirected)
        #expect(combined.weight(from: 0, to: 3) == 3 + 0.5)
        #expect(combined.weight(from: 3, to: 0) == 0.5)
        #expect(combined.weight(from: 0, to: 1) == 1)
        #expect(combined.weight(from: 1, to: 0) == 1)
        let exerciseOnly = try m.combined(weights: ["exercise": 1])
        #expect(!exerciseOnly.isDirected)
        #expect(exerciseOnly.weight(from: 0, to: 3) == 1)
        #expect(m.layer(named: "alliance")?.edgeCount == 1)
        #expect(m.layerNames == ["alliance", "exercise"])
    }

    @Test func unknownLayerIsNamedInTheError() throws {
        let error = #expect(throws: EntenteError.self) { try make().combined(weights: ["trade": 1]) }
        #expect(error?.message == "Unknown layer 'trade' in the combination weights; layers are: alliance, exercise.")
    }

    @Test func repeatedLayerNameIsRefused() {
        #expect(throws: EntenteError.self) {
            try Multiplex(nodes: nodes, layers: [.init(name: "a", edges: []), .init(name: "a", edges: [])])
        }
    }

    @Test func layerOverOtherNodesIsRefused() throws {
        let other = try Graph(labels: ["USA", "IDN"], edges: [])
        #expect(throws: EntenteError.self) { try Multiplex(nodes: nodes, layers: [.init(name: "x", graph: other)]) }
    }
}

struct LabelledGraphTests {
    @Test func labelledEdgesMapToDenseIds() throws {
        let g = try Graph(
            labels: ["850", "2", "710"], labelledEdges: [("850", "2", 3), ("710", "850", 1), ("2", "850", 1)])
        #expect(g.weight(from: 0, to: 1) == 4)
        #expect(g.weight(from: 0, to: 2) == 1)
        #expect(g.node(labelled: "710") == 2)
    }

    @Test func unknownLabelIsNamed() {
        let error = #expect(throws: EntenteError.self) {
            try Graph(labels: ["850"], labelledEdges: [("850", "365", 1)])
        }
        #expect(error?.message == "Tie 0 ends at '365', which is not a node of the graph.")
    }

    @Test func repeatedLabelIsRefused() {
        #expect(throws: EntenteError.self) { try Graph(labels: ["2", "2"], labelledEdges: []) }
    }
}
