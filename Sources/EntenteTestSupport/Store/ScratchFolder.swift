public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary folders for tests, all under one folder per test process that is deleted when the
/// process exits.
///
/// A full test run copies the bundled store dozens of times (about 60 MB each); left in the temporary
/// directory, the copies of a week of runs filled the disk and made later runs fail. A process that
/// is killed cannot clean up after itself, so the first use also deletes the folders of test
/// processes that no longer exist.
public enum ScratchFolder {
    static let prefix = "entente-tests-"

    private static let root: URL = {
        let temporary = FileManager.default.temporaryDirectory
        removeFoldersOfEndedProcesses(in: temporary)
        let root = temporary.appending(path: "\(prefix)\(getpid())")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.processRoot()) }
        return root
    }()

    /// A new, empty folder whose name starts with `label`.
    public static func make(_ label: String = "scratch") throws -> URL {
        let folder = root.appending(path: "\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// This process's root, worked out again from the process id: an `atexit` handler cannot
    /// capture the lazily built ``root``.
    static func processRoot() -> URL {
        FileManager.default.temporaryDirectory.appending(path: "\(prefix)\(getpid())")
    }

    /// Deletes `entente-tests-<pid>` folders whose process has ended. Folders named otherwise, and
    /// those of live processes (other test runs on the same machine), are left alone.
    static func removeFoldersOfEndedProcesses(in temporary: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporary.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: temporary.appending(path: name))
            }
        }
    }
}
