import EntenteStore
import Testing

@testable import EntenteServices

/// How a merge of an incomplete stored sweep names what is missing.
struct SweepGapsTests {
    @Test func missingPointsAreGivenAsRangesWithTheirShardsState() {
        // 12 points in 3 shards of 4: shard 1 started twice and not finished, shard 2 never started.
        let gaps = SweepGaps(
            missing: [5, 6, 7, 8, 9, 10, 11], totalPoints: 12,
            runs: [
                StoredShardRun(index: 0, count: 3, starts: 1, finished: true),
                StoredShardRun(index: 1, count: 3, starts: 2, finished: false),
            ])
        #expect(
            gaps.description
                == "7 of 12 points are missing (5–11); nothing was merged. With 3 shards they belong to shards "
                + "1/3 (started 2 times, not finished), 2/3 (never started). Run those shards with the same options "
                + "and --results; points already stored are skipped.")
    }

    @Test func withoutShardRunsThePointsAreStillListed() {
        let gaps = SweepGaps(missing: [0, 2, 3], totalPoints: 4, runs: [])
        #expect(gaps.description.hasPrefix("3 of 4 points are missing (0, 2–3); nothing was merged. No shard run"))
    }

    @Test func longListsAreCut() {
        let text = SweepGaps.ranges(Array(stride(from: 0, to: 100, by: 2)))
        #expect(text.hasSuffix(", … (30 more ranges)") && text.hasPrefix("0, 2, 4"))
    }
}
