import EntenteCore
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// `importRecords`: a refused file changes nothing, byte for byte; a good file adds its records.
struct ImportTests {
    static let header = "id,name,kind,start,end,participants,source_url,confidence\n"

    static let malformed: [(name: String, body: String, message: String)] = [
        (
            "bad-date.csv", header + "x-1,Ex One,exercise,2023-02-30,2023-03-02,IDN;USA,https://example.org,high\n",
            "bad-date.csv:2: column 'start': expected a date written YYYY-MM-DD that exists, found '2023-02-30'."
        ),
        (
            "unknown-code.csv", header + "x-2,Ex Two,exercise,2023-03-01,2023-03-02,IDN;XYZ,https://example.org,high\n",
            "unknown-code.csv:2: column 'participants': unknown state 'XYZ'"
        ),
        (
            "short-row.csv", header + "x-3,Ex Three,exercise,2023-03-01\n",
            "short-row.csv:2: expected 8 fields as in the header, found 4."
        ),
        (
            "missing-column.csv", "id,name,kind,start,participants\nx-4,Ex,exercise,2023-03-01,IDN\n",
            "missing-column.csv:1: missing column 'end'"
        ),
        (
            "end-before-start.csv",
            header + "x-5,Ex Five,exercise,2023-03-05,2023-03-01,IDN,https://example.org,high\n",
            "end-before-start.csv:2: column 'end': the end (2023-03-01) is before the start (2023-03-05)."
        ),
        (
            "bad-kind.csv", header + "x-6,Ex Six,parade,2023-03-01,2023-03-02,IDN,https://example.org,high\n",
            "bad-kind.csv:2: column 'kind': expected one of exercise"
        ),
    ]

    /// Every byte of the store: the reference file, the user file and the user file's write-ahead log.
    static func storeBytes(_ store: SQLiteStore) throws -> [Data] {
        let userPath = try #require(store.userDataPath)
        return try [store.path, userPath, userPath + "-wal"].map { path in
            FileManager.default.fileExists(atPath: path) ? try Data(contentsOf: URL(filePath: path)) : Data()
        }
    }

    @Test(arguments: malformed)
    func malformedFileIsRefusedPreciselyAndTheStoreIsUnchanged(_ file: (name: String, body: String, message: String))
        async throws
    {
        let store = try await BundledStore.copy()
        // The good first row must not land either: the whole file is refused.
        let body = file.body.replacingOccurrences(
            of: Self.header,
            with: Self.header + "ok-1,Fine,exercise,2023-01-01,2023-01-02,IDN,https://example.org,high\n")
        let before = try Self.storeBytes(store)
        let error = await #expect(throws: EntenteError.self) {
            try await store.importRecords(kind: .activities, fileName: file.name, bytes: Array(body.utf8))
        }
        let message = try #require(error?.message)
        #expect(message.contains(file.message.replacingOccurrences(of: ":2:", with: body == file.body ? ":2:" : ":3:")))
        let after = try Self.storeBytes(store)
        #expect(before == after)
    }

    @Test func goodCSVAndJSONFilesAddTheirRecords() async throws {
        let store = try await BundledStore.copy()
        let csv = Self.header + "test-a,Test A,exercise,2024-05-01,2024-05-03,Indonesia;AUS,https://example.org,high\n"
        let summary = try await store.importRecords(kind: .activities, fileName: "a.csv", bytes: Array(csv.utf8))
        #expect(summary.records == 1)
        let json = """
            [{"org": "ADMM-PLUS", "state": "TLS", "status": "observer", "start": "2022-11-22", "end": "2025-10-31"}]
            """
        let members = try await store.importRecords(kind: .memberships, fileName: "m.json", bytes: Array(json.utf8))
        #expect(members.records == 1)
        let found = try await store.activities(
            ActivityFilter(state: CowCode(850), from: Day(iso: "2024-05-01"), to: Day(iso: "2024-05-02")))
        let test = try #require(found.first { $0.id == "test-a" })
        #expect(test.participants == [CowCode(850), CowCode(900)])
        #expect(test.source == "import:a.csv")
    }

    @Test func jsonWithAWrongTypeNamesTheRecordAndField() async throws {
        let store = try await BundledStore.copy()
        let json = """
            [{"id": "j1", "name": "J", "kind": "exercise", "start": "2024-01-01", "end": null, "participants": ["IDN"]},
             {"id": "j2", "name": "J2", "kind": "exercise", "start": 20240101, "end": null, "participants": ["IDN"]}]
            """
        let error = await #expect(throws: EntenteError.self) {
            try await store.importRecords(kind: .activities, fileName: "j.json", bytes: Array(json.utf8))
        }
        #expect(error?.message.hasPrefix("j.json: record 2: field 'start': expected a date written YYYY-MM-DD") == true)
    }

    @Test func duplicateActivityIDIsRefused() async throws {
        let store = try await BundledStore.copy()
        let csv = Self.header + "mme87,Again,exercise,2024-05-01,2024-05-03,IDN,https://example.org,high\n"
        let error = await #expect(throws: EntenteError.self) {
            try await store.importRecords(kind: .activities, fileName: "d.csv", bytes: Array(csv.utf8))
        }
        #expect(
            error?.message
                == "d.csv:2: column 'id': the activity id 'mme87' is already in the store; choose another id.")
    }
}
