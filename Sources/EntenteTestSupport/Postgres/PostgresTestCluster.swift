import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A throwaway PostgreSQL server for the tests: `$ENTENTE_TEST_POSTGRES` (a `postgres://` URL of a
/// server where the tests may create databases) when set, else a cluster this process creates with
/// `initdb` in a temporary folder and starts on loopback, stopped and deleted when the process ends.
///
/// `initdb` and `pg_ctl` refuse to run as root, so as root they run as the `postgres` user that
/// Debian's package creates, in a folder it owns. A watchdog process stops the cluster if this
/// process dies without running its exit handler, so no test run leaves a server behind.
public enum PostgresTestCluster {
    /// Whether a server can be had, or why not: the reason a skipped test prints.
    public static let availability: (available: Bool, reason: String) = {
        if let url = ProcessInfo.processInfo.environment["ENTENTE_TEST_POSTGRES"], !url.isEmpty {
            return (true, "using ENTENTE_TEST_POSTGRES")
        }
        guard let bin = binaries else {
            return (false, "PostgreSQL is not installed (no initdb/pg_ctl) and ENTENTE_TEST_POSTGRES is not set")
        }
        if getuid() == 0 && runAsUser == nil {
            return (false, "running as root and there is no 'postgres' user to run \(bin)/initdb as")
        }
        return (true, "a throwaway cluster from \(bin)")
    }()

    /// The folder holding `initdb`, `pg_ctl` and `createdb`: on the PATH, else Debian's versioned folder.
    static let binaries: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        var folders = path.split(separator: ":").map(String.init)
        let debian = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: debian)) ?? []
        folders += versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "\(debian)/\($0)/bin" }
        return folders.first { folder in
            ["initdb", "pg_ctl", "createdb"].allSatisfy {
                FileManager.default.isExecutableFile(atPath: "\(folder)/\($0)")
            }
        }
    }()

    /// The command prefix that runs a PostgreSQL tool as the `postgres` user, when this process is root.
    private static let runAsUser: [String]? = {
        guard getpwnam("postgres") != nil else { return nil }
        for runuser in ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
        where FileManager.default.isExecutableFile(atPath: runuser) {
            return [runuser, "-u", "postgres", "--"]
        }
        return nil
    }()

    private struct Running: Sendable {
        var folder: String
        var pgCtl: String
    }

    private static let running = Mutex<Running?>(nil)

    /// The server's URL for a database name (`postgres` is the maintenance database).
    private static let server = Task { () throws -> String in
        if let url = ProcessInfo.processInfo.environment["ENTENTE_TEST_POSTGRES"], !url.isEmpty {
            // The database part is replaced by each test database's name.
            guard var components = URLComponents(string: url) else { throw ClusterError("bad ENTENTE_TEST_POSTGRES") }
            components.path = ""
            components.query = nil
            return components.string ?? url
        }
        return try start()
    }

    /// How long in-process clients of the test cluster may wait for their first connection.
    ///
    /// The connection is made on the test process's cooperative threads (two on a 2-core machine).
    /// In the full suite those are held for long stretches by CPU-bound tests, and the sweep-result
    /// tests' first call, given the product's 30 s, gave up in CI although the server was up (both
    /// fresh-clone runs of 2026-11-29; the same tests passed alone). The product's default is right
    /// for a cluster job on its own; a test process sharing its threads with 700 tests needs longer.
    public static let patientConnection: Duration = .seconds(300)

    /// A new, empty database on the server, by URL.
    public static func newDatabase(_ name: String) async throws -> String {
        let base = try await server.value
        let bin = binaries
        guard let bin else { throw ClusterError("createdb is needed to create test databases") }
        try run(bin + "/createdb", ["--maintenance-db=\(base)/postgres", name], asPostgres: false)
        return "\(base)/\(name)?sslmode=disable"
    }

    /// A copy of `template` (which nobody may be connected to), by URL; retried while the
    /// template's last connections close.
    public static func copyDatabase(_ template: String, to name: String) async throws -> String {
        let base = try await server.value
        guard let bin = binaries else { throw ClusterError("createdb is needed to create test databases") }
        var lastError: (any Error)?
        for _ in 0..<50 {
            do {
                try run(bin + "/createdb", ["--maintenance-db=\(base)/postgres", "--template=\(template)", name])
                return "\(base)/\(name)?sslmode=disable"
            } catch {
                lastError = error
                try await Task.sleep(for: .milliseconds(200))
            }
        }
        throw lastError ?? ClusterError("could not copy database \(template)")
    }

    // MARK: - The local cluster

    private static func start() throws -> String {
        guard let bin = binaries else { throw ClusterError("PostgreSQL is not installed") }
        let asPostgres = getuid() == 0
        let folder = FileManager.default.temporaryDirectory.appending(path: "entente-pg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if asPostgres, let user = getpwnam("postgres") {
            guard chown(folder, user.pointee.pw_uid, user.pointee.pw_gid) == 0 else {
                throw ClusterError("cannot give \(folder) to the postgres user")
            }
        }
        let data = folder + "/data"
        try run(
            bin + "/initdb",
            ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
            asPostgres: asPostgres)
        var lastError: (any Error)?
        // Every store and result set a test opens keeps a pool of up to 20 connections, and the
        // whole suite runs its PostgreSQL tests at once: room for all of them, with a margin.
        for _ in 0..<5 {
            let port = Int.random(in: 20000..<60000)
            do {
                try runDetaching(
                    bin + "/pg_ctl",
                    [
                        "-D", data, "-l", folder + "/server.log", "-w", "-o",
                        "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=1000",
                        "start",
                    ], asPostgres: asPostgres, output: folder + "/pg_ctl.out")
                running.withLock { $0 = Running(folder: folder, pgCtl: bin + "/pg_ctl") }
                atexit { PostgresTestCluster.stop() }
                try startWatchdog(folder: folder, pgCtl: bin + "/pg_ctl", asPostgres: asPostgres)
                return "postgres://postgres@127.0.0.1:\(port)"
            } catch {
                lastError = error
            }
        }
        try? FileManager.default.removeItem(atPath: folder)
        throw lastError ?? ClusterError("the cluster did not start")
    }

    /// Stops the cluster and deletes its folder; run at exit.
    static func stop() {
        guard
            let cluster = running.withLock({ state in
                defer { state = nil }; return state
            })
        else { return }
        try? runDetaching(
            cluster.pgCtl, ["-D", cluster.folder + "/data", "-m", "immediate", "-w", "stop"], asPostgres: getuid() == 0,
            output: "/dev/null")
        try? FileManager.default.removeItem(atPath: cluster.folder)
    }

    /// A shell that waits for this process to end, then stops the cluster if it still runs.
    private static func startWatchdog(folder: String, pgCtl: String, asPostgres: Bool) throws {
        let prefix = asPostgres ? (runAsUser ?? []).joined(separator: " ") + " " : ""
        let script = """
            while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done
            if [ -d '\(folder)/data' ]; then \(prefix)'\(pgCtl)' -D '\(folder)/data' -m immediate stop >/dev/null 2>&1; fi
            rm -rf '\(folder)'
            """
        let process = Process()
        process.executableURL = URL(filePath: "/bin/sh")
        process.arguments = ["-c", script]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Runs a tool to its end; a failure carries its output.
    private static func run(_ tool: String, _ arguments: [String], asPostgres: Bool = false) throws {
        let process = Process()
        let command = (asPostgres ? (runAsUser ?? []) : []) + [tool] + arguments
        process.executableURL = URL(filePath: command[0])
        process.arguments = Array(command.dropFirst())
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ClusterError("\(command.joined(separator: " ")) failed: \(text)")
        }
    }

    /// Runs `pg_ctl` through the shell (`system`) rather than `Process`: the server it starts would
    /// inherit the socket Foundation watches to learn that a child ended, so `waitUntilExit` would
    /// wait for the server instead of `pg_ctl`.
    private static func runDetaching(_ tool: String, _ arguments: [String], asPostgres: Bool, output: String) throws {
        let command = (asPostgres ? (runAsUser ?? []) : []) + [tool] + arguments
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let status = system(quoted.joined(separator: " ") + " >'\(output)' 2>&1 </dev/null")
        guard status == 0 else {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            throw ClusterError("\(command.joined(separator: " ")) failed (\(status)): \(text)")
        }
    }

    struct ClusterError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
