import EntenteCore
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// The PostgreSQL sweep result set on its own: idempotent point writes, conflicting writes refused,
/// a sweep ID reused for another sweep refused, shard runs recorded.
@Suite(
    .enabled(
        if: PostgresTestCluster.availability.available, Comment(rawValue: PostgresTestCluster.availability.reason)),
    // Longer than a connection may wait (``PostgresTestCluster/patientConnection``, 300 s).
    .timeLimit(.minutes(15)))
struct PostgresSweepResultsTests {
    static let sweep = StoredSweep(
        id: "00000000000000aa", scenario: "test", model: "norms", seed: UInt64.max, replicates: 2, totalPoints: 3,
        parameterNames: ["a", "b"], variedNames: ["a"], summaryNames: ["x", "y"], design: "grid:a=1,2,3")

    static func point(_ index: Int, _ value: Double) -> StoredSweepPoint {
        StoredSweepPoint(
            index: index, parameters: [Double(index), 0.5], replicateSummaries: [[value, .nan], [-0.0, .infinity]])
    }

    func freshResults() async throws -> PostgresSweepResults {
        let url = try await PostgresTestCluster.newDatabase("results_\(UUID().uuidString.prefix(8).lowercased())")
        return try PostgresSweepResults(url: url, connectionTimeout: PostgresTestCluster.patientConnection)
    }

    @Test func pointsReadBackBitForBitAndWritesAreIdempotent() async throws {
        let results = try await freshResults()
        try await results.register(Self.sweep)
        try await results.register(Self.sweep)
        #expect(try await results.sweep(Self.sweep.id) == Self.sweep)
        #expect(try await results.write(Self.point(2, 1.25), sweep: Self.sweep.id, writer: "shard 1/2") == .written)
        #expect(try await results.write(Self.point(0, 0.1), sweep: Self.sweep.id, writer: "shard 0/2") == .written)
        #expect(
            try await results.write(Self.point(2, 1.25), sweep: Self.sweep.id, writer: "shard 1/2") == .alreadyStored)
        let stored = try await results.points(sweep: Self.sweep.id)
        #expect(stored.map(\.index) == [0, 2])
        #expect(stored[0].sameValues(as: Self.point(0, 0.1)) && stored[1].sameValues(as: Self.point(2, 1.25)))
        #expect(stored[1].replicateSummaries[1][0].sign == .minus)
        #expect(try await results.storedPointIndices(sweep: Self.sweep.id) == [0, 2])
        #expect(try await results.rowCounts(sweep: Self.sweep.id) == (2, 4, 0))
    }

    @Test func aStoredPointWithOtherValuesIsNotOverwritten() async throws {
        let results = try await freshResults()
        try await results.register(Self.sweep)
        _ = try await results.write(Self.point(1, 3), sweep: Self.sweep.id, writer: "shard 0/1")
        let error = await #expect(throws: EntenteError.self) {
            try await results.write(Self.point(1, 3.0000001), sweep: Self.sweep.id, writer: "shard 0/1")
        }
        #expect(error?.code == .internalFailure && error?.message.contains("other values") == true)
        #expect(try await results.points(sweep: Self.sweep.id).first?.replicateSummaries[0][0] == 3)
    }

    @Test func aSweepIDDescribedDifferentlyIsRefused() async throws {
        let results = try await freshResults()
        try await results.register(Self.sweep)
        var other = Self.sweep
        other.scenario = "renamed"
        let error = await #expect(throws: EntenteError.self) { try await results.register(other) }
        #expect(error?.message.contains("described differently") == true)
        #expect(try await results.sweeps().map(\.sweep) == [Self.sweep])
    }

    @Test func anUnreachableServerIsAStorageErrorNotAHang() async throws {
        // Port 1 on loopback: nothing listens, and the driver's pool would retry for ever.
        let results = try PostgresSweepResults(
            url: "postgres://nobody:secret@127.0.0.1:1/none?sslmode=disable", connectionTimeout: .milliseconds(300))
        let error = await #expect(throws: EntenteError.self) { try await results.storedPointIndices(sweep: "x") }
        #expect(error?.code == .storage && error?.message.contains("No connection to") == true)
        #expect(error?.message.contains("secret") == false)
    }

    @Test func shardRunsAreCounted() async throws {
        let results = try await freshResults()
        try await results.register(Self.sweep)
        try await results.shardStarted(sweep: Self.sweep.id, index: 1, count: 2)
        try await results.shardStarted(sweep: Self.sweep.id, index: 1, count: 2)
        try await results.shardStarted(sweep: Self.sweep.id, index: 0, count: 2)
        try await results.shardFinished(sweep: Self.sweep.id, index: 0, count: 2)
        #expect(
            try await results.shardRuns(sweep: Self.sweep.id) == [
                StoredShardRun(index: 0, count: 2, starts: 1, finished: true),
                StoredShardRun(index: 1, count: 2, starts: 2, finished: false),
            ])
    }
}
