import EntenteCore
import EntenteNetwork
import Testing

/// Every deterministic measure against networkx 3.6.1, to 1e-9, on small hand-made graphs
/// (undirected, directed, disconnected, tied shortest paths) and the 200-node peer graph.
struct NetworkxReferenceTests {
    @Test(arguments: Reference.smallAndMedium)
    func degreeAndStrengthMatchNetworkx(_ name: String) throws {
        let ref = try Reference(name)
        let graph = try ref.graph()
        #expect(graph.labels.sorted() == ref.nodes.sorted())
        let degree = DegreeMeasures(graph)
        expectMatches(
            degree.degree.map(Double.init), try #require(try ref.values("degree")), graph: graph, measure: "degree")
        expectMatches(degree.strength, try #require(try ref.values("strength")), graph: graph, measure: "strength")
    }

    @Test(arguments: Reference.smallAndMedium)
    func betweennessMatchesNetworkx(_ name: String) throws {
        let ref = try Reference(name)
        let graph = try ref.graph()
        for (path, key) in [
            (PathLength.hops, "betweenness_hops"), (.weight, "betweenness_weight"),
            (.inverseWeight, "betweenness_inverse"),
        ] {
            expectMatches(
                Betweenness.compute(graph, path: path), try #require(try ref.values(key)), graph: graph, measure: key)
        }
        expectMatches(
            Betweenness.compute(graph, path: .hops, normalized: false),
            try #require(try ref.values("betweenness_hops_raw")),
            graph: graph, measure: "betweenness_hops_raw")
    }

    @Test(arguments: Reference.smallAndMedium)
    func eigenvectorMatchesNetworkx(_ name: String) throws {
        let ref = try Reference(name)
        let graph = try ref.graph()
        for (weighted, key) in [(true, "eigenvector_weighted"), (false, "eigenvector_unweighted")] {
            if let expected = try ref.values(key) {
                expectMatches(
                    try EigenvectorCentrality.compute(graph, weighted: weighted), expected, graph: graph, measure: key)
            } else {
                #expect(throws: EntenteError.self) { try EigenvectorCentrality.compute(graph, weighted: weighted) }
            }
        }
    }

    @Test(arguments: Reference.smallAndMedium)
    func pageRankMatchesNetworkx(_ name: String) throws {
        let ref = try Reference(name)
        let graph = try ref.graph()
        for (weighted, key) in [(true, "pagerank_weighted"), (false, "pagerank_unweighted")] {
            let expected = try #require(try ref.values(key))
            expectMatches(try PageRank.compute(graph, weighted: weighted), expected, graph: graph, measure: key)
        }
    }

    @Test(arguments: Reference.smallAndMedium)
    func clusteringMatchesNetworkx(_ name: String) throws {
        let ref = try Reference(name)
        let graph = try ref.graph()
        for (weighted, key) in [(true, "clustering_weighted"), (false, "clustering_unweighted")] {
            let expected = try #require(try ref.values(key))
            expectMatches(Clustering.compute(graph, weighted: weighted), expected, graph: graph, measure: key)
        }
    }

    @Test(arguments: Reference.smallAndMedium)
    func constraintMatchesNetworkx(_ name: String) throws {
        let ref = try Reference(name)
        let graph = try ref.graph()
        for (weighted, key) in [(true, "constraint_weighted"), (false, "constraint_unweighted")] {
            let expected = try #require(try ref.values(key))
            expectMatches(StructuralHoles.constraint(graph, weighted: weighted), expected, graph: graph, measure: key)
        }
    }

    @Test(arguments: Reference.smallAndMedium)
    func shortestPathDistancesMatchNetworkx(_ name: String) throws {
        let ref = try Reference(name)
        let graph = try ref.graph()
        let sourceLabel = try #require(ref.json["shortest_from"] as? String)
        let source = try #require(graph.node(labelled: sourceLabel))
        for (path, key) in [
            (PathLength.hops, "shortest_hops"), (.weight, "shortest_weight"),
            (.inverseWeight, "shortest_inverse"),
        ] {
            let expected = try #require(try ref.values(key))
            let distances = ShortestPaths.distances(graph, from: source, path: path)
            for (id, label) in graph.labels.enumerated() {
                if let e = expected[label] {
                    #expect(close(distances[id], e), "\(key) to \(label): \(distances[id]) vs \(e)")
                    #expect(
                        ShortestPaths.distance(graph, from: source, to: id, path: path).map { close($0, e) } == true)
                } else {
                    #expect(distances[id] == .infinity, "\(label) is unreachable in networkx")
                    #expect(ShortestPaths.distance(graph, from: source, to: id, path: path) == nil)
                }
            }
        }
    }
}

/// The 2,000-node benchmark graph: eigenvector, degree and Louvain quality against networkx.
/// (Its betweenness takes about a minute in a debug build; the benchmark and `entente network
/// bench` check it against the same reference file in release builds.)
struct LargeGraphReferenceTests {
    @Test func eigenvectorAndDegreeMatchNetworkxOnTheBenchmarkGraph() throws {
        let ref = try Reference("n2000")
        let graph = try ref.graph()
        #expect(graph.nodeCount == 2000)
        #expect(graph.edgeCount == 10000)
        expectMatches(
            try EigenvectorCentrality.compute(graph), try #require(try ref.values("eigenvector_weighted")),
            graph: graph,
            measure: "eigenvector")
        expectMatches(
            DegreeMeasures(graph).strength, try #require(try ref.values("strength")), graph: graph, measure: "strength")
    }

    @Test func louvainQualityIsWithinNetworkxSeedSpreadOnTheBenchmarkGraph() throws {
        let ref = try Reference("n2000")
        let graph = try ref.graph()
        let communities = try Communities(louvain: graph, seed: 1)
        let lowest = try #require(ref.louvain["min"] as? Double)
        #expect(communities.modularity >= lowest - 0.01, "Entente \(communities.modularity) vs networkx min \(lowest)")
    }
}
