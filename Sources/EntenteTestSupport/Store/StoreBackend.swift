public import EntenteStore

/// One backend the store conformance suite runs against: a shared store holding the bundled data,
/// built once per process, and private writable copies for tests that import or rebuild.
///
/// A new backend (PostgreSQL) adds a value here and passes the same suite.
public struct StoreBackend: Sendable, CustomStringConvertible {
    public let name: String
    /// The shared store; tests must not write to it.
    public let shared: @Sendable () async throws -> any KnowledgeStore
    /// A private store holding the bundled data, for tests that write.
    public let scratch: @Sendable () async throws -> any KnowledgeStore

    public init(
        name: String, shared: @escaping @Sendable () async throws -> any KnowledgeStore,
        scratch: @escaping @Sendable () async throws -> any KnowledgeStore
    ) {
        self.name = name
        self.shared = shared
        self.scratch = scratch
    }

    public var description: String { name }

    /// SQLite in memory: one `DatabaseQueue`, reference and user tables in the same database.
    public static let sqliteInMemory = StoreBackend(
        name: "SQLite in memory", shared: { try await BundledStore.inMemory() },
        scratch: { try await BundledStore.inMemory().inMemoryCopy() })

    /// SQLite on disk: a WAL `DatabasePool`, user records in the file beside the store.
    public static let sqliteFile = StoreBackend(
        name: "SQLite file", shared: { try await BundledStore.store() }, scratch: { try await BundledStore.copy() })

    /// Every backend this build can run.
    public static let all: [StoreBackend] = [sqliteInMemory, sqliteFile]
}
