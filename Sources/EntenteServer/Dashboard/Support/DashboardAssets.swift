import EntenteCore
import Hummingbird
import NIOCore

/// Everything the dashboard reads from disk, read once at start-up: the catalogue, the projected
/// map, capitals, static files, and the example scenarios and rules offered on the forms.
struct DashboardAssets: Sendable {
    /// A named example file.
    struct Example: Sendable {
        let name: String
        let text: String
    }

    let catalogue: Catalogue
    let map: WorldMap
    let capitals: Capitals
    /// Static files by name, with their media type.
    let staticFiles: [String: (mediaType: String, bytes: ByteBuffer)]
    let scenarios: [Example]
    let customRules: [Example]

    static func bundled() throws(EntenteError) -> DashboardAssets {
        var files: [String: (mediaType: String, bytes: ByteBuffer)] = [:]
        for (name, type) in [
            ("dashboard.css", "text/css; charset=utf-8"), ("job.js", "text/javascript; charset=utf-8"),
        ] {
            files[name] = (type, ByteBuffer(bytes: try DashboardResources.data("static/" + name)))
        }
        func examples(_ folder: String) throws(EntenteError) -> [Example] {
            var out: [Example] = []
            for name in try DashboardResources.files(in: folder, withExtension: "yaml") {
                out.append(Example(name: name, text: try DashboardResources.text(folder + "/" + name)))
            }
            return out
        }
        let map = try WorldMap.bundled()
        files["world.svg"] = ("image/svg+xml", ByteBuffer(string: map.backgroundSVG()))
        return DashboardAssets(
            catalogue: try Catalogue.bundled(), map: map, capitals: try Capitals.bundled(),
            staticFiles: files, scenarios: try examples("sim"), customRules: try examples("law/custom"))
    }
}
