// Network measures on the peer graph graph_n2000_m10000.csv, side by side with networkx
// (`python3 /work/shared/peers/networkx_metrics.py graph_n2000_m10000.csv`).
// Results are checked against the networkx reference values committed with the tests
// (Tests/EntenteNetworkTests/Fixtures/reference/n2000.json) before anything is timed.
// Run: cd Benchmarks && swift package benchmark --target NetworkBenchmarks
//
// These workloads replace the CLI's former `entente network bench`: the peer scripts in
// scripts/peers/network/ run this target next to networkx (see docs/benchmarks/network.md). With
// ENTENTE_NETWORK_YEARS=DIR set, one more benchmark times every measure on each DIR/*.csv — the
// per-year layers that scripts/peers/network/compare_years.sh exports with `entente network export`.
import Benchmark
import EntenteCore
import EntenteNetwork
import Foundation

/// Repository root: $ENTENTE_ROOT when set, else from this file's location (Benchmarks/Benchmarks/NetworkBenchmarks/).
private let root =
    ProcessInfo.processInfo.environment["ENTENTE_ROOT"].map { URL(fileURLWithPath: $0) }
    ?? URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let fixtures = root.appendingPathComponent("Tests/EntenteNetworkTests/Fixtures")

private func loadGraph() -> Graph {
    let url = fixtures.appendingPathComponent("graphs/graph_n2000_m10000.csv")
    do {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try EdgeListReader.parse(text, fileName: url.path)
    } catch {
        fatalError("cannot read \(url.path): \(error)")
    }
}

private func reference() -> [String: Any] {
    let url = fixtures.appendingPathComponent("reference/n2000.json")
    guard let data = try? Data(contentsOf: url),
        let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { fatalError("cannot read \(url.path)") }
    return json
}

/// Largest |ours − networkx| over nodes; stops the run when values differ by more than 1e-9.
private func check(_ values: [Double], _ key: String, graph: Graph, reference: [String: Any]) {
    guard let expected = reference[key] as? [String: Double] else { fatalError("reference has no \(key)") }
    var worst = 0.0
    for (id, label) in graph.labels.enumerated() {
        guard let e = expected[label] else { fatalError("\(key): no reference value for \(label)") }
        worst = max(worst, abs(values[id] - e))
    }
    precondition(worst <= 1e-9, "\(key) differs from networkx by \(worst)")
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal], warmupIterations: 1, maxDuration: .seconds(10),
        maxIterations: 20)

    let graph = loadGraph()
    let ref = reference()
    check(Betweenness.compute(graph, path: .inverseWeight), "betweenness_inverse", graph: graph, reference: ref)
    do {
        check(try EigenvectorCentrality.compute(graph), "eigenvector_weighted", graph: graph, reference: ref)
        let communities = try Communities(louvain: graph, seed: 1)
        let lowest = (ref["louvain"] as? [String: Any])?["min"] as? Double ?? 1
        precondition(
            communities.modularity >= lowest - 0.01,
            "Louvain modularity \(communities.modularity) below networkx's \(lowest)")
    } catch {
        fatalError("\(error)")
    }

    Benchmark("betweenness n2000 (1 thread)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Betweenness.compute(graph, path: .inverseWeight))
        }
    }

    Benchmark("betweenness n2000 (task group, 2 tasks)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(await Betweenness.compute(graph, path: .inverseWeight, maxConcurrency: 2))
        }
    }

    Benchmark("eigenvector n2000") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? EigenvectorCentrality.compute(graph))
        }
    }

    Benchmark("louvain n2000 (seed 1)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? Communities(louvain: graph, seed: 1))
        }
    }

    Benchmark("pagerank n2000") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? PageRank.compute(graph))
        }
    }

    Benchmark("clustering+constraint n2000") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Clustering.compute(graph))
            blackHole(StructuralHoles.constraint(graph))
        }
    }

    // A year of the state system is about 150–200 states: every measure of one such graph, the unit
    // of `entente network measures --year` (31 years × 2 layers for 1980–2010).
    let year: Graph = {
        let url = fixtures.appendingPathComponent("graphs/graph_n200_m800.csv")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let g = try? EdgeListReader.parse(text, fileName: url.path)
        else { fatalError("cannot read \(url.path)") }
        return g
    }()

    Benchmark("all measures n200 (one year-sized graph)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? NetworkMeasures.compute(year))
        }
    }

    Benchmark("read csv n2000") { benchmark in
        let text =
            (try? String(contentsOf: fixtures.appendingPathComponent("graphs/graph_n2000_m10000.csv"), encoding: .utf8))
            ?? ""
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try? EdgeListReader.parse(text, fileName: "n2000"))
        }
    }

    if let folder = ProcessInfo.processInfo.environment["ENTENTE_NETWORK_YEARS"] {
        let graphs = yearGraphs(in: URL(fileURLWithPath: folder))
        let nodes = graphs.map(\.nodeCount).reduce(0, +)
        Benchmark("all measures, \(graphs.count) year-layer graphs (\(nodes) nodes)") { benchmark in
            for _ in benchmark.scaledIterations {
                for graph in graphs { blackHole(try? NetworkMeasures.compute(graph)) }
            }
        }
    }
}

/// Every `*.csv` edge list in a folder, read undirected (ties of both directions summed, as
/// networkx_years.py reads them); files without ties are skipped, as the peer skips them.
private func yearGraphs(in folder: URL) -> [Graph] {
    let names: [String]
    do {
        names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }
            .sorted()
    } catch {
        fatalError("cannot list \(folder.path): \(error)")
    }
    return names.compactMap { name in
        let url = folder.appendingPathComponent(name)
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            // A header alone: a layer without ties that year.
            guard text.split(whereSeparator: \.isNewline).count > 1 else { return nil }
            return try EdgeListReader.parse(text, fileName: url.path)
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }
}
