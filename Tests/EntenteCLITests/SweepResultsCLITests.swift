import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

#if os(Linux)
    import Glibc

    /// Sweeps across machines (issue 14): shards of one sweep, each an `entente sim sweep --results`
    /// process, fill one PostgreSQL result set; one is killed with SIGKILL part-way and run again; the
    /// merge then prints exactly what the unsharded sweep prints, and no row is stored twice.
    @Suite(
        .enabled(
            if: PostgresTestCluster.availability.available, Comment(rawValue: PostgresTestCluster.availability.reason)),
        .timeLimit(.minutes(10)))
    struct SweepResultsCLITests {
        // Long enough runs that a shard cannot store all twelve points in one 10 ms slice.
        static let scenario = "name: across machines\nmodel: norms\nseed: 7\nreplicates: 2\nhorizon: 600\n"
        static let points = 36
        static let shards = 3

        /// A process's exit, standard output bytes and standard error text.
        struct Exit {
            var status: Int32
            var killedBySignal: Bool
            var output: Data
            var errors: String
        }

        /// Starts `entente` with `arguments`; its output goes to files in `folder`, read when it ends.
        final class Running {
            let process = Process()
            let outputFile: URL
            let errorFile: URL

            init(_ executable: URL, _ arguments: [String], folder: URL, name: String) throws {
                outputFile = folder.appending(path: "\(name).out")
                errorFile = folder.appending(path: "\(name).err")
                _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
                _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
                process.executableURL = executable
                process.arguments = arguments
                process.environment = ProcessInfo.processInfo.environment.merging(
                    ["HOME": folder.path, "XDG_DATA_HOME": folder.path + "/data"], uniquingKeysWith: { _, new in new })
                process.standardOutput = try FileHandle(forWritingTo: outputFile)
                process.standardError = try FileHandle(forWritingTo: errorFile)
                try process.run()
            }

            func finish() throws -> Exit {
                process.waitUntilExit()
                return Exit(
                    status: process.terminationStatus, killedBySignal: process.terminationReason == .uncaughtSignal,
                    output: try Data(contentsOf: outputFile),
                    errors: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
            }
        }

        let folder: URL
        let executable: URL

        init() throws {
            folder = try ScratchFolder.make("sweep-results")
            try Self.scenario.write(to: folder.appending(path: "s.yaml"), atomically: true, encoding: .utf8)
            executable = try #require(
                CrashTrialsTests.ententeExecutable(), "swift test builds the entente executable beside the test bundle")
        }

        func entente(_ arguments: [String], name: String) throws -> Running {
            try Running(executable, arguments, folder: folder, name: name)
        }

        var sweep: [String] {
            [
                "sim", "sweep", folder.appending(path: "s.yaml").path, "--grid",
                "mutation_rate=0.001:0.05:\(Self.points)", "--threads", "1", "--quiet",
            ]
        }

        @Test func killedShardRerunMergesIntoTheSingleMachineSweepBitForBit() async throws {
            defer { try? FileManager.default.removeItem(at: folder) }
            let url = try await PostgresTestCluster.newDatabase("sweep_\(UUID().uuidString.prefix(8).lowercased())")
            let results = try PostgresSweepResults(url: url, connectionTimeout: PostgresTestCluster.patientConnection)

            // The single-machine sweep, as JSON and as CSV.
            let whole = try entente(sweep + ["--format", "json"], name: "whole").finish()
            let wholeCSV = try entente(sweep + ["--format", "csv"], name: "whole-csv").finish()
            #expect(whole.status == 0 && wholeCSV.status == 0, "\(whole.errors)\(wholeCSV.errors)")
            let reference = try EntenteJSON.decode(SweepReport.self, from: whole.output)
            let id = reference.fingerprint
            #expect(reference.points.count == Self.points)

            // Every shard at once, each its own process; shard 1 is killed once it has stored a point.
            let victim = 1
            let victimRange = (victim * Self.points / Self.shards)..<((victim + 1) * Self.points / Self.shards)
            var running: [Running] = []
            for index in 0..<Self.shards {
                running.append(
                    try entente(
                        sweep + ["--shard", "\(index)/\(Self.shards)", "--results", url, "--format", "json"],
                        name: "shard-\(index)"))
            }
            // The victim runs in 10 ms slices and is stopped while the test looks at what it stored, so a
            // test process starved of threads by the rest of the suite cannot let it run to the end unseen.
            let victimID = running[victim].process.processIdentifier
            kill(victimID, SIGSTOP)
            defer { if running[victim].process.isRunning { kill(victimID, SIGKILL) } }
            var storedAtKill: [Int] = []
            while running[victim].process.isRunning {
                storedAtKill = try await results.storedPointIndices(sweep: id).filter(victimRange.contains)
                if !storedAtKill.isEmpty {
                    kill(victimID, SIGKILL)
                    break
                }
                kill(victimID, SIGCONT)
                usleep(10_000)
                kill(victimID, SIGSTOP)
            }
            let killed = try running[victim].finish()
            #expect(killed.killedBySignal, "shard \(victim) finished before it could be killed; make the sweep longer")
            for index in 0..<Self.shards where index != victim {
                let exit = try running[index].finish()
                #expect(exit.status == 0, "shard \(index): \(exit.errors)")
            }

            // The kill left whole points only, and fewer than the shard's.
            let afterKill = try await results.points(sweep: id).filter { victimRange.contains($0.index) }
            #expect(afterKill.count >= storedAtKill.count && afterKill.count < victimRange.count)
            #expect(afterKill.allSatisfy { $0.replicateSummaries.count == 2 })
            let counts = try await results.rowCounts(sweep: id)
            #expect(counts.replicates == 2 * counts.points)

            // Merging now refuses, naming the missing points' shard.
            let early = try entente(["sim", "merge", "--results", url, "--sweep", id], name: "early-merge").finish()
            #expect(early.status != 0 && early.output.isEmpty)
            #expect(
                early.errors.contains("points are missing")
                    && early.errors.contains("shard 1/3 (started 1 time, not finished)"), "\(early.errors)")

            // The rerun skips the stored points and computes the rest.
            let rerun = try entente(
                sweep + ["--shard", "\(victim)/\(Self.shards)", "--results", url, "--format", "json"], name: "rerun"
            ).finish()
            #expect(rerun.status == 0, "\(rerun.errors)")
            let report = try EntenteJSON.decode(SweepStoreRunReport.self, from: rerun.output)
            #expect(report.sweep == id && report.alreadyStored == afterKill.count)
            #expect(report.written == victimRange.count - afterKill.count && report.sweepComplete)

            // The merge prints the single-machine sweep's bytes, as JSON and as CSV.
            let merged = try entente(
                ["sim", "merge", "--results", url, "--sweep", id, "--format", "json"], name: "merge"
            )
            .finish()
            let mergedCSV = try entente(
                ["sim", "merge", "--results", url, "--sweep", id, "--format", "csv"], name: "merge-csv"
            ).finish()
            #expect(merged.status == 0 && mergedCSV.status == 0, "\(merged.errors)\(mergedCSV.errors)")
            #expect(merged.output == whole.output)
            #expect(mergedCSV.output == wholeCSV.output)

            // Each point and replicate once; running a finished shard again adds nothing.
            #expect(try await results.rowCounts(sweep: id) == (Self.points, 2 * Self.points, Self.shards))
            let again = try entente(
                sweep + ["--shard", "0/\(Self.shards)", "--results", url, "--format", "json"], name: "again"
            )
            .finish()
            let againReport = try EntenteJSON.decode(SweepStoreRunReport.self, from: again.output)
            #expect(againReport.written == 0 && againReport.alreadyStored == Self.points / Self.shards)
            #expect(try await results.rowCounts(sweep: id) == (Self.points, 2 * Self.points, Self.shards))
        }

        @Test func mergeOfAnUnknownSweepListsTheStoredOnes() async throws {
            defer { try? FileManager.default.removeItem(at: folder) }
            let url = try await PostgresTestCluster.newDatabase("sweep_\(UUID().uuidString.prefix(8).lowercased())")
            let shard = try entente(sweep + ["--shard", "0/4", "--results", url], name: "shard").finish()
            #expect(shard.status == 0, "\(shard.errors)")
            let text = String(decoding: shard.output, as: UTF8.self)
            #expect(text.contains("of \(Self.points) point(s) of this sweep"), "\(text)")
            let unknown = try entente(["sim", "merge", "--results", url, "--sweep", "0123456789abcdef"], name: "merge")
                .finish()
            #expect(unknown.status != 0)
            #expect(
                unknown.errors.contains("holds no sweep '0123456789abcdef'")
                    && unknown.errors.contains("'across machines', \(Self.points / 4)/\(Self.points) points"),
                "\(unknown.errors)")
        }
    }
#endif
