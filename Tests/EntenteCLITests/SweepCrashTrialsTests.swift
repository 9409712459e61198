import EntenteTestSupport
import Foundation
import Testing

#if os(Linux)
    /// Crash safety of shared sweep results (issue 14): `scripts/robustness/sweep-crash-trials.sh`
    /// kills a shard writing into PostgreSQL with SIGKILL at seeded random moments; every result set
    /// it leaves must hold whole points only, and rerunning the shard must complete it so the merge
    /// equals the unsharded sweep byte for byte.
    ///
    /// `swift test` runs a few trials with the debug build on the throwaway test cluster; the
    /// figures of the 100-trial runs are in `docs/robustness.md`.
    @Suite(
        .enabled(
            if: PostgresTestCluster.availability.available, Comment(rawValue: PostgresTestCluster.availability.reason)),
        .timeLimit(.minutes(15)))
    struct SweepCrashTrialsTests {
        @Test func killedShardsLeaveWholePointsAndRerunsCompleteThem() async throws {
            let executable = try #require(
                CrashTrialsTests.ententeExecutable(), "swift test builds the entente executable beside the test bundle")
            let url = try await PostgresTestCluster.newDatabase("trials_\(UUID().uuidString.prefix(8).lowercased())")
            let trials = 6
            let result = CrashTrialsTests.run([
                "bash", CrashTrialsTests.repository.appending(path: "scripts/robustness/sweep-crash-trials.sh").path,
                "--binary", executable.path, "--postgres", url, "--trials", "\(trials)", "--shards", "2",
                "--points", "16", "--horizon", "30", "--seed", "14", "--max-seconds", "600",
            ])
            #expect(result.status == 0, "\(result.output.suffix(4000))")
            let summary = result.output.split(separator: "\n").last { $0.hasPrefix("sweep crash trials: ") }
            #expect(summary.map(String.init) == "sweep crash trials: \(trials) run, 0 half-written", "\(result.output)")
        }
    }
#endif
