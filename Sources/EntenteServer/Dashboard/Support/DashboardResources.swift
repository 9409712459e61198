import EntenteCore
import Foundation

/// Files shipped in `Sources/EntenteServer/Resources`, read when the dashboard starts.
enum DashboardResources {
    static func url(_ relativePath: String) throws(EntenteError) -> URL {
        guard let root = Bundle.module.resourceURL?.appending(path: "Resources") else {
            throw EntenteError(.notFound, "The dashboard's resources were not found; reinstall Entente.")
        }
        return root.appending(path: relativePath)
    }

    static func data(_ relativePath: String) throws(EntenteError) -> Data {
        let url = try url(relativePath)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw EntenteError(
                .notFound, "The dashboard resource '\(relativePath)' is missing; reinstall Entente.", underlying: error)
        }
    }

    static func text(_ relativePath: String) throws(EntenteError) -> String {
        String(decoding: try data(relativePath), as: UTF8.self)
    }

    /// The names of the files in a resource folder, sorted.
    static func files(in folder: String, withExtension ext: String) throws(EntenteError) -> [String] {
        let url = try url(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted()
    }
}
