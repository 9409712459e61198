import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteNetwork
import EntenteStore
import Foundation

/// Options of `entente network bench --from Y1 --to Y2`: every measure for every year on some layers.
struct BenchYearOptions: ParsableArguments {
    @Option(name: .long, help: "First year of the per-year benchmark (instead of --edges).")
    var from: Int?

    @Option(name: .long, help: "Last year of the per-year benchmark.")
    var to: Int?

    @Option(name: .long, help: "Layers of the per-year benchmark (comma-separated).")
    var layers: String = "exercise,alliance"

    @Option(name: .long, help: "Write each year's layer as DIR/LAYER_YEAR.csv, for networkx_years.py.")
    var edgesOut: String?

    @Option(name: .long, help: "JSON printed by scripts/peers/network/networkx_years.py on the same files.")
    var yearsPeer: String?

    @OptionGroup var storeOptions: StoreOptions

    var layerNames: [String] { LayerWeightOptions.list(layers) }
}

/// One year-layer graph of the benchmark: the layer without isolated states (undirected, ties of both
/// directions summed), exactly the graph networkx builds from the exported edge list.
struct BenchGraph {
    var name: String
    var graph: Graph
}

extension NetworkBenchCommand {
    func runYears(_ options: BenchYearOptions) async throws {
        let first = options.from!
        let last = options.to ?? first
        let store = try options.storeOptions.open()
        let loader = YearNetworkLoader(store: store, options: WorldLayers.Options())
        let clock = ContinuousClock()
        var graphs: [BenchGraph] = []
        let loadStart = clock.now
        for year in first...last {
            let layers = try loader.layers(try await loader.world(year))
            for name in options.layerNames {
                let full = try layers.knownLayer(name).undirected()
                let edges = full.edges
                var used = [Bool](repeating: false, count: full.nodeCount)
                for e in edges {
                    used[e.source] = true
                    used[e.target] = true
                }
                let labels = full.labels.indices.filter { used[$0] }.map { full.labels[$0] }
                let graph = try Graph(
                    labels: labels,
                    labelledEdges: edges.map { (full.labels[$0.source], full.labels[$0.target], $0.weight) })
                guard graph.edgeCount > 0 else { continue }  // nothing to measure, on either side
                graphs.append(BenchGraph(name: "\(name)_\(year)", graph: graph))
                if let dir = options.edgesOut {
                    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                    try writeOutput(EdgeListCSV.render(graph), to: "\(dir)/\(name)_\(year).csv")
                }
            }
        }
        let loadSeconds = seconds(clock.now - loadStart)
        var wall: [Double] = []
        var cpuTimes: [Double] = []
        var checksum = 0.0
        for _ in 0..<repetitions {
            let c0 = processCPUSeconds()
            let t0 = clock.now
            for g in graphs {
                let m = try NetworkMeasures.compute(g.graph)
                checksum += m.betweenness.reduce(0, +) + m.communities.modularity
            }
            wall.append(seconds(clock.now - t0))
            cpuTimes.append(processCPUSeconds() - c0)
        }
        wall.sort()
        cpuTimes.sort()
        let ours = cpuTimes[cpuTimes.count / 2]
        let nodes = graphs.map(\.graph.nodeCount).reduce(0, +)
        let ties = graphs.map(\.graph.edgeCount).reduce(0, +)
        var out =
            "every measure (degree, strength, betweenness, eigenvector, PageRank, clustering, constraint, HHI, "
            + "Louvain + modularity) on \(graphs.count) graphs: layers \(options.layerNames.joined(separator: ", ")), "
            + "\(first)–\(last); \(nodes) nodes and \(ties) ties in all\n"
        #if DEBUG
            out +=
                "note: this is a debug build, whose times are not representative; build with `swift build -c release`.\n"
        #endif
        out += "loading Worlds and building layers: \(NumberText.fixed(loadSeconds, 3)) s (not timed below)\n"
        out +=
            "Entente: median of \(repetitions) runs: \(NumberText.fixed(wall[wall.count / 2], 4)) s wall, \(NumberText.fixed(ours, 4)) s CPU (1 thread)\n"
        if let peer = options.yearsPeer {
            let p = try PeerCPU(path: peer)
            guard let theirs = p.seconds["all_measures"] else {
                throw EntenteError(.malformedFile, "\(peer): no \"all_measures\" CPU time.")
            }
            out += "networkx: \(NumberText.fixed(theirs, 4)) s CPU; ratio \(NumberText.fixed(theirs / ours, 1))x\n"
        }
        if !checksum.isFinite { out += "warning: a measure was not finite\n" }
        print(out, terminator: "")
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
