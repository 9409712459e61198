import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteStore

/// A rebuild killed before it renames its new file into place leaves that temporary file behind;
/// the next build deletes it, and only it (issue 14, crash safety).
struct AbandonedBuildTests {
    /// A process id that cannot exist: above every kernel's `pid_max`.
    static let deadProcess = Int32.max

    @Test func theNextBuildDeletesTheFilesOfKilledBuildsAndNothingElse() throws {
        let folder = try ScratchFolder.make("abandoned")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appending(path: "store.sqlite").path
        let abandoned = [
            "store.sqlite.writing-\(Self.deadProcess)", "store.sqlite.writing-\(Self.deadProcess)-journal",
            "store.sqlite.writing-\(Self.deadProcess)-wal",
        ]
        let kept = [
            // A build in progress in a live process (this one's parent, which outlives the test).
            "store.sqlite.writing-\(getppid())",
            // Not a build's file: no process id, an unknown suffix, another store's build, the store itself.
            "store.sqlite.writing-notes", "store.sqlite.writing-\(Self.deadProcess).bak",
            "other.sqlite.writing-\(Self.deadProcess)", "store.sqlite", "store.sqlite.user.sqlite",
        ]
        for name in abandoned + kept {
            #expect(FileManager.default.createFile(atPath: folder.appending(path: name).path, contents: Data([1])))
        }

        SQLiteFileReplacement.removeAbandonedFiles(besideFile: store)

        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(left == Set(kept))
    }

    @Test func aFolderThatDoesNotExistIsNoError() {
        let missing = FileManager.default.temporaryDirectory.appending(path: "entente-missing-\(UUID().uuidString)")
        SQLiteFileReplacement.removeAbandonedFiles(besideFile: missing.appending(path: "store.sqlite").path)
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test func thePostgresBuildDeletesTheSQLiteBuildsOfKilledProcessesOnly() throws {
        let folder = try ScratchFolder.make("abandoned-postgres")
        defer { try? FileManager.default.removeItem(at: folder) }
        let abandoned = [
            "entente-postgres-build-A.sqlite.writing-\(Self.deadProcess)",
            "entente-postgres-build-A.sqlite.writing-\(Self.deadProcess)-wal",
        ]
        let kept = [
            "entente-postgres-build-B.sqlite.writing-\(getppid())",  // a build in progress
            "entente-postgres-build-C.sqlite",  // finished: no process to ask
            "store.sqlite.writing-\(Self.deadProcess)",  // the SQLite store's own, cleaned beside it
            "entente-postgres-build-D.csv.writing-\(Self.deadProcess)",
        ]
        for name in abandoned + kept {
            #expect(FileManager.default.createFile(atPath: folder.appending(path: name).path, contents: Data([1])))
        }

        PostgresStore.removeAbandonedBuildFiles(in: folder)

        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == Set(kept))
    }
}
