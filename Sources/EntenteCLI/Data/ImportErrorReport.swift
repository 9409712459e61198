import EntenteCore
import EntenteRender

/// A refused import as JSON: `{"error": {"code", "message", "problems": [...], "more_problems"}}`,
/// one entry per problem in file order, so a script can point at each line without parsing text.
struct ImportErrorReport: Encodable {
    struct Problem: Encodable {
        var code: String
        var file: String
        /// The CSV line (the header is line 1); `nil` for a JSON file, which has `record` instead.
        var line: Int?
        /// The 1-based record number in a JSON array.
        var record: Int?
        var field: String?
        var message: String
        var suggestion: String?
        /// The problem as the text output prints it.
        var text: String
    }

    struct Detail: Encodable {
        var code: String
        var message: String
        var problems: [Problem]
        /// Problems found beyond the listed ones (at most 100 are listed).
        var moreProblems: Int
    }

    var error: Detail

    init(_ error: EntenteError) {
        self.error = Detail(
            code: Self.snake(error.code), message: error.message,
            problems: error.problems.map { problem in
                Problem(
                    code: Self.snake(problem.code), file: problem.file,
                    line: problem.isRecordNumber ? nil : problem.line,
                    record: problem.isRecordNumber ? problem.line : nil,
                    field: problem.field, message: problem.message, suggestion: problem.suggestion, text: problem.text)
            },
            moreProblems: error.moreProblems)
    }

    /// The report as the CLI prints it (the project's JSON convention: snake_case keys).
    static func json(_ error: EntenteError) throws -> String {
        try EntenteJSON.string(ImportErrorReport(error))
    }

    /// `malformedFile` → `malformed_file`, as the HTTP API writes error codes.
    private static func snake(_ code: EntenteError.Code) -> String {
        String(describing: code).reduce(into: "") { out, character in
            if character.isUppercase { out += "_" + character.lowercased() } else { out.append(character) }
        }
    }
}
