import EntenteCore
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// A NUL character in an imported field was stored whole but read back cut at the NUL (a name
/// "Nul\0drill" came back as "Nul"): a silently wrong answer. Such a file is now refused, naming
/// the line and column, and the store is left as it was (issue 14: wrongly encoded input).
struct ImportNULTests {
    static let header = "id,name,kind,start,end,participants,source_url,confidence\n"

    static let files: [(name: String, bytes: [UInt8], place: String)] = [
        (
            "nul.csv",
            Array((header + "ok-1,Fine,exercise,2023-01-01,2023-01-02,IDN,https://example.org,high\n").utf8)
                + Array("nul-1,Nul".utf8) + [0] + Array("drill,exercise,2023-01-01,2023-01-02,IDN,,high\n".utf8),
            "nul.csv:3: column 'name'"
        ),
        (
            "nul.json",
            Array(
                #"[{"id":"nul-2","name":"Fine","kind":"exercise","start":"2023-01-01","end":"2023-01-02","participants":"IDN"},"#
                    .utf8)
                + Array(
                    #"{"id":"nul-3","name":"Ok","kind":"exercise","start":"2023-01-01","end":"2023-01-02","participants":"IDN","note":"a\u0000b"}]"#
                        .utf8),
            "nul.json: record 2: field 'note'"
        ),
    ]

    @Test(arguments: files)
    func aNULCharacterIsRefusedAndNothingIsWritten(_ file: (name: String, bytes: [UInt8], place: String))
        async throws
    {
        let store = try await BundledStore.copy()
        let before = try ImportTests.storeBytes(store)
        let error = await #expect(throws: EntenteError.self) {
            try await store.importRecords(kind: .activities, fileName: file.name, bytes: file.bytes)
        }
        let message = try #require(error?.message)
        #expect(message.contains(file.place), "\(message)")
        #expect(message.contains("NUL character"), "\(message)")
        #expect(try ImportTests.storeBytes(store) == before)
    }
}
