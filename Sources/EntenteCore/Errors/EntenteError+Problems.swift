extension EntenteError {
    /// One located problem in an input file: where it is, what is wrong, and what was probably meant.
    ///
    /// An import checks a whole file and reports every problem it finds (up to ``problemLimit``), so a
    /// person can fix them all in one pass instead of one per attempt.
    public struct Problem: Sendable, Hashable {
        /// What kind of problem this is (an unknown state, a bad date, a malformed field).
        public var code: Code
        /// The file name as the user gave it.
        public var file: String
        /// The 1-based line (CSV, the header is line 1) or record number (JSON); `nil` for the whole file.
        public var line: Int?
        /// The column or key the problem is about, when it is about one field.
        public var field: String?
        /// What is wrong and what was expected, as a sentence.
        public var message: String
        /// What the value probably should have been ("'Indonesia'"), when a close match exists.
        public var suggestion: String?
        /// Whether `line` counts records of a JSON array rather than lines of text.
        public var isRecordNumber: Bool

        public init(
            code: Code, file: String, line: Int?, field: String? = nil, message: String, suggestion: String? = nil,
            isRecordNumber: Bool = false
        ) {
            self.code = code
            self.file = file
            self.line = line
            self.field = field
            self.message = message
            self.suggestion = suggestion ?? Problem.liftSuggestion(from: message)
            self.isRecordNumber = isRecordNumber
        }

        /// The problem as one line: `file:line: column 'x': message` (CSV) or
        /// `file: record N: field 'x': message` (JSON).
        public var text: String {
            if isRecordNumber {
                let place = line.map { "\(file): record \($0): " } ?? "\(file): "
                return place + (field.map { "field '\($0)': " } ?? "") + message
            }
            let place = line.map { "\(file):\($0): " } ?? "\(file): "
            return place + (field.map { "column '\($0)': " } ?? "") + message
        }

        /// The directory and the readers write their suggestion into the sentence ("… Did you mean
        /// 'Indonesia'?"); it is lifted out so a program can offer it without parsing prose.
        static func liftSuggestion(from message: String) -> String? {
            guard let range = message.firstRange(of: "Did you mean ") ?? message.firstRange(of: "did you mean ") else {
                return nil
            }
            var tail = message[range.upperBound...]
            if let end = tail.lastIndex(of: "?") { tail = tail[..<end] }
            let suggestion = String(tail).trimmingSpaces()
            return suggestion.isEmpty ? nil : suggestion
        }
    }

    /// An error for one located problem; its message is the problem's one-line text.
    public init(_ problem: Problem) {
        self.init(problem.code, problem.text)
        problems = [problem]
    }

    /// The most problems one error lists; beyond it, ``moreProblems`` counts the rest.
    public static let problemLimit = 100

    /// One error for every problem found in a file: the first ``problemLimit`` in file order, the
    /// rest counted. A single problem is thrown as it is, so its message does not change.
    ///
    /// - Parameters:
    ///   - problems: every problem found, in any order; sorted here by line (stable, so problems
    ///     on one line keep the order they were found in).
    ///   - file: the file name as the user gave it.
    ///   - outcome: what happened because of them, as a sentence ("Nothing was imported.").
    public static func problems(_ problems: [Problem], in file: String, outcome: String) -> EntenteError {
        let ordered = problems.enumerated().sorted { left, right in
            (left.element.line ?? 0, left.offset) < (right.element.line ?? 0, right.offset)
        }.map(\.element)
        let shown = Array(ordered.prefix(problemLimit))
        let more = ordered.count - shown.count
        // One kind of problem keeps its code (and exit status); a mix is invalid input.
        let code = Set(shown.map(\.code)).count == 1 ? (shown.first?.code ?? .invalidInput) : .invalidInput
        var lines: [String]
        if shown.count == 1, let only = shown.first {
            lines = [only.text]
        } else {
            lines = ["\(file): \(ordered.count) problems, in file order. \(outcome)"]
            lines += shown.map { "  " + $0.text }
            if more > 0 { lines.append("  … and \(more) more problem\(more == 1 ? "" : "s").") }
        }
        var error = EntenteError(code, lines.joined(separator: "\n"))
        error.problems = shown
        error.moreProblems = more
        return error
    }
}
