import ArgumentParser
import Testing

@testable import EntenteCLI

/// `--results` and `--sweep`: the combinations `sim sweep` and `sim merge` accept and refuse.
struct SweepResultsOptionsTests {
    static let url = "postgres://me@db.example/sweeps"

    @Test func sweepTakesResultsWithAShardButNotWithFilesOrCSV() throws {
        let base = ["sim", "sweep", "s.yaml", "--grid", "agents=10,20", "--shard", "1/4"]
        let command = try #require(
            try EntenteCommand.parseAsRoot(base + ["--results", Self.url]) as? SimSweepCommand)
        #expect(command.results == Self.url && command.shard == "1/4")
        #expect(throws: (any Error).self) {
            try EntenteCommand.parseAsRoot(base + ["--results", Self.url, "--output", "o"])
        }
        #expect(throws: (any Error).self) {
            try EntenteCommand.parseAsRoot(base + ["--results", Self.url, "--format", "csv"])
        }
    }

    @Test func mergeTakesFilesOrResultsWithASweepID() throws {
        let command = try #require(
            try EntenteCommand.parseAsRoot(["sim", "merge", "--results", Self.url, "--sweep", "ab12"])
                as? SimMergeCommand)
        #expect(command.results == Self.url && command.sweep == "ab12" && command.files.isEmpty)
        #expect(throws: (any Error).self) { try EntenteCommand.parseAsRoot(["sim", "merge", "--results", Self.url]) }
        #expect(throws: (any Error).self) { try EntenteCommand.parseAsRoot(["sim", "merge", "--sweep", "ab12"]) }
        #expect(throws: (any Error).self) {
            try EntenteCommand.parseAsRoot(["sim", "merge", "a.json", "--results", Self.url, "--sweep", "ab12"])
        }
        #expect(throws: (any Error).self) { try EntenteCommand.parseAsRoot(["sim", "merge"]) }
    }
}
