import EntenteCore
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// A refused import reports every bad row (up to 100, in file order) in one error, and writes nothing.
struct ImportProblemsTests {
    static let header = "id,name,kind,start,end,participants,lat,source_url\n"

    static func good(_ id: String) -> String {
        "\(id),Fine \(id),exercise,2024-01-01,2024-01-02,IDN;AUS,-6.2,https://example.org\n"
    }

    /// Every byte of the store: the reference file, the user file and the user file's write-ahead log.
    static func storeBytes(_ store: SQLiteStore) throws -> [Data] {
        let userPath = try #require(store.userDataPath)
        return try [store.path, userPath, userPath + "-wal"].map { path in
            FileManager.default.fileExists(atPath: path) ? try Data(contentsOf: URL(filePath: path)) : Data()
        }
    }

    static func refusal(_ store: SQLiteStore, _ name: String, _ body: String) async throws -> EntenteError {
        let before = try storeBytes(store)
        let activitiesBefore = try await store.activities(ActivityFilter()).count
        let error = await #expect(throws: EntenteError.self) {
            try await store.importRecords(kind: .activities, fileName: name, bytes: Array(body.utf8))
        }
        #expect(try storeBytes(store) == before)
        #expect(try await store.activities(ActivityFilter()).count == activitiesBefore)
        return try #require(error)
    }

    @Test func everyBadRowIsReportedInFileOrderWithItsLineAndNothingIsWritten() async throws {
        let store = try await BundledStore.copy()
        let body =
            Self.header + Self.good("ok-1")  // line 2
            + "bad-1,Bad date,exercise,2024-02-30,2024-03-01,IDN,-6.2,https://example.org\n"  // line 3
            + Self.good("ok-2")  // line 4
            + "bad-2,Bad state,exercise,2024-03-01,2024-03-02,IDN;Indonesa,-6.2,https://example.org\n"  // line 5
            + "bad-3,,exercise,2024-03-01,2024-03-02,IDN,-6.2,https://example.org\n"  // line 6: missing name
            + "bad-4,Bad number,exercise,2024-03-01,2024-03-02,IDN,south,https://example.org\n"  // line 7
            + "bad-5,Short row,exercise,2024-03-01\n"  // line 8
            + Self.good("ok-3")  // line 9
        let error = try await Self.refusal(store, "several.csv", body)
        #expect(error.problems.map(\.line) == [3, 5, 6, 7, 8])
        #expect(error.problems.map(\.field) == ["start", "participants", "name", "lat", nil])
        #expect(
            error.problems.map(\.code) == [.invalidDate, .unknownState, .malformedFile, .malformedFile, .malformedFile])
        #expect(error.problems[0].message.contains("found '2024-02-30'"))
        #expect(error.problems[1].message.contains("unknown state 'Indonesa'"))
        #expect(error.problems[1].suggestion?.contains("'Indonesia'") == true)
        #expect(error.problems[2].message.contains("found an empty cell"))
        #expect(error.problems[3].message.contains("expected a number, found 'south'"))
        #expect(error.problems[4].message.contains("expected 8 fields as in the header, found 4"))
        #expect(error.moreProblems == 0)
        // One line per problem after the summary line, each naming file and line.
        let lines = error.message.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[0].contains("5 problems"))
        #expect(lines[0].contains("Nothing was imported"))
        for (line, problem) in zip(lines.dropFirst(), error.problems) {
            #expect(line.trimmingCharacters(in: .whitespaces) == problem.text)
            #expect(line.contains("several.csv:\(problem.line ?? -1): "))
        }
    }

    @Test func moreThanAHundredProblemsListTheFirstHundredAndCountTheRest() async throws {
        let store = try await BundledStore.copy()
        let badRows = 137
        let body =
            Self.header
            + (1...badRows).map { "bad-\($0),Bad \($0),exercise,2024-13-01,2024-03-01,IDN,-6.2,https://example.org\n" }
            .joined()
        let error = try await Self.refusal(store, "many.csv", body)
        #expect(error.problems.count == EntenteError.problemLimit)
        #expect(error.problems.map(\.line) == Array(2...(EntenteError.problemLimit + 1)))
        #expect(error.moreProblems == badRows - EntenteError.problemLimit)
        let lines = error.message.split(separator: "\n")
        #expect(lines.first?.contains("\(badRows) problems") == true)
        #expect(lines.last?.contains("… and \(badRows - EntenteError.problemLimit) more problems") == true)
        #expect(lines.count == EntenteError.problemLimit + 2)
    }

    @Test func storeChecksAndDuplicatesJoinTheRowProblemsInOrder() async throws {
        let store = try await BundledStore.copy()
        let existing = try #require(try await store.activities(ActivityFilter()).first?.id)
        let body =
            Self.header
            + "dup-1,First,exercise,2024-03-01,2024-03-02,IDN,-6.2,https://example.org\n"  // line 2
            + "dup-2,Bad kind,parade,2024-03-01,2024-03-02,IDN,-6.2,https://example.org\n"  // line 3
            + "dup-1,Again,exercise,2024-03-01,2024-03-02,IDN,-6.2,https://example.org\n"  // line 4
            + "\(existing),Taken,exercise,2024-03-01,2024-03-02,IDN,-6.2,https://example.org\n"  // line 5
        let error = try await Self.refusal(store, "ids.csv", body)
        #expect(error.problems.map(\.line) == [3, 4, 5])
        #expect(error.problems[1].message.contains("appears twice (first on line 2)"))
        #expect(error.problems[2].message.contains("already in the store"))
    }

    @Test func jsonRecordsAreNumberedAsRecords() async throws {
        let store = try await BundledStore.copy()
        let json = """
            [{"org": "ADMM-PLUS", "state": "TLS", "status": "observer", "start": "2022-11-22", "end": ""},
             {"org": "ADMM-PLUS", "state": "Atlantis", "status": "observer", "start": "2022-11-22", "end": ""},
             {"org": "ADMM-PLUS", "state": "TLS", "status": "visitor", "start": "2022-11-22", "end": ""}]
            """
        let before = try Self.storeBytes(store)
        let error = await #expect(throws: EntenteError.self) {
            try await store.importRecords(kind: .memberships, fileName: "m.json", bytes: Array(json.utf8))
        }
        #expect(try Self.storeBytes(store) == before)
        let problems = try #require(error?.problems)
        #expect(problems.map(\.line) == [2, 3])
        #expect(problems.map(\.isRecordNumber) == [true, true])
        #expect(problems.map(\.field) == ["state", "status"])
        #expect(error?.message.contains("m.json: record 3: field 'status': ") == true)
    }

    @Test func aSingleProblemKeepsItsOneLineMessage() async throws {
        let store = try await BundledStore.copy()
        let body = Self.header + "one,One,exercise,2024-03-01,2024-02-01,IDN,-6.2,https://example.org\n"
        let error = try await Self.refusal(store, "one.csv", body)
        #expect(error.message == "one.csv:2: column 'end': the end (2024-02-01) is before the start (2024-03-01).")
        #expect(error.problems.count == 1)
        #expect(error.code == .invalidDate)
    }
}
