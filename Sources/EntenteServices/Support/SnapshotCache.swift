import EntenteCore
import EntenteStore

/// Snapshots kept between calls: World snapshots by day (the most recent few) and the legal
/// engine's knowledge snapshot. A server answers many questions about the same years; a CLI run
/// that walks a year range loads each year once.
///
/// A snapshot is loaded once even when many requests ask for it at the same moment: the first asker
/// starts the load and the others wait for it, rather than each loading its own copy (which, on a
/// server's first burst of requests, multiplied the work by the number of connections).
actor SnapshotCache {
    /// How many World snapshots to keep; a World of 2010 is a few megabytes.
    static let worldCapacity = 48

    private var worlds: [Day: Task<World, any Error>] = [:]
    private var order: [Day] = []
    private var knowledgeSnapshot: Task<KnowledgeSnapshot, any Error>?
    /// Advanced after every invalidation, for answers kept outside this cache.
    nonisolated let generation = StoreGeneration()

    func world(_ day: Day, load: @escaping @Sendable () async throws(EntenteError) -> World) async throws(EntenteError)
        -> World
    {
        if let loading = worlds[day] { return try await Self.value(of: loading) }
        let loading = Task { () async throws -> World in try await load() }
        worlds[day] = loading
        order.append(day)
        if order.count > Self.worldCapacity { worlds[order.removeFirst()] = nil }
        do {
            return try await Self.value(of: loading)
        } catch {
            // A failed load is not kept: the next asker tries again.
            if let index = order.firstIndex(of: day), worlds[day] == loading {
                worlds[day] = nil
                order.remove(at: index)
            }
            throw error
        }
    }

    func knowledge(load: @escaping @Sendable () async throws(EntenteError) -> KnowledgeSnapshot)
        async throws(EntenteError)
        -> KnowledgeSnapshot
    {
        if let knowledgeSnapshot { return try await Self.value(of: knowledgeSnapshot) }
        let loading = Task { () async throws -> KnowledgeSnapshot in try await load() }
        knowledgeSnapshot = loading
        do {
            return try await Self.value(of: loading)
        } catch {
            if knowledgeSnapshot == loading { knowledgeSnapshot = nil }
            throw error
        }
    }

    /// Drops everything, after an import or a rebuild changed the store.
    func invalidate() {
        worlds = [:]
        order = []
        knowledgeSnapshot = nil
        generation.advance()
    }

    private static func value<T: Sendable>(of task: Task<T, any Error>) async throws(EntenteError) -> T {
        do {
            return try await task.value
        } catch let error as EntenteError {
            throw error
        } catch {
            throw EntenteError(.internalFailure, "A snapshot of the knowledge base could not be loaded: \(error)")
        }
    }
}
