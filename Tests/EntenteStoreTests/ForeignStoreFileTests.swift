import EntenteCore
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// `--store` pointed at a file that is not a store (a mistyped path, a document): the open fails
/// with a storage error and the file is left exactly as it was, never rebuilt over (issue 14).
struct ForeignStoreFileTests {
    @Test(arguments: [
        Array("name,notes\nnot,a database\n".utf8), [UInt8](repeating: 0, count: 8192),
        Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 0xFF, count: 200),
    ])
    func aFileThatIsNotAStoreIsRefusedAndKept(_ content: [UInt8]) throws {
        let folder = try ScratchFolder.make("foreign")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "notes.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(content)))

        let error = #expect(throws: EntenteError.self) { try SQLiteStore(path: path) }
        #expect(error?.code == .storage)
        #expect(try Data(contentsOf: URL(filePath: path)) == Data(content))
    }
}
