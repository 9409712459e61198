public import EntenteStore
import Foundation

/// One store built from the full bundled data, shared by every test in the process.
///
/// Building takes seconds, so end-to-end tests share it; tests that write get their own copy from
/// ``copy()``. Both live in a ``ScratchFolder``, deleted when the test process exits.
public enum BundledStore {
    private static let shared = Task { () throws -> SQLiteStore in
        let folder = try ScratchFolder.make("bundled")
        return try SQLiteStore(path: folder.appending(path: "bundled.sqlite").path)
    }

    private static let sharedInMemory = Task { () throws -> SQLiteStore in try SQLiteStore.inMemory() }

    /// The bundled data built once into memory, shared read-only.
    public static func inMemory() async throws -> SQLiteStore {
        try await sharedInMemory.value
    }

    /// The shared read-only store.
    public static func store() async throws -> SQLiteStore {
        try await shared.value
    }

    /// A private copy of the bundled store at a new path, for tests that import or rebuild.
    public static func copy() async throws -> SQLiteStore {
        let source = try await store().path
        let folder = try ScratchFolder.make("copy")
        let path = folder.appending(path: "copy.sqlite").path
        try FileManager.default.copyItem(atPath: source, toPath: path)
        return try SQLiteStore(path: path)
    }
}
