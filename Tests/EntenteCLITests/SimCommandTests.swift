import ArgumentParser
import EntenteCore
import EntenteRender
import EntenteServices
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteCLI

/// `entente sim …`: parsing, and the files the commands write.
struct SimCommandTests {
    static let scenario = "name: cli\nmodel: norms\nseed: 3\nreplicates: 2\nhorizon: 12\nrecord_every: 4\n"

    /// A fresh folder holding the scenario file.
    static func folder() throws -> URL {
        let url = try ScratchFolder.make("sim")
        try scenario.write(to: url.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        return url
    }

    static func parse<C: ParsableCommand>(_ type: C.Type, _ arguments: [String]) throws -> C {
        try #require(try EntenteCommand.parseAsRoot(["sim"] + arguments) as? C)
    }

    @Test func benchmarksAreNoLongerPartOfTheCLI() {
        #expect(throws: (any Error).self) { try EntenteCommand.parseAsRoot(["sim", "bench", "norms"]) }
        #expect(!SimCommand.configuration.subcommands.contains { $0.configuration.commandName == "bench" })
    }

    @Test func sweepNeedsExactlyOneDesign() {
        #expect(throws: (any Error).self) { try EntenteCommand.parseAsRoot(["sim", "sweep", "s.yaml"]) }
        #expect(throws: (any Error).self) {
            try EntenteCommand.parseAsRoot(["sim", "sweep", "s.yaml", "--grid", "agents=10,20", "--lhs", "4"])
        }
    }

    @Test func runWritesTheReportAndItsCSVFiles() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let command = try Self.parse(
            SimRunCommand.self,
            [
                "run", folder.appendingPathComponent("s.yaml").path, "--quiet", "--threads", "2", "--output", out,
                "--set", "agents=12",
            ])
        try await command.run()
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names == ["ensemble.csv", "ensemble_series.csv", "replicates.csv", "run.json", "series.csv"])
        let report = try EntenteJSON.decode(
            SimulationRunReport.self, from: try Data(contentsOf: URL(fileURLWithPath: out + "/run.json")))
        #expect(report.parameters["agents"] == 12 && report.replicates == 2 && report.steps == [0, 4, 8, 12])
    }

    @Test func shardFilesWrittenBySweepMergeIntoTheWholeSweep() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("s.yaml").path
        let grid = ["--grid", "mutation_rate=0.01,0.02,0.03"]
        for shard in ["0/2", "1/2"] {
            let sweep = try Self.parse(
                SimSweepCommand.self,
                ["sweep", file, "--quiet", "--shard", shard, "--output", folder.path + "/shards"] + grid)
            try await sweep.run()
        }
        try await Self.parse(
            SimSweepCommand.self, ["sweep", file, "--quiet", "--output", folder.path + "/whole"] + grid
        )
        .run()
        let shards = ["shard-0-of-2.json", "shard-1-of-2.json"].map { folder.path + "/shards/" + $0 }
        try await Self.parse(SimMergeCommand.self, ["merge"] + shards + ["--output", folder.path + "/merged"]).run()
        let merged = try String(contentsOfFile: folder.path + "/merged/sweep.json", encoding: .utf8)
        let whole = try String(contentsOfFile: folder.path + "/whole/sweep.json", encoding: .utf8)
        #expect(merged == whole)
        let missing = await #expect(throws: EntenteError.self) {
            try await Self.parse(SimMergeCommand.self, ["merge", shards[0]]).run()
        }
        #expect(missing?.message.contains("points are missing") == true)
    }
}
