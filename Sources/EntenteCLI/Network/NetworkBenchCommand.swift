import ArgumentParser
import EntenteRender
import EntenteCore
import EntenteNetwork
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// CPU seconds used by this process so far (all threads).
func processCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// `entente network bench --edges FILE [--peer NX.json]` or `--from Y1 --to Y2 [--layers L,…]`
struct NetworkBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time betweenness, eigenvector and Louvain on an edge list, optionally against networkx's output.",
        discussion: """
            Run the peer first and pass its JSON: \
            python3 networkx_metrics.py GRAPH.csv --full > nx.json; entente network bench --edges GRAPH.csv --peer nx.json. \
            With --peer, Entente's values are checked against networkx's (betweenness and eigenvector to 1e-9, \
            Louvain by modularity) and the ratios of networkx's times to Entente's are printed. \
            Times are medians over --repeat runs of a release build's library code, excluding file reading.
            """
    )

    @OptionGroup var input: EdgeListOptions

    @OptionGroup var yearOptions: BenchYearOptions

    @Option(name: .long, help: "JSON printed by networkx_metrics.py (with --full to check every node's value).")
    var peer: String?

    @Option(name: .long, help: "JSON printed by scripts/peers/network/networkx_cpu_time.py, for CPU-time ratios.")
    var cpuPeer: String?

    @Option(name: .customLong("repeat"), help: "Runs per measure; the median is reported.")
    var repetitions: Int = 5

    @Option(name: .long, help: "Tasks for parallel betweenness.")
    var tasks: Int = 2

    @Option(name: .long, help: "Output format: text or json.")
    var format: TableFormat = .text

    func validate() throws {
        switch (input.edges, yearOptions.from) {
        case (nil, nil): throw ValidationError("Give --edges FILE or --from YEAR [--to YEAR].")
        case (.some, .some): throw ValidationError("--edges and --from cannot be used together; give one.")
        case (nil, .some(let y)):
            try NetworkDataCoverage.checkYear(y, option: "--from")
            let last = yearOptions.to ?? y
            try NetworkDataCoverage.checkYear(last, option: "--to")
            guard y <= last else { throw ValidationError("--to (\(last)) is before --from (\(y)).") }
            for name in yearOptions.layerNames { try validateLayerName(name) }
        case (.some, nil): break
        }
        guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1; got \(repetitions).") }
        guard tasks >= 1 else { throw ValidationError("--tasks must be at least 1; got \(tasks).") }
    }

    func run() async throws {
        if yearOptions.from != nil { return try await runYears(yearOptions) }
        let graph = try input.load()
        let clock = ContinuousClock()
        var cpu: [String: Double] = [:]
        func median(_ name: String, _ f: () throws -> Void) rethrows -> Double {
            var times: [Double] = []
            var cpuTimes: [Double] = []
            for _ in 0..<repetitions {
                let c0 = processCPUSeconds()
                let d = try clock.measure { try f() }
                cpuTimes.append(processCPUSeconds() - c0)
                times.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
            }
            times.sort()
            cpuTimes.sort()
            cpu[name] = cpuTimes[cpuTimes.count / 2]
            return times[times.count / 2]
        }
        var betweenness: [Double] = []
        var eigen: [Double] = []
        var communities: Communities?
        let tSequential = median("betweenness") { betweenness = Betweenness.compute(graph, path: .inverseWeight) }
        var times: [Double] = []
        var parallel: [Double] = []
        for _ in 0..<repetitions {
            let start = clock.now
            parallel = await Betweenness.compute(graph, path: .inverseWeight, maxConcurrency: tasks)
            let d = clock.now - start
            times.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
        }
        times.sort()
        let tParallel = times[times.count / 2]
        guard parallel == betweenness else {
            throw EntenteError(
                .internalFailure, "Parallel betweenness differs from sequential; please report this bug.")
        }
        let tEigen = try median("eigenvector") { eigen = try EigenvectorCentrality.compute(graph) }
        let tLouvain = try median("louvain") { communities = try Communities(louvain: graph, seed: 1) }

        var rows: [(String, Double, Double?)] = [
            ("betweenness (1 thread)", tSequential, nil), ("betweenness (\(tasks) tasks)", tParallel, nil),
            ("eigenvector", tEigen, nil), ("louvain", tLouvain, nil),
        ]
        var checks: [String] = []
        if let peer {
            let p = try PeerResult(path: peer)
            rows[0].2 = p.seconds["betweenness"]
            rows[1].2 = p.seconds["betweenness"]
            rows[2].2 = p.seconds["eigenvector"]
            rows[3].2 = p.seconds["louvain"]
            if let nodes = p.nodes {
                checks.append(try compare(betweenness, nodes, "betweenness", graph))
                checks.append(try compare(eigen, nodes, "eigenvector", graph))
            } else {
                checks.append("values not checked: run the peer with --full")
            }
            if let q = p.modularity, let c = communities {
                checks.append("louvain modularity: Entente \(NumberText.fixed(c.modularity, 6)), networkx \(NumberText.fixed(q, 6))")
            }
        }
        if let cpuPeer {
            let p = try PeerCPU(path: cpuPeer)
            for name in ["betweenness", "eigenvector", "louvain"] {
                if let ours = cpu[name], let theirs = p.seconds[name] {
                    checks.append(
                        "\(name) CPU time: Entente \(NumberText.fixed(ours, 4)) s (1 thread), networkx \(NumberText.fixed(theirs, 4)) s, ratio \(NumberText.fixed(theirs / ours, 1))x"
                    )
                }
            }
        } else {
            for name in ["betweenness", "eigenvector", "louvain"] {
                if let ours = cpu[name] { checks.append("\(name) CPU time (1 thread): \(NumberText.fixed(ours, 4)) s") }
            }
        }
        let sum = tParallel + tEigen + tLouvain
        let peerSum = [rows[1].2, rows[2].2, rows[3].2].compactMap { $0 }
        if peerSum.count == 3 { rows.append(("betweenness + eigenvector + louvain", sum, peerSum.reduce(0, +))) }
        print(render(graph, rows, checks), terminator: "")
    }

    private func compare(_ values: [Double], _ nodes: [String: [String: Double]], _ key: String, _ graph: Graph) throws
        -> String
    {
        var worst = 0.0
        for (i, label) in graph.labels.enumerated() {
            guard let e = nodes[label]?[key] else {
                throw EntenteError(
                    .invalidInput, "The peer output has no \(key) for node '\(label)'; was it run on the same file?")
            }
            worst = max(worst, abs(values[i] - e))
        }
        guard worst <= 1e-9 else {
            throw EntenteError(.internalFailure, "\(key) differs from networkx by up to \(worst), more than 1e-9.")
        }
        return "\(key): equal to networkx for all \(graph.nodeCount) nodes (largest difference \(worst))"
    }

    private func render(_ graph: Graph, _ rows: [(String, Double, Double?)], _ checks: [String]) -> String {
        if format == .json {
            var out =
                "{\"graph\": {\"nodes\": \(graph.nodeCount), \"edges\": \(graph.edgeCount)}, \"repeat\": \(repetitions), \"measures\": ["
            out += rows.map { r in
                "{\"measure\": \(JSONText.string(r.0)), \"entente_seconds\": \(r.1), \"networkx_seconds\": \(r.2.map { "\($0)" } ?? "null"), "
                    + "\"ratio\": \(r.2.map { "\($0 / r.1)" } ?? "null")}"
            }.joined(separator: ", ")
            out += "], \"checks\": [" + checks.map(JSONText.string).joined(separator: ", ") + "]}\n"
            return out
        }
        var out = "\(graph.nodeCount) nodes, \(graph.edgeCount) ties; median of \(repetitions) runs\n"
        #if DEBUG
            out +=
                "note: this is a debug build, whose times are not representative; build with `swift build -c release`.\n"
        #endif
        out +=
            "measure".padded(to: 36) + "Entente s".leftPadded(to: 12) + "networkx s".leftPadded(to: 12) + "ratio".leftPadded(to: 10)
            + "\n"
        for r in rows {
            out += r.0.padded(to: 36) + NumberText.fixed(r.1, 4).leftPadded(to: 12)
            out += (r.2.map { NumberText.fixed($0, 4) } ?? "—").leftPadded(to: 12)
            out += (r.2.map { NumberText.fixed($0 / r.1, 1) + "x" } ?? "—").leftPadded(to: 10) + "\n"
        }
        for c in checks { out += c + "\n" }
        return out
    }
}

/// The parts of networkx_metrics.py's JSON that the bench uses.
struct PeerResult {
    var seconds: [String: Double] = [:]
    var modularity: Double?
    var nodes: [String: [String: Double]]?

    init(path: String) throws {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw EntenteError(
                .malformedFile, "Cannot read the networkx output '\(path)': \(error.localizedDescription)",
                underlying: error)
        }
        guard let root = object as? [String: Any], let wall = root["wall_seconds"] as? [String: Any] else {
            throw EntenteError(
                .malformedFile,
                "\(path): expected the JSON object printed by networkx_metrics.py, with \"wall_seconds\".")
        }
        for (k, v) in wall { if let d = (v as? NSNumber)?.doubleValue { seconds[k] = d } }
        modularity = ((root["louvain"] as? [String: Any])?["modularity"] as? NSNumber)?.doubleValue
        if let n = root["nodes"] as? [String: [String: Any]] {
            nodes = n.mapValues { $0.compactMapValues { ($0 as? NSNumber)?.doubleValue } }
        }
    }
}

/// The JSON printed by scripts/peers/network/networkx_cpu_time.py.
struct PeerCPU {
    var seconds: [String: Double] = [:]

    init(path: String) throws {
        let object = try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        guard let root = object as? [String: Any], let cpu = root["cpu_seconds"] as? [String: Any] else {
            throw EntenteError(
                .malformedFile, "\(path): expected the JSON printed by networkx_cpu_time.py, with \"cpu_seconds\".")
        }
        for (k, v) in cpu { if let d = (v as? NSNumber)?.doubleValue { seconds[k] = d } }
    }
}
