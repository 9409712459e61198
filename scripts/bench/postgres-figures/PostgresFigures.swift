import EntenteCore
import EntenteStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The figures of docs/benchmarks/postgres.md, measured in one process against a PostgreSQL cluster
/// that scripts/bench/postgres-figures.sh starts (and stops): the store build, the World snapshot
/// read, and reads from 1 and 8 concurrent clients, each beside the SQLite store on the same data.
///
/// usage: PostgresFigures <work folder> <server URL without database> <postmaster pid> <rounds>
/// The databases `bench_build_1` … `bench_build_<rounds>` must exist and be empty.
@main
struct PostgresFigures {
    static func main() async throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 5, let postmaster = Int32(arguments[3]), let rounds = Int(arguments[4]) else {
            print("usage: PostgresFigures <work folder> <postgres://user@host:port> <postmaster pid> <rounds>")
            exit(2)
        }
        let folder = arguments[1]
        let server = arguments[2]
        let cluster = ServerCPU(postmaster: postmaster)
        print("load average at start: \(loadAverage())")

        // 1. Store builds, interleaved: SQLite file, then PostgreSQL into an empty database.
        print("\n## Store build from the bundled data (\(rounds) rounds, interleaved)")
        print("| round | store | wall s | client CPU s | server CPU s | load |")
        print("| --- | --- | ---: | ---: | ---: | ---: |")
        let sqlitePath = folder + "/bench.sqlite"
        for round in 1...rounds {
            try? FileManager.default.removeItem(atPath: sqlitePath)
            let sqlite = try measure(cluster: nil) { _ = try StoreBuilder().build(at: sqlitePath) }
            print("| \(round) | SQLite | \(f(sqlite.wall)) | \(f(sqlite.cpu)) | – | \(loadAverage()) |")
            let url = "\(server)/bench_build_\(round)?sslmode=disable"
            let postgres = try await measureAsync(cluster: cluster) {
                let store = try PostgresStore(url: url)
                _ = try await store.directory()
                precondition(store.openingBuild != nil, "the database was not empty")
            }
            print(
                "| \(round) | PostgreSQL | \(f(postgres.wall)) | \(f(postgres.cpu)) | \(f(postgres.server)) | \(loadAverage()) |"
            )
        }

        let sqlite: any KnowledgeStore = try SQLiteStore(path: sqlitePath)
        let postgres: any KnowledgeStore = try PostgresStore(url: "\(server)/bench_build_1?sslmode=disable")
        let stores: [(String, any KnowledgeStore)] = [("SQLite", sqlite), ("PostgreSQL", postgres)]

        // 2. The World snapshot, read again and again after two warm-up reads.
        print("\n## World snapshot read (`world(asOf:)`), 30 reads after 2 warm-up reads")
        print(
            "| store | day | median ms | p95 ms | client CPU ms/read | server CPU ms/read | states | alliance edges |")
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for day in [Day.endOfYear(2010), Day.endOfYear(2024)] {
            for (name, store) in stores {
                for _ in 0..<2 { _ = try await store.world(asOf: day) }
                var times: [Double] = []
                var world: World?
                let total = try await measureAsync(cluster: name == "PostgreSQL" ? cluster : nil) {
                    for _ in 0..<30 {
                        let start = ContinuousClock.now
                        world = try await store.world(asOf: day)
                        times.append(seconds(ContinuousClock.now - start))
                    }
                }
                let server = name == "PostgreSQL" ? f(total.server / 30 * 1000) : "–"
                print(
                    "| \(name) | \(day.iso) | \(ms(percentile(times, 0.5))) | \(ms(percentile(times, 0.95))) | "
                        + "\(f(total.cpu / 30 * 1000)) | \(server) | \(world?.stateCount ?? 0) | \(world?.alliances.count ?? 0) |"
                )
            }
        }

        // 3. Reads from 1 and from 8 concurrent clients (tasks sharing the store, as a server's
        // requests do), each client doing the same number of reads.
        let day = Day.endOfYear(2010)
        let reads: [(String, Int, @Sendable (any KnowledgeStore, Int) async throws -> Void)] = [
            ("members(NATO)", 100, { store, _ in _ = try await store.members(of: "NATO", asOf: day) }),
            (
                "profile", 25,
                { store, i in
                    _ = try await store.profile(of: CowCode([2, 200, 365, 850, 900][i % 5]), asOf: day)
                }
            ),
            ("world", 4, { store, _ in _ = try await store.world(asOf: day) }),
        ]
        print("\n## Concurrent reads on \(day.iso): 1 client vs 8 clients, each client doing N reads")
        print("| store | read | clients | reads | wall s | reads/s | p50 ms | p95 ms | load |")
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for (name, store) in stores {
            for (label, perClient, read) in reads {
                try await read(store, 0)
                for clients in [1, 8] {
                    let start = ContinuousClock.now
                    let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
                        for client in 0..<clients {
                            group.addTask {
                                var times: [Double] = []
                                for i in 0..<perClient {
                                    let begin = ContinuousClock.now
                                    try await read(store, client * perClient + i)
                                    times.append(seconds(ContinuousClock.now - begin))
                                }
                                return times
                            }
                        }
                        var all: [Double] = []
                        for try await times in group { all += times }
                        return all
                    }
                    let wall = seconds(ContinuousClock.now - start)
                    print(
                        "| \(name) | \(label) | \(clients) | \(latencies.count) | \(f(wall)) | "
                            + "\(f(Double(latencies.count) / wall)) | \(ms(percentile(latencies, 0.5))) | "
                            + "\(ms(percentile(latencies, 0.95))) | \(loadAverage()) |")
                }
            }
        }
        print("\nload average at end: \(loadAverage())")
    }

    // MARK: - Measuring

    struct Cost {
        var wall: Double
        var cpu: Double
        var server: Double
    }

    static func measure(cluster: ServerCPU?, _ body: () throws -> Void) throws -> Cost {
        let cpu = processCPU()
        let server = cluster?.seconds() ?? 0
        let start = ContinuousClock.now
        try body()
        let wall = seconds(ContinuousClock.now - start)
        return Cost(wall: wall, cpu: processCPU() - cpu, server: (cluster?.seconds() ?? 0) - server)
    }

    static func measureAsync(cluster: ServerCPU?, _ body: () async throws -> Void) async throws -> Cost {
        let cpu = processCPU()
        let server = cluster?.seconds() ?? 0
        let start = ContinuousClock.now
        try await body()
        let wall = seconds(ContinuousClock.now - start)
        // Backends that ended are counted once the postmaster has reaped them.
        try await Task.sleep(for: .milliseconds(200))
        return Cost(wall: wall, cpu: processCPU() - cpu, server: (cluster?.seconds() ?? 0) - server)
    }

    /// User and system CPU of this process, every thread, in seconds.
    static func processCPU() -> Double {
        var usage = rusage()
        getrusage(Int32(truncatingIfNeeded: RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    }

    /// CPU of the PostgreSQL cluster: the postmaster, its live children and the children it reaped.
    struct ServerCPU {
        let postmaster: Int32

        func seconds() -> Double {
            var ticks = 0
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            for entry in entries where Int32(entry) != nil {
                guard let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                    let close = stat.lastIndex(of: ")")
                else { continue }
                // Fields after the command: state, ppid, …; utime, stime, cutime, cstime are 14–17.
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                guard fields.count > 15, let ppid = Int32(fields[1]) else { continue }
                let pid = Int32(entry)
                guard pid == postmaster || ppid == postmaster else { continue }
                ticks += fields[11...14].compactMap { Int($0) }.reduce(0, +)
            }
            return Double(ticks) / Double(sysconf(Int32(_SC_CLK_TCK)))
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    static func f(_ value: Double) -> String { String(format: "%.2f", value) }
    static func ms(_ value: Double) -> String { String(format: "%.1f", value * 1000) }

    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").first.map(String.init) ?? "?"
    }
}
