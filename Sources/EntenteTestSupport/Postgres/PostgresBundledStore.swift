public import EntenteStore
import Foundation

/// The bundled data built once per process into a template database on the test server; the
/// shared store and every scratch store are copies of it (`CREATE DATABASE … TEMPLATE`), which
/// costs a file copy instead of a build.
public enum PostgresBundledStore {
    /// Names are unique per run, so runs against one `ENTENTE_TEST_POSTGRES` server do not collide.
    private static let run = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)

    private static let template = Task { () throws -> String in
        let name = "entente_template_\(run)"
        let url = try await PostgresTestCluster.newDatabase(name)
        try await build(url)
        return name
    }

    /// Builds the store in its own scope, so its connections close before the template is copied.
    private static func build(_ url: String) async throws {
        let store = try PostgresStore(url: url)
        _ = try await store.directory()
    }

    private static let shared = Task { () throws -> PostgresStore in
        let url = try await PostgresTestCluster.copyDatabase(try await template.value, to: "entente_shared_\(run)")
        return try PostgresStore(url: url)
    }

    /// The shared read-only store.
    public static func store() async throws -> PostgresStore { try await shared.value }

    /// A private copy of the bundled data, for tests that import or rebuild.
    public static func copy() async throws -> PostgresStore {
        let name =
            "entente_scratch_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16))"
        return try PostgresStore(url: try await PostgresTestCluster.copyDatabase(try await template.value, to: name))
    }
}

extension StoreBackend {
    /// PostgreSQL on a throwaway server (``PostgresTestCluster``); run only where one can be had.
    public static let postgres = StoreBackend(
        name: "PostgreSQL", shared: { try await PostgresBundledStore.store() },
        scratch: { try await PostgresBundledStore.copy() })
}
