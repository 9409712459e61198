import EntenteCore
import EntenteStore

/// Snapshots kept between calls: World snapshots by day (the most recent few) and the legal
/// engine's knowledge snapshot. A server answers many questions about the same years; a CLI run
/// that walks a year range loads each year once.
actor SnapshotCache {
    /// How many World snapshots to keep; a World of 2010 is a few megabytes.
    static let worldCapacity = 48

    private var worlds: [Day: World] = [:]
    private var order: [Day] = []
    private var knowledgeSnapshot: KnowledgeSnapshot?
    /// Advanced after every invalidation, for answers kept outside this cache.
    nonisolated let generation = StoreGeneration()

    func world(_ day: Day, load: () async throws(EntenteError) -> World) async throws(EntenteError) -> World {
        if let cached = worlds[day] { return cached }
        let world = try await load()
        worlds[day] = world
        order.append(day)
        if order.count > Self.worldCapacity { worlds[order.removeFirst()] = nil }
        return world
    }

    func knowledge(load: () async throws(EntenteError) -> KnowledgeSnapshot) async throws(EntenteError)
        -> KnowledgeSnapshot
    {
        if let knowledgeSnapshot { return knowledgeSnapshot }
        let loaded = try await load()
        knowledgeSnapshot = loaded
        return loaded
    }

    /// Drops everything, after an import or a rebuild changed the store.
    func invalidate() {
        worlds = [:]
        order = []
        knowledgeSnapshot = nil
        generation.advance()
    }
}
