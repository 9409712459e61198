import EntenteCore
import EntenteServices
import EntenteSim
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// Files with the wrong encoding or a hostile shape (issue 14, `docs/robustness.md`): imports are
/// refused naming the file and line and change nothing; a byte-order mark is skipped; a scenario
/// never expands its YAML aliases.
struct HostileFileTests {
    static let header = "id,name,kind,start,end,participants,source_url,confidence\n"
    static let row = "enc-1,Encoded drill,exercise,2023-01-01,2023-01-02,IDN;MYS,https://example.org,high\n"
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes of the store's two files and the user file's log.
    static func storeBytes(_ store: SQLiteStore) throws -> [Data] {
        let userPath = try #require(store.userDataPath)
        return try [store.path, userPath, userPath + "-wal"].map { path in
            FileManager.default.fileExists(atPath: path) ? try Data(contentsOf: URL(filePath: path)) : Data()
        }
    }

    static let refused: [(name: String, bytes: [UInt8], message: String)] = [
        (
            "latin1.csv",
            Array((header + "enc-2,M").utf8) + [0xE1] + Array("laga drill,exercise,2023-01-01,,IDN,,\n".utf8),
            "latin1.csv:2: the text is not valid UTF-8."
        ),
        (
            "latin1.json",
            Array(#"[{"id":"enc-3","name":"M"#.utf8) + [0xE1]
                + Array(#"laga","kind":"exercise","start":"2023-01-01","participants":"IDN"}]"#.utf8),
            "latin1.json: not valid JSON"
        ),
        (
            "deep.json",
            Array(String(repeating: "[", count: 100_000).utf8) + Array(String(repeating: "]", count: 100_000).utf8),
            "deep.json: "
        ),
        ("object.json", Array(#"{"id":"enc-4"}"#.utf8), "object.json: expected a JSON array of objects"),
        ("empty.csv", [], "empty.csv"),
        ("mark-only.csv", byteOrderMark, "mark-only.csv"),
    ]

    @Test(arguments: refused)
    func aWronglyEncodedOrMisshapenImportChangesNothing(_ file: (name: String, bytes: [UInt8], message: String))
        async throws
    {
        let store = try await BundledStore.copy()
        let services = Services(store: store)
        let before = try Self.storeBytes(store)
        let error = await #expect(throws: EntenteError.self) {
            try await services.importRecords(kind: .activities, fileName: file.name, bytes: file.bytes)
        }
        #expect(error?.message.contains(file.message) == true, "\(error?.message ?? "")")
        #expect(try Self.storeBytes(store) == before)
    }

    @Test func aByteOrderMarkBeforeCSVOrJSONIsSkipped() async throws {
        let store = try await BundledStore.copy()
        let services = Services(store: store)
        let csv = try await services.importRecords(
            kind: .activities, fileName: "marked.csv", bytes: Self.byteOrderMark + Array((Self.header + Self.row).utf8))
        #expect(csv.records == 1)
        let json = try await services.importRecords(
            kind: .activities, fileName: "marked.json",
            bytes: Self.byteOrderMark
                + Array(
                    #"[{"id":"enc-5","name":"Marked","kind":"exercise","start":"2023-01-01","end":"2023-01-02","participants":"IDN"}]"#
                        .utf8))
        #expect(json.records == 1)
        let day = try #require(Day(iso: "2023-01-01"))
        let found = try await store.activities(ActivityFilter(state: CowCode(850), from: day, to: day))
        #expect(Set(found.map(\.id)).isSuperset(of: ["enc-1", "enc-5"]))
    }

    @Test func aScenarioNeverExpandsItsAliases() throws {
        // 10^9 values if expanded; the parser reads only the fields it knows, and checks their shape first.
        var lines = ["model: norms", "seed: 1", "horizon: 10", "replicates: 1", "parameters:"]
        lines.append("  agents: &a0 [x, x, x, x, x, x, x, x, x, x]")
        for level in 1...8 {
            lines.append(
                "  n\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                    + "]")
        }
        let error = #expect(throws: EntenteError.self) {
            try Services.scenario(text: lines.joined(separator: "\n") + "\n", file: "laughs.yaml")
        }
        #expect(error?.message.hasPrefix("laughs.yaml:") == true)
    }

    @Test func aNULByteInAScenarioIsRefusedWithItsLine() {
        let error = #expect(throws: EntenteError.self) {
            try Services.scenario(text: "model: norms\nseed: 1\nhorizon: 1\u{0}0\n", file: "nul.yaml")
        }
        #expect(error?.message.hasPrefix("nul.yaml: not valid YAML") == true)
    }
}
