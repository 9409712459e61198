/// The error every Entente library module throws.
///
/// Shaped like a file-system error: an extensible ``Code`` clients can compare, a `message` that is a
/// full sentence a person can act on (what failed, the offending value, what was expected), and the
/// lower-level cause when there is one. `description` is the message, so the CLI and the server can
/// print it as it is.
public struct EntenteError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Wrapped: Hashable, Sendable {
            case invalidInput, malformedFile, unknownState, unknownOrganisation, ambiguousName
            case invalidDate, notFound, storage, unsupported, invalidScenario, internalFailure, cancelled
        }
        private let wrapped: Wrapped
        private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

        /// A value the caller supplied is not acceptable.
        public static let invalidInput = Code(.invalidInput)
        /// A data file could not be read: bad syntax, missing column, wrong type.
        public static let malformedFile = Code(.malformedFile)
        /// A state code or name is not known to the data.
        public static let unknownState = Code(.unknownState)
        /// An organisation or treaty name is not known to the data.
        public static let unknownOrganisation = Code(.unknownOrganisation)
        /// A name matches more than one thing.
        public static let ambiguousName = Code(.ambiguousName)
        /// A date does not exist or is out of the supported range.
        public static let invalidDate = Code(.invalidDate)
        /// The requested record does not exist.
        public static let notFound = Code(.notFound)
        /// The store failed (disk, database engine).
        public static let storage = Code(.storage)
        /// The request is valid but not supported.
        public static let unsupported = Code(.unsupported)
        /// A simulation scenario is invalid.
        public static let invalidScenario = Code(.invalidScenario)
        /// A bug: an invariant did not hold.
        public static let internalFailure = Code(.internalFailure)
        /// The work was called off before it finished (a cancelled simulation job).
        public static let cancelled = Code(.cancelled)

        public var description: String { String(describing: wrapped) }
    }

    public var code: Code
    public var message: String
    public var underlying: (any Error)?
    /// The located problems behind this error: one for an error in a file, up to ``problemLimit``
    /// when a whole file was checked (an import); empty when the error is not about a file.
    public var problems: [Problem] = []
    /// How many further problems were found beyond ``problems`` (0 when all are listed).
    public var moreProblems = 0

    public init(_ code: Code, _ message: String, underlying: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    public var description: String { message }
}

extension EntenteError {
    /// An error in an input file, naming the file, line, column (field) and what was expected.
    ///
    /// - Parameters:
    ///   - file: the file name as the user gave it.
    ///   - line: 1-based line number (the header is line 1).
    ///   - field: the column name, when the error is about one field.
    ///   - problem: what is wrong and what was expected, as a sentence fragment.
    public static func inFile(
        _ file: String, line: Int, field: String? = nil, _ problem: String, code: Code = .malformedFile
    ) -> EntenteError {
        // The message is the problem's one-line text, as it always was; the problem keeps the parts.
        EntenteError(Problem(code: code, file: file, line: line, field: field, message: problem))
    }
}
