import EntenteCore
import Foundation
import Testing

@testable import EntenteCLI

/// `entente data import --format json` on a refused file: every problem as an entry of a list.
struct ImportErrorReportTests {
    static func problem(_ line: Int, field: String?, record: Bool = false) -> EntenteError.Problem {
        EntenteError.Problem(
            code: .unknownState, file: "f.csv", line: line, field: field,
            message: "unknown state 'Indonesa': expected a code or a name. Did you mean 'Indonesia'?",
            isRecordNumber: record)
    }

    static func object(_ error: EntenteError) throws -> [String: Any] {
        let text = try ImportErrorReport.json(error)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(root["error"] as? [String: Any])
    }

    @Test func problemsAreAListInFileOrderWithTheirParts() throws {
        let error = EntenteError.problems(
            [Self.problem(7, field: "participants"), Self.problem(3, field: nil)], in: "f.csv",
            outcome: "Nothing was imported.")
        let detail = try Self.object(error)
        #expect(detail["code"] as? String == "unknown_state")
        #expect(detail["more_problems"] as? Int == 0)
        let problems = try #require(detail["problems"] as? [[String: Any]])
        #expect(problems.map { $0["line"] as? Int } == [3, 7])
        #expect(problems.map { $0["field"] as? String } == [nil, "participants"])
        #expect(problems[1]["suggestion"] as? String == "'Indonesia'")
        #expect(
            problems[1]["text"] as? String == "f.csv:7: column 'participants': " + Self.problem(7, field: nil).message)
    }

    @Test func jsonRecordsAndTheCountBeyondTheLimit() throws {
        let count = EntenteError.problemLimit + 12
        let error = EntenteError.problems(
            (1...count).map { Self.problem($0, field: "state", record: true) }, in: "m.json", outcome: "Refused.")
        let detail = try Self.object(error)
        let problems = try #require(detail["problems"] as? [[String: Any]])
        #expect(problems.count == EntenteError.problemLimit)
        #expect(detail["more_problems"] as? Int == 12)
        #expect(problems.first?["record"] as? Int == 1)
        #expect(problems.first?["line"] == nil)
    }
}
