public import EntenteCore
import EntenteData
public import EntenteStore

/// The application layer: one intent-level function per question, each returning a `Codable`
/// report, so the CLI and the HTTP server are two thin renderers of the same answers.
///
/// A `Services` value owns the store and the snapshot caches; it is cheap to copy and safe to share
/// across tasks. The functions live in extensions by question: `Services+Data` (what is happening),
/// `Services+Law` (what the law says), `Services+Network` (how strong the web is) and
/// `Services+Simulation` (what if).
public struct Services: Sendable {
    /// The knowledge base every answer reads.
    public let store: any KnowledgeStore
    let snapshots: SnapshotCache
    let combinedMeasures = CombinedMeasuresCache()

    /// Services over any store backend.
    public init(store: any KnowledgeStore) {
        self.store = store
        self.snapshots = SnapshotCache()
    }

    /// Changes after every import or rebuild made through these services: an answer kept under one
    /// generation is stale under the next. Changes made by another process are not seen.
    public var storeGeneration: UInt64 { snapshots.generation.current }

    /// What the knowledge base covers, source by source.
    public var coverage: KnowledgeCoverage { Self.coverage }

    /// The day a question without a date is answered for: the last day the state system is
    /// observed, so an undated answer never claims knowledge of a later day.
    public static var defaultDay: Day { coverage.states.observedUntil }

    /// The catalogue's coverage, for validation that runs before a store is opened.
    public static var coverage: KnowledgeCoverage { DatasetCatalog.knowledgeCoverage }

    /// The World snapshot on a day, loaded once per day and kept while the services live.
    public func world(asOf day: Day) async throws(EntenteError) -> World {
        let store = store
        return try await snapshots.world(day) { () async throws(EntenteError) -> World in
            try await store.world(asOf: day)
        }
    }

    /// The legal engine's view of the knowledge base, loaded once.
    public func knowledgeSnapshot() async throws(EntenteError) -> KnowledgeSnapshot {
        let store = store
        return try await snapshots.knowledge { () async throws(EntenteError) -> KnowledgeSnapshot in
            try await store.knowledgeSnapshot()
        }
    }
}
