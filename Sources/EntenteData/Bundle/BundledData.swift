public import EntenteCore
public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The datasets shipped inside Entente as SwiftPM resources.
///
/// Files are addressed by their path under the bundle's `datasets/` or `curated/` folder, e.g.
/// `datasets/cow_states/cow_states_v2024.csv`.
public enum BundledData {
    /// The URL of a bundled file.
    ///
    /// - Throws: ``EntenteError`` `notFound` when the resource bundle lacks the file (a broken install).
    public static func url(_ relativePath: String) throws(EntenteError) -> URL {
        guard let root = Bundle.module.resourceURL else {
            throw EntenteError(.notFound, "The Entente resource bundle was not found; reinstall Entente.")
        }
        let url = root.appending(path: relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw EntenteError(.notFound, "The bundled file '\(relativePath)' is missing; reinstall Entente.")
        }
        return url
    }

    /// Reads and parses a bundled CSV file.
    public static func table(_ relativePath: String, delimiter: UInt8 = UInt8(ascii: ",")) throws(EntenteError)
        -> CSVTable
    {
        let url = try url(relativePath)
        return try CSVTable(
            bytes: try readBytes(url, displayName: relativePath), fileName: relativePath, delimiter: delimiter)
    }

    /// Reads a file's bytes, wrapping I/O failures in an ``EntenteError`` that names the file.
    public static func readBytes(_ url: URL, displayName: String) throws(EntenteError) -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: url))
        } catch {
            throw EntenteError(
                .notFound, "Cannot read '\(displayName)': \(error.localizedDescription)", underlying: error)
        }
    }

    /// A fingerprint of every bundled file's path and size (FNV-1a, hex): it changes when a file is
    /// added, removed or changes length.
    public static func fingerprint() -> String {
        guard let root = Bundle.module.resourceURL else { return "none" }
        var entries: [String] = []
        for folder in ["datasets", "curated", "catalog"] {
            collectSizes(in: root.appending(path: folder).path, folder: folder, into: &entries)
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in entries.sorted().joined(separator: "\n").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// `folder/name:size` for every file and folder under `path`, at any depth. POSIX calls rather
    /// than Foundation's enumerator: every command checks the fingerprint when it opens the store,
    /// and the enumerator's URL resource values cost about 15 ms for the bundle's 84 entries.
    private static func collectSizes(in path: String, folder: String, into entries: inout [String]) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let child = path + "/" + name
            var info = stat()
            guard stat(child, &info) == 0 else { continue }
            entries.append("\(folder)/\(name):\(info.st_size)")
            if (info.st_mode & S_IFMT) == S_IFDIR { collectSizes(in: child, folder: folder, into: &entries) }
        }
    }
}
