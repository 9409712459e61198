import EntenteCore
import Foundation

/// Files shipped in `Sources/EntenteServer/Resources`, read when the dashboard starts.
enum DashboardResources {
    static func url(_ relativePath: String) throws(EntenteError) -> URL {
        guard let root = Bundle.module.resourceURL else {
            throw EntenteError(.notFound, "The dashboard's resources were not found; reinstall Entente.")
        }
        // The target copies the folder `Resources` into its bundle. Foundation takes a bundle with
        // a `Resources` folder for a macOS-style bundle and already points `resourceURL` into it on
        // some platforms, so the folder is added only when it is not already the root.
        let nested = root.appending(path: "Resources")
        let base = FileManager.default.fileExists(atPath: nested.path) ? nested : root
        return base.appending(path: relativePath)
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
