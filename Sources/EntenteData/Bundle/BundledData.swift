public import EntenteCore
public import Foundation

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
        let manager = FileManager.default
        for folder in ["datasets", "curated", "catalog"] {
            let base = root.appending(path: folder)
            guard let enumerator = manager.enumerator(at: base, includingPropertiesForKeys: [.fileSizeKey]) else {
                continue
            }
            for case let url as URL in enumerator {
                let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
                entries.append("\(folder)/\(url.lastPathComponent):\(size)")
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in entries.sorted().joined(separator: "\n").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
