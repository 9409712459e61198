import Foundation
import Testing

#if os(Linux)
    /// Crash safety (issue 14): `scripts/robustness/crash-trials.sh` kills `entente data import` and
    /// `entente data rebuild` with SIGKILL at seeded random moments, and every store it leaves must be
    /// exactly as before or exactly as after a complete run, and open cleanly.
    ///
    /// `swift test` builds the `entente` executable beside this test bundle. A debug build is slower
    /// than a release one, so the suite runs fewer trials than the 100 per command recorded in
    /// `docs/robustness.md` (from a release build); the kills are spread the same way, over one
    /// complete run's length. The script needs Linux's coreutils and bash 4, so the test runs on Linux.
    struct CrashTrialsTests {
        static let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()

        /// The `entente` executable `swift test` built: in the folder of the running test bundle or one
        /// of its parents (a macOS `.xctest` bundle nests its executable three folders down).
        static func ententeExecutable() -> URL? {
            if let explicit = ProcessInfo.processInfo.environment["ENTENTE_BIN"], !explicit.isEmpty {
                return URL(filePath: explicit)
            }
            var folder = URL(filePath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = folder.appending(path: "entente")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
            return nil
        }

        /// The script needs bash and a way to read SQLite files: the sqlite3 shell or Python's module.
        static let toolsPresent =
            run(["bash", "-c", "command -v sqlite3 || python3 -c 'import sqlite3'"]).status == 0

        static func run(_ arguments: [String]) -> (status: Int32, output: String) {
            let process = Process()
            process.executableURL = URL(filePath: "/usr/bin/env")
            process.arguments = arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            do { try process.run() } catch { return (-1, "\(error)") }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }

        @Test(
            "SIGKILL at random points of data import and data rebuild never leaves a half-written store",
            .enabled(if: toolsPresent, "needs the sqlite3 shell or python3 to hash the stores"))
        func killedImportsAndRebuildsLeaveAWholeStore() throws {
            let executable = try #require(
                Self.ententeExecutable(), "swift test builds the entente executable beside the test bundle")
            let importTrials = 16
            let rebuildTrials = 5
            let result = Self.run([
                "bash", Self.repository.appending(path: "scripts/robustness/crash-trials.sh").path,
                "--binary", executable.path, "--import-trials", "\(importTrials)", "--rebuild-trials",
                "\(rebuildTrials)", "--rows", "5000", "--seed", "14", "--max-seconds", "900",
            ])
            #expect(result.status == 0, "\(result.output.suffix(4000))")
            let summary = result.output.split(separator: "\n").last { $0.hasPrefix("crash trials: ") }.map(String.init)
            #expect(summary == "crash trials: \(importTrials + rebuildTrials) run, 0 half-written", "\(result.output)")
        }
    }
#endif
