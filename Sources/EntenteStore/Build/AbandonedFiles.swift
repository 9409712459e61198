import Foundation

/// Temporary files a killed process left beside the store: `<file><infix><process id>`, with their
/// SQLite side files. A process that is killed (SIGKILL, power cut, out of memory) cannot delete its
/// own; the next process to write the same kind of file does.
enum AbandonedFiles {
    /// Deletes `<file><infix><pid>` (and its `-journal`, `-wal`, `-shm`) for every process id that
    /// no longer exists. A file whose process is still alive belongs to work in progress and is
    /// left alone. (On a folder shared between machines or PID namespaces a live process elsewhere
    /// can look dead: deleting its file makes that process's final rename or link fail with an
    /// error and leaves the store as it was, never half-written.)
    static func remove(besideFile path: String, infix: String) {
        let file = URL(filePath: path)
        remove(in: file.deletingLastPathComponent(), infix: infix) { $0 == file.lastPathComponent }
    }

    /// Deletes `<stem><infix><pid>` (and its side files) in `folder` for every stem `isStem` accepts
    /// and every process id that no longer exists: for temporary files whose names differ per
    /// build (the PostgreSQL store's SQLite build in the temporary directory).
    static func remove(in folder: URL, infix: String, stem isStem: (Substring) -> Bool) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            guard let marker = name.range(of: infix, options: .backwards), isStem(name[..<marker.lowerBound]) else {
                continue
            }
            let rest = name[marker.upperBound...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard let process = Int32(digits), ["", "-journal", "-wal", "-shm"].contains(rest.dropFirst(digits.count))
            else { continue }
            guard process != getpid(), kill(process, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: folder.appending(path: name))
        }
    }
}
